package io.partita.model;

import java.time.Instant;

/** Where an offset reset moves a group, as Kafka's kafka-consumer-groups tool offers it. */
public sealed interface OffsetResetSpec {

    /** A short phrase for plans, confirmations and logs ("to earliest", "shift by -10"). */
    String describe();

    record ToEarliest() implements OffsetResetSpec {
        @Override
        public String describe() {
            return "to earliest";
        }
    }

    record ToLatest() implements OffsetResetSpec {
        @Override
        public String describe() {
            return "to latest";
        }
    }

    /** The first offset whose record timestamp is at or after {@code at}; the log end when there is none. */
    record ToTimestamp(Instant at) implements OffsetResetSpec {
        @Override
        public String describe() {
            return "to " + at;
        }
    }

    /** The same offset on every chosen partition, kept inside each partition's [earliest, end]. */
    record ToOffset(long offset) implements OffsetResetSpec {
        public ToOffset {
            if (offset < 0) {
                throw new IllegalArgumentException("an offset cannot be negative: " + offset);
            }
        }

        @Override
        public String describe() {
            return "to offset " + offset;
        }
    }

    /** Moves the committed offset by {@code delta} (negative = back), kept inside [earliest, end]. */
    record ShiftBy(long delta) implements OffsetResetSpec {
        @Override
        public String describe() {
            return "shift by " + (delta > 0 ? "+" : "") + delta;
        }
    }
}
