package io.partita.model;

import java.time.Instant;

/** When a browse stops by itself (besides a message count and the user pressing stop). */
public sealed interface StopCondition {

    /** At the end offsets the partitions had when the browse started. */
    record AtEnd() implements StopCondition {
    }

    /** Before the first record whose timestamp is at or after {@code time} (per partition). */
    record AtTime(Instant time) implements StopCondition {
    }

    /** Never: a live tail. */
    record Never() implements StopCondition {
    }

    StopCondition AT_END = new AtEnd();
    StopCondition NEVER = new Never();
}
