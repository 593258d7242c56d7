package io.partita.model;

import java.time.Instant;
import java.util.Locale;

/** Where a browse starts, in every chosen partition. */
public sealed interface StartPosition {

    /** The earliest offset still in the log. */
    record Beginning() implements StartPosition {
    }

    /** The last {@code count} records of each partition (fewer where the partition holds fewer). */
    record EndMinus(long count) implements StartPosition {
        public EndMinus {
            if (count < 0) {
                throw new IllegalArgumentException("the count must not be negative, was " + count);
            }
        }
    }

    /** The same offset in every partition, clamped to what the partition holds. */
    record AtOffset(long offset) implements StartPosition {
        public AtOffset {
            if (offset < 0) {
                throw new IllegalArgumentException("the offset must not be negative, was " + offset);
            }
        }
    }

    /** The first record whose timestamp is at or after {@code time} (the partition's end when none is). */
    record AtTime(Instant time) implements StartPosition {
    }

    /** Where a consumer group has committed; partitions without a commit start at the beginning. */
    record GroupCommitted(String group) implements StartPosition {
    }

    StartPosition BEGINNING = new Beginning();

    /**
     * Parses {@code beginning}, {@code end}, {@code end-N}, {@code offset:N}, {@code time:T} (T in any of the
     * {@link TimeInput} forms: ISO instant, local date-time or date in this machine's zone, epoch milliseconds),
     * {@code group:NAME}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static StartPosition parse(String text) {
        return parse(text, java.time.ZoneId.systemDefault());
    }

    /** As {@link #parse(String)}, local times read in {@code zone}. */
    static StartPosition parse(String text, java.time.ZoneId zone) {
        String s = text == null ? "" : text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        try {
            if (lower.equals("beginning") || lower.equals("earliest")) {
                return BEGINNING;
            }
            if (lower.equals("end") || lower.equals("latest")) {
                return new EndMinus(0);
            }
            if (lower.startsWith("end-")) {
                return new EndMinus(Long.parseLong(s.substring(4)));
            }
            if (lower.startsWith("offset:")) {
                return new AtOffset(Long.parseLong(s.substring(7)));
            }
            if (lower.startsWith("time:")) {
                return new AtTime(TimeInput.parse(s.substring(5), zone));
            }
            if (lower.startsWith("group:") && s.length() > 6) {
                return new GroupCommitted(s.substring(6));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a start position: use beginning, end, end-N, "
                + "offset:N, time:2026-01-01T00:00:00Z or group:NAME");
    }
}
