package io.partita.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/** Seeded helpers shared by the demo generators. */
final class DemoTimes {

    private DemoTimes() {
    }

    /** {@code count} epoch millis in {@code [now - spread, now)}, sorted so each topic reads oldest first. */
    static long[] spread(Random random, Instant now, Duration spread, int count) {
        long end = now.toEpochMilli();
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = end - 1 - (long) (random.nextDouble() * spread.toMillis());
        }
        Arrays.sort(times);
        return times;
    }

    /** A version-4 UUID from the seeded random, so ids repeat from sandbox to sandbox. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    static String hex(Random random, int bytes) {
        StringBuilder text = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            text.append(String.format("%02x", random.nextInt(256)));
        }
        return text.toString();
    }
}
