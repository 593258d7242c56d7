package io.partita.kafka;

import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.Credentials;
import io.partita.model.HostPort;
import io.partita.model.RegistryStatus;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * "Test connection": probes Kafka and the registry in parallel and reports each within {@code bound}.
 * Before asking Kafka it checks DNS and TCP for every bootstrap address, because the Kafka client only says
 * "timed out" for an unreachable host. Synchronous; call off the FX thread.
 */
public final class ConnectionTester {

    private ConnectionTester() {
    }

    public static ConnectionReport test(ClusterProfile profile, Credentials credentials, Duration bound) {
        long start = System.nanoTime();
        Duration kafkaBound = bound.minusMillis(500);
        CompletableFuture<RegistryStatus> registry = CompletableFuture.supplyAsync(
                () -> probeRegistry(profile, credentials, kafkaBound));
        ClusterInfo info = null;
        String error = null;
        try {
            info = probeKafka(profile, credentials, kafkaBound);
        } catch (RuntimeException e) {
            error = KafkaErrors.describe(e);
        }
        RegistryStatus registryStatus = await(registry, bound);
        return new ConnectionReport(info, error, registryStatus, Duration.ofNanos(System.nanoTime() - start));
    }

    static ClusterInfo probeKafka(ClusterProfile profile, Credentials credentials, Duration bound) {
        List<HostPort> addresses = HostPort.parseList(profile.bootstrapServers());
        String unreachable = tcpProblems(addresses, Duration.ofMillis(Math.min(3000, bound.toMillis() / 3)));
        if (unreachable != null) {
            throw new KafkaOperationException(unreachable);
        }
        long deadline = System.nanoTime() + bound.toNanos();
        try (Admin admin = Admin.create(KafkaClientConfig.admin(profile, credentials, bound))) {
            Duration left = Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
            return new ClusterAdmin(admin).describe(left);
        }
    }

    /**
     * Fails fast, naming the cause, when no bootstrap address accepts a TCP connection (the Kafka client would
     * only time out). For commands that open a session without a full connection test.
     */
    public static void requireReachable(ClusterProfile profile, Duration bound) {
        String unreachable = tcpProblems(HostPort.parseList(profile.bootstrapServers()),
                Duration.ofMillis(Math.max(200, Math.min(3000, bound.toMillis() / 3))));
        if (unreachable != null) {
            throw new KafkaOperationException(unreachable);
        }
    }

    /** Null when at least one bootstrap address accepts TCP; otherwise why none does. */
    static String tcpProblems(List<HostPort> addresses, Duration connectTimeout) {
        List<String> problems = new ArrayList<>();
        for (HostPort address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.host(), address.port()), (int) connectTimeout.toMillis());
                return null;
            } catch (UnknownHostException e) {
                problems.add(address + ": unknown host (DNS)");
            } catch (SocketTimeoutException e) {
                problems.add(address + ": no answer within " + connectTimeout.toMillis() + " ms (host down or firewall)");
            } catch (IOException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (e instanceof java.net.ConnectException) {
                    why = "connection refused (nothing listens on that port)";
                }
                problems.add(address + ": " + why);
            }
        }
        return "cannot reach any bootstrap server: " + String.join("; ", problems);
    }

    static RegistryStatus probeRegistry(ClusterProfile profile, Credentials credentials, Duration bound) {
        if (!profile.registry().isConfigured()) {
            return RegistryStatus.notConfigured();
        }
        try {
            SchemaRegistryClient client = HttpSchemaRegistryClient.create(profile.registry(), credentials, bound);
            int subjects = client.subjects().size();
            return RegistryStatus.ok(subjects + (subjects == 1 ? " subject" : " subjects"));
        } catch (RuntimeException e) {
            return RegistryStatus.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static RegistryStatus await(CompletableFuture<RegistryStatus> registry, Duration bound) {
        try {
            return registry.get(Math.max(1, bound.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistryStatus.failed("interrupted");
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return RegistryStatus.failed("no answer within " + bound.toSeconds() + " s");
        }
    }
}
