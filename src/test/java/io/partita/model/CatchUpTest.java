package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatchUpTest {

    @Test
    void etaIsLagOverNetConsumption() {
        CatchUp eta = CatchUp.estimate(1_000L, 30.0, 10.0);
        assertThat(eta.status()).isEqualTo(CatchUp.Status.CATCHING_UP);
        assertThat(eta.seconds()).isEqualTo(50L);
        assertThat(eta.describe()).isEqualTo("≈ 50 s");
    }

    @Test
    void producingFasterThanConsumingIsFallingBehind() {
        CatchUp eta = CatchUp.estimate(1_000L, 10.0, 30.0);
        assertThat(eta.status()).isEqualTo(CatchUp.Status.FALLING_BEHIND);
        assertThat(eta.etaSeconds()).isNull();
        assertThat(eta.describe()).isEqualTo("falling behind");
    }

    @Test
    void aBacklogOfAFewSecondsOfConsumptionIsKeepingUpEvenAtEqualRates() {
        CatchUp eta = CatchUp.estimate(60L, 200.0, 200.0);
        assertThat(eta.status()).isEqualTo(CatchUp.Status.KEEPING_UP);
        assertThat(eta.etaSeconds()).isEqualTo(1L);
    }

    @Test
    void noLagIsCaughtUpWithZeroSeconds() {
        assertThat(CatchUp.estimate(0L, null, null).etaSeconds()).isZero();
    }

    @Test
    void lagWithNoTrafficAtAllIsStalled() {
        assertThat(CatchUp.estimate(5L, 0.0, 0.0).status()).isEqualTo(CatchUp.Status.STALLED);
    }

    @Test
    void unknownWithoutRatesOrWithoutCommits() {
        assertThat(CatchUp.estimate(5L, null, null).status()).isEqualTo(CatchUp.Status.UNKNOWN);
        assertThat(CatchUp.estimate(null, 1.0, 0.0).status()).isEqualTo(CatchUp.Status.UNKNOWN);
    }

    @Test
    void longEtasReadAsMinutesAndHours() {
        assertThat(CatchUp.duration(250)).isEqualTo("4 min 10 s");
        assertThat(CatchUp.duration(7_500)).isEqualTo("2 h 5 min");
    }
}
