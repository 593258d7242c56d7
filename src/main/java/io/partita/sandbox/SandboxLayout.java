package io.partita.sandbox;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * Cluster id and ports of one sandbox, saved as {@code sandbox.json} in its data dir. A kept sandbox must come back
 * on the same ports: the KRaft quorum stores the controller's endpoint, and saved profiles point at the brokers.
 *
 * @param controllerPort the CONTROLLER listener (of the combined node, or of the controller process)
 * @param brokerPorts    PLAINTEXT listener of broker {@code i + 1} at index {@code i}
 */
record SandboxLayout(int version, String clusterId, int brokers, int controllerPort, List<Integer> brokerPorts,
                     int registryPort, int registryManagementPort) {

    static final int VERSION = 1;
    /** Node id of the controller process of a multi-broker sandbox: far from the broker ids 1..N. */
    static final int CONTROLLER_ID = 1000;

    SandboxLayout {
        brokerPorts = List.copyOf(brokerPorts);
    }

    static SandboxLayout fresh(int brokers) throws SandboxException {
        List<Integer> ports = FreePorts.pick(brokers + 3);
        return new SandboxLayout(VERSION, Uuid.randomUuid().toString(), brokers, ports.get(0),
                ports.subList(1, brokers + 1), ports.get(brokers + 1), ports.get(brokers + 2));
    }

    boolean combined() {
        return brokers == 1;
    }

    List<Integer> brokerIds() {
        return IntStream.rangeClosed(1, brokers).boxed().toList();
    }

    int brokerPort(int id) {
        return brokerPorts.get(id - 1);
    }

    SandboxLayout withRegistryPorts(int http, int management) {
        return new SandboxLayout(version, clusterId, brokers, controllerPort, brokerPorts, http, management);
    }
}
