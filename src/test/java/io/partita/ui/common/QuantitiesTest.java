package io.partita.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void countsAreGroupedAsTheRootLocaleFormatterGroupsThem() {
        long[] samples = {0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, 9_876_543_210L,
            Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : samples) {
            assertThat(Quantities.count(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        assertThat(Quantities.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Quantities.count((Long) null)).isEqualTo(Quantities.UNKNOWN);
    }
}
