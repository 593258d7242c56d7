package io.partita.model;

/** A broker as the cluster describes it; {@code rack} is null when none is set. */
public record BrokerNode(int id, String host, int port, String rack) {

    public String address() {
        return host + ":" + port;
    }
}
