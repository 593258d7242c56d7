package io.partita.produce;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * What placeholders of one record draw on: its index, the send's random source and clock. {@code ${uuid}} and
 * {@code ${now}} are fixed on first use so key, value and headers of one record agree. One per record; not
 * thread-safe.
 */
public final class RecordContext {

    private final long index;
    private final Random random;
    private final Clock clock;
    private String uuid;
    private Instant now;

    public RecordContext(long index, Random random, Clock clock) {
        this.index = index;
        this.random = random;
        this.clock = clock;
    }

    public long index() {
        return index;
    }

    Random random() {
        return random;
    }

    String uuid() {
        if (uuid == null) {
            uuid = new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
                    random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
        }
        return uuid;
    }

    Instant now() {
        if (now == null) {
            now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        }
        return now;
    }
}
