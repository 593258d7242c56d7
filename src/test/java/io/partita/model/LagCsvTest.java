package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagCsvTest {

    @Test
    void oneRowPerTimeOneColumnPerSeriesEmptyWhereUnknown() {
        SeriesData a = new SeriesData(SeriesKey.total("a"), new long[] {0, 2000}, new long[] {5, 7});
        SeriesData b = new SeriesData(SeriesKey.topic("b", "t,1"), new long[] {2000}, new long[] {9});
        assertThat(LagCsv.write(List.of(a, b))).isEqualTo("""
                time,a,"b / t,1"
                1970-01-01T00:00:00Z,5,
                1970-01-01T00:00:02Z,7,9
                """);
    }
}
