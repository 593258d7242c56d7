package io.partita.model;

import java.util.List;

/** A reassignment still running for one partition: who is being added and removed. */
public record ReassignmentProgress(String topic, int partition, List<Integer> replicas, List<Integer> adding,
                                   List<Integer> removing) {

    public ReassignmentProgress {
        replicas = List.copyOf(replicas);
        adding = List.copyOf(adding);
        removing = List.copyOf(removing);
    }
}
