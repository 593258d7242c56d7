package io.partita.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Kafka side of a sandbox: one combined node, or one controller ({@link SandboxLayout#CONTROLLER_ID}) and
 * brokers 1..N. Knows the order things must happen in: format before start, brokers stop before the controller
 * (a broker whose controller is gone hangs in controlled shutdown). Methods that change processes are synchronized.
 */
final class KafkaCluster {

    /** Bounds for a hang only (a node that dies fails the wait at once); generous for loaded two-core machines. */
    static final Duration READY_BASE = Duration.ofSeconds(60);
    static final Duration READY_PER_NODE = Duration.ofSeconds(30);
    /** A single broker restarting into a running cluster. */
    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final SandboxLayout layout;
    private final Path dataRoot;
    private final KafkaNode.Launch launch;
    private final ClassDataArchive archive;
    private final KafkaNode controller;
    private final Map<Integer, KafkaNode> brokers = new LinkedHashMap<>();
    private final Set<Integer> stopped = new TreeSet<>();
    private boolean shutDown;
    private final SecureBroker secure;

    /** Broker 1 (or the combined node) records the class data archive: it loads the most classes. */
    KafkaCluster(SandboxLayout layout, SandboxDir dir, KafkaNode.Launch launch, SecureBroker secure) {
        this.layout = layout;
        this.dataRoot = dir.root();
        this.launch = launch;
        this.archive = launch.archive();
        this.secure = secure;
        if (layout.combined()) {
            controller = null;
            brokers.put(1, new KafkaNode(1, KafkaNode.Role.COMBINED, dir.node(1), launch, true, secure));
        } else {
            int id = SandboxLayout.CONTROLLER_ID;
            controller = new KafkaNode(id, KafkaNode.Role.CONTROLLER, dir.node(id), launch, false, null);
            for (int broker : layout.brokerIds()) {
                brokers.put(broker, new KafkaNode(broker, KafkaNode.Role.BROKER, dir.node(broker), launch,
                        broker == 1, null));
            }
        }
    }

    /** Writes every node's config and formats the nodes that hold no data yet, all in one JVM. */
    void prepare(Consumer<String> progress) throws SandboxException {
        List<String> args = new ArrayList<>();
        for (KafkaNode node : nodes()) {
            node.writeConfig(layout);
            if (!node.isFormatted()) {
                if (!args.isEmpty()) {
                    args.add(StorageFormatMain.NEXT_NODE);
                }
                args.addAll(node.formatArgs(layout.clusterId()));
            }
        }
        if (args.isEmpty()) {
            return;
        }
        progress.accept("formatting storage");
        ChildJvm tool = formatTool(args);
        tool.start();
        try {
            tool.awaitCompletion(FORMAT_TIMEOUT);
        } finally {
            tool.stop(Duration.ZERO); // only does something when it timed out
        }
    }

    /** Runs for a second: C1 only and a small heap start it fastest. */
    private ChildJvm formatTool(List<String> args) throws SandboxException {
        Path log4j = dataRoot.resolve("format-log4j2.xml");
        try {
            Files.writeString(log4j, KafkaNode.log4jConsoleConfig(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SandboxException("cannot write " + log4j + ": " + e.getMessage(), e);
        }
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j));
        options.addAll(launch.archive().useOptions());
        Path log = dataRoot.resolve("format.log");
        return new ChildJvm(new ChildJvm.Spec("storage format", dataRoot, options, List.of(launch.kafkaClasspath()),
                StorageFormatMain.class.getName(), args, log, log), launch.childJar());
    }

    synchronized void start(Consumer<String> progress) throws SandboxException {
        checkNotShutDown();
        for (KafkaNode node : nodes()) {
            progress.accept("starting " + node.jvm().name());
            node.jvm().start();
        }
    }

    /** Blocks until every broker is registered; bounded by {@code timeout}, fails early when a node dies. */
    void awaitReady(Duration timeout) throws SandboxException {
        Set<Integer> seen = BrokerProbe.awaitBrokers(allBrokerAddresses(), Set.copyOf(layout.brokerIds()),
                Deadline.in(timeout), this::checkAlive);
        failIfMissing(layout.brokerIds(), seen, timeout);
    }

    /** How long a whole start may take: the nodes start in parallel but share the cores with the rest. */
    Duration readyTimeout() {
        return READY_BASE.plus(READY_PER_NODE.multipliedBy(nodes().size()));
    }

    synchronized String bootstrapServers() {
        return brokers.keySet().stream().filter(id -> !stopped.contains(id))
                .map(id -> FreePorts.HOST + ":" + layout.brokerPort(id))
                .collect(Collectors.joining(","));
    }

    List<Integer> brokerIds() {
        return layout.brokerIds();
    }

    synchronized void stopBroker(int id) {
        KafkaNode node = broker(id);
        node.jvm().stop(STOP_GRACE);
        stopped.add(id);
        archive.adoptRecording();
    }

    synchronized void startBroker(int id) throws SandboxException {
        KafkaNode node = broker(id);
        if (!stopped.contains(id)) {
            return;
        }
        checkNotShutDown();
        node.jvm().start();
        stopped.remove(id);
        // Asking the restarted broker itself: it lists itself once it has caught up and is unfenced.
        Set<Integer> seen = BrokerProbe.awaitBrokers(FreePorts.HOST + ":" + layout.brokerPort(id), Set.of(id),
                Deadline.in(RESTART_TIMEOUT), this::checkAlive);
        failIfMissing(List.of(id), seen, RESTART_TIMEOUT);
    }

    /** Brokers first, all at once (each waits for its own controlled shutdown), then the controller. */
    synchronized void stop() {
        shutDown = true;
        brokers.values().forEach(node -> node.jvm().requestStop());
        Deadline deadline = Deadline.in(STOP_GRACE);
        brokers.values().forEach(node -> node.jvm().awaitStop(deadline.remaining(Duration.ZERO)));
        if (controller != null) {
            controller.jvm().stop(STOP_GRACE);
        }
        stopped.addAll(brokers.keySet());
        archive.adoptRecording();
    }

    List<Long> pids() {
        return nodes().stream().map(node -> node.jvm().pid()).filter(pid -> pid > 0).toList();
    }

    List<Integer> ports() {
        Stream<Integer> ports = Stream.concat(Stream.of(layout.controllerPort()), layout.brokerPorts().stream());
        return Stream.concat(ports, secure == null ? Stream.empty() : secure.ports().stream()).toList();
    }

    private synchronized void checkAlive() throws SandboxException {
        for (KafkaNode node : nodes()) {
            if (!node.isBroker() || !stopped.contains(node.id())) {
                node.jvm().checkAlive("before it was ready");
            }
        }
    }

    /** Names the first missing broker's log: it usually says what it waits for. */
    private void failIfMissing(List<Integer> expected, Set<Integer> seen, Duration timeout) throws SandboxException {
        for (int id : expected) {
            if (!seen.contains(id)) {
                throw broker(id).jvm().failure("did not register with the controller within "
                        + timeout.toSeconds() + " s (registered: " + new TreeSet<>(seen) + ")");
            }
        }
    }

    /** A close may race with a start (shutdown hook): nothing may be started after it. */
    private void checkNotShutDown() throws SandboxException {
        if (shutDown) {
            throw new SandboxException("the sandbox is closed");
        }
    }

    private KafkaNode broker(int id) {
        KafkaNode node = brokers.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no broker " + id + " in this sandbox; brokers are " + brokers.keySet());
        }
        return node;
    }

    private String allBrokerAddresses() {
        return layout.brokerIds().stream().map(id -> FreePorts.HOST + ":" + layout.brokerPort(id))
                .collect(Collectors.joining(","));
    }

    private List<KafkaNode> nodes() {
        List<KafkaNode> all = new ArrayList<>();
        if (controller != null) {
            all.add(controller);
        }
        all.addAll(brokers.values());
        return all;
    }
}
