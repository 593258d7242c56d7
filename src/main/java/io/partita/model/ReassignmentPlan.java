package io.partita.model;

import java.util.List;

/**
 * Target replica lists per partition, as in the JSON file of kafka-reassign-partitions
 * ({@code {"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2,3]}]}}).
 */
public record ReassignmentPlan(List<Move> partitions) {

    public ReassignmentPlan {
        partitions = List.copyOf(partitions);
    }

    public record Move(String topic, int partition, List<Integer> replicas) {
        public Move {
            replicas = List.copyOf(replicas);
        }
    }
}
