package io.partita.model;

import java.util.List;
import java.util.Map;

/**
 * What a preferred leader election did.
 *
 * @param elected partitions whose leader moved to the preferred replica
 * @param failed  partitions that could not be elected, with the broker's reason (e.g. the preferred replica is down)
 */
public record ElectionResult(List<TopicPartitionRef> elected, Map<TopicPartitionRef, String> failed) {

    public ElectionResult {
        elected = List.copyOf(elected);
        failed = Map.copyOf(failed);
    }
}
