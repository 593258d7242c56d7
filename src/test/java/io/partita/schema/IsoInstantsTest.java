package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void writesWhatInstantToStringWrites() {
        long[] edges = {0, 1, -1, 999, 1000, -1000, 86_399_999, 951_782_400_000L /* 2000-02-29 */,
            -62_167_219_200_000L /* 0000-01-01 */, 253_402_300_799_999L /* 9999-12-31T23:59:59.999 */,
            253_402_300_800_000L /* 10000-01-01 */, -62_167_219_200_001L, Long.MAX_VALUE / 4, Long.MIN_VALUE / 4};
        for (long millis : edges) {
            assertThat(IsoInstants.ofEpochMilli(millis)).as("%d", millis)
                    .isEqualTo(Instant.ofEpochMilli(millis).toString());
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long millis = random.nextLong(-70_000_000_000_000L, 260_000_000_000_000L);
            if (i % 3 == 0) {
                millis -= millis % 1000;
            }
            assertThat(IsoInstants.ofEpochMilli(millis)).as("%d", millis)
                    .isEqualTo(Instant.ofEpochMilli(millis).toString());
        }
    }

    @Test
    void localDateTimesAreWhatTheFormatterWrites() {
        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss.SSS");
        java.util.Random random = new java.util.Random(31);
        for (String zone : new String[] {"UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu",
                "Pacific/Chatham", "America/Los_Angeles"}) {
            java.time.ZoneId id = java.time.ZoneId.of(zone);
            for (int i = 0; i < 3000; i++) {
                long millis = i < 10 ? i * 999L - 5000 : i % 2 == 0 ? random.nextLong() % 4_000_000_000_000L
                        : (random.nextLong() % 400_000_000_000_000L) / 1000 * 1000;
                assertThat(IsoInstants.localDateTime(millis, id)).as("%d in %s", millis, zone)
                        .isEqualTo(formatter.format(java.time.Instant.ofEpochMilli(millis).atZone(id)));
            }
        }
    }
}
