package io.partita.model;

/**
 * One broker in the brokers view.
 *
 * @param logDirBytes bytes of all replicas in the broker's log dirs; null when unknown
 * @param partitions  replicas hosted by this broker
 * @param leaders     partitions this broker leads
 */
public record BrokerSummary(BrokerNode node, boolean controller, Long logDirBytes, int partitions, int leaders) {
}
