package io.partita.model;

import java.time.Duration;

/**
 * Outcome of "Test connection": Kafka and the registry are reported separately.
 *
 * @param cluster    what the cluster said, null when Kafka could not be reached
 * @param kafkaError the precise failure in plain words (unreachable host, DNS, auth, TLS, timeout), null on success
 */
public record ConnectionReport(ClusterInfo cluster, String kafkaError, RegistryStatus registry, Duration elapsed) {

    public boolean kafkaOk() {
        return cluster != null;
    }
}
