package io.partita.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Waits until the cluster answers {@code describeCluster} with the expected brokers registered (and unfenced).
 * Every attempt is bounded; between attempts it asks {@link Liveness} whether a child died, so a broken start fails
 * at once with that child's log instead of at the deadline.
 */
final class BrokerProbe {

    /** Throws when a child the wait depends on has exited. */
    @FunctionalInterface
    interface Liveness {
        void check() throws SandboxException;
    }

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration ATTEMPT = Duration.ofSeconds(3);
    private static final Duration CLOSE = Duration.ofSeconds(2);

    private BrokerProbe() {
    }

    /**
     * @return the brokers registered at the last attempt: all of {@code expected}, unless the deadline passed
     * @throws SandboxException when {@code liveness} reports a dead child
     */
    static Set<Integer> awaitBrokers(String bootstrapServers, Set<Integer> expected, Deadline deadline,
                                     Liveness liveness) throws SandboxException {
        awaitAllPorts(bootstrapServers, deadline, liveness);
        Set<Integer> seen = Set.of();
        Admin admin = Admin.create(adminConfig(bootstrapServers));
        try {
            while (!deadline.expired()) {
                liveness.check();
                seen = registeredBrokers(admin);
                if (seen.containsAll(expected)) {
                    return seen;
                }
                deadline.pause(POLL);
            }
        } finally {
            admin.close(CLOSE);
        }
        liveness.check();
        return seen;
    }

    /** Waiting for TCP accepts first keeps the admin client from logging a warning per refused connection. */
    private static void awaitAllPorts(String bootstrapServers, Deadline deadline, Liveness liveness)
            throws SandboxException {
        Set<Integer> ports = java.util.Arrays.stream(bootstrapServers.split(","))
                .map(hostPort -> Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)))
                .collect(Collectors.toSet());
        while (!deadline.expired()) {
            liveness.check();
            if (ports.stream().allMatch(FreePorts::isListening)) {
                return;
            }
            deadline.pause(POLL);
        }
    }

    private static Set<Integer> registeredBrokers(Admin admin) throws SandboxException {
        try {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ATTEMPT.toMillis()))
                    .nodes().get(ATTEMPT.toMillis() + 500, TimeUnit.MILLISECONDS)
                    .stream().map(Node::id).collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            return Set.of(); // not up yet: the next attempt may succeed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the brokers", e);
        }
    }

    private static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "partita-sandbox-probe",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT.toMillis(),
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 100);
    }
}
