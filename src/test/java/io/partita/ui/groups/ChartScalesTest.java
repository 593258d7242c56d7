package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartScalesTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ChartScales.niceStep(3)).isEqualTo(5);
        assertThat(ChartScales.niceStep(1_300)).isEqualTo(2_000);
        assertThat(ChartScales.niceStep(0.2)).isEqualTo(1);
    }

    @Test
    void theValueAxisEndsOnAWholeStepAboveTheMaximum() {
        assertThat(ChartScales.niceMax(64_710, 5)).isEqualTo(80_000);
        assertThat(ChartScales.niceMax(0, 5)).isEqualTo(10);
        assertThat(ChartScales.valueTicks(80_000, 5)).containsExactly(0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0);
    }

    @Test
    void timeTicksFitTheWidth() {
        assertThat(ChartScales.timeStep(5 * 60_000, 10)).isEqualTo(30_000);
        assertThat(ChartScales.timeStep(60 * 60_000, 10)).isEqualTo(600_000);
    }

    @Test
    void labelsAreShort() {
        assertThat(ChartScales.compact(950)).isEqualTo("950");
        assertThat(ChartScales.compact(12_500)).isEqualTo("12.5k");
        assertThat(ChartScales.compact(20_000)).isEqualTo("20k");
        assertThat(ChartScales.compact(3_200_000)).isEqualTo("3.2M");
    }
}
