package io.partita.sandbox;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local KRaft cluster (and optionally an Apicurio registry) running as child JVM processes bound to
 * 127.0.0.1. Used by the app's "Start local sandbox", by {@code partita sandbox start}, and by the tests.
 * {@link #start} blocks until everything answers (bounded); {@link #close} stops brokers before the controller.
 *
 * <p>Threads: {@link #start} blocks for seconds, so call it off the FX thread; the other methods are thread-safe.
 * The children die with this JVM even when it is killed with SIGKILL ({@link ParentWatch}); a shutdown hook closes
 * sandboxes still open at a normal exit.
 */
public final class Sandbox implements AutoCloseable {

    public static final String PROFILE_NAME = "Local sandbox";
    static final Duration DEMO_DATA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REGISTRY_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxOptions options;
    private final SandboxDir dir;
    private final Consumer<String> progress;
    private volatile KafkaCluster cluster;
    private volatile RegistryProcess registry;
    private volatile SecureBroker secure;
    private volatile Duration startupTime = Duration.ZERO;
    private boolean closed;

    private Sandbox(SandboxOptions options, SandboxDir dir, Consumer<String> progress) {
        this.options = options;
        this.dir = dir;
        this.progress = progress;
    }

    /**
     * Starts everything and blocks until it answers (bounded: about a minute, more for several brokers); on failure
     * stops whatever did start and says which part failed, why, and which log to read.
     *
     * @param progress receives short human-readable steps ("formatting storage", "broker 1 ready" ...), on the
     *                 calling thread; may be null
     */
    public static Sandbox start(SandboxOptions options, Consumer<String> progress) throws SandboxException {
        Objects.requireNonNull(options, "options");
        SandboxHome home = SandboxHome.locate();
        home.requireKafka();
        if (options.registry()) {
            home.requireRegistry();
        }
        Consumer<String> steps = progress == null ? step -> { } : progress;
        Sandbox sandbox = new Sandbox(options, SandboxDir.open(options), steps);
        OpenSandboxes.add(sandbox);
        try {
            sandbox.launch(home);
            return sandbox;
        } catch (SandboxException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** The registry starts first and comes up while Kafka formats and starts: the two are independent. */
    private void launch(SandboxHome home) throws SandboxException {
        long began = System.nanoTime();
        SandboxLayout layout = layout();
        Optional<Path> cache = SandboxCache.locate(home);
        Path childJar = ChildJar.install(cache.orElse(dir.classes()));
        if (options.secure()) {
            progress.accept("making certificates");
            secure = new SecureBroker(TlsFiles.generate(dir.root().resolve("tls")), FreePorts.pick(4));
        }
        cluster = new KafkaCluster(layout, dir, KafkaNode.Launch.of(home, childJar, cache), secure);
        Deadline registryDeadline = Deadline.in(RegistryProcess.READY_TIMEOUT);
        if (options.registry()) {
            startRegistry(new RegistryProcess(home, dir.registry(), childJar, cache, layout.registryPort(),
                    layout.registryManagementPort()));
        }
        cluster.prepare(progress);
        checkOpen();
        cluster.start(progress);
        cluster.awaitReady(cluster.readyTimeout());
        progress.accept(layout.combined() ? "broker ready" : "brokers " + layout.brokerIds() + " ready");
        if (secure != null) {
            secure.createUsers(bootstrapServers());
            progress.accept("SCRAM users created");
        }
        if (registry != null) {
            registry.awaitReady(registryDeadline);
            progress.accept("schema registry ready");
        }
        if (options.demoData()) {
            loadDemoData();
        }
        startupTime = Duration.ofNanos(System.nanoTime() - began);
        progress.accept(String.format("sandbox ready in %.1f s", startupTime.toMillis() / 1000.0));
        LOG.info("sandbox ready in {} ms: {} {} (data in {})", startupTime.toMillis(), bootstrapServers(),
                registryUrl().orElse("(no registry)"), dir.root());
    }

    private void startRegistry(RegistryProcess process) throws SandboxException {
        registry = process;
        checkOpen();
        progress.accept("starting schema registry");
        process.start();
    }

    /** The saved layout of a kept sandbox (same ports again), else fresh ports and a new cluster id. */
    private SandboxLayout layout() throws SandboxException {
        Optional<SandboxLayout> saved = dir.readLayout();
        SandboxLayout layout = saved.isPresent() ? checkSaved(saved.get()) : SandboxLayout.fresh(options.brokers());
        if (options.registry() && saved.isPresent()
                && !(FreePorts.isFree(layout.registryPort()) && FreePorts.isFree(layout.registryManagementPort()))) {
            List<Integer> ports = FreePorts.pick(2);
            layout = layout.withRegistryPorts(ports.get(0), ports.get(1));
        }
        dir.writeLayout(layout);
        return layout;
    }

    private SandboxLayout checkSaved(SandboxLayout saved) throws SandboxException {
        if (saved.version() != SandboxLayout.VERSION) {
            throw new SandboxException("the sandbox in " + dir.root() + " was made by another version of Partita");
        }
        if (saved.brokers() != options.brokers()) {
            throw new SandboxException("the sandbox in " + dir.root() + " has " + saved.brokers()
                    + " broker(s), not " + options.brokers() + ": start it with " + saved.brokers()
                    + " or use another data dir");
        }
        return saved;
    }

    private void loadDemoData() throws SandboxException {
        progress.accept("loading demo data");
        try {
            SchemaRegistryClient client = registry == null ? null : HttpSchemaRegistryClient.create(
                    RegistryConfig.of(registry.url()), Credentials.none(), REGISTRY_REQUEST_TIMEOUT);
            DemoData.load(bootstrapServers(), client, DEMO_DATA_TIMEOUT);
        } catch (RuntimeException e) {
            throw new SandboxException("the sandbox started but its demo data could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    private synchronized void checkOpen() throws SandboxException {
        if (closed) {
            throw new SandboxException("the sandbox was closed while it was starting");
        }
    }

    /** Comma separated {@code 127.0.0.1:port} of the brokers that run now. */
    public String bootstrapServers() {
        return cluster == null ? "" : cluster.bootstrapServers();
    }

    /** {@code http://127.0.0.1:P/apis/ccompat/v7} when a registry runs. */
    public Optional<String> registryUrl() {
        return Optional.ofNullable(registry).map(RegistryProcess::url);
    }

    /** The TLS and SASL listeners, users and stores of a sandbox started {@link SandboxOptions#secure()}. */
    public Optional<SecureEndpoints> secureEndpoints() {
        return Optional.ofNullable(secure).map(SecureBroker::endpoints);
    }

    public List<Integer> brokerIds() {
        return cluster == null ? List.of() : cluster.brokerIds();
    }

    /**
     * Stops one broker (SIGTERM, waits for exit); for failure tests. Stopping the only broker of a one-node
     * sandbox stops its controller too.
     *
     * @throws IllegalArgumentException when there is no such broker
     */
    public void stopBroker(int id) {
        cluster.stopBroker(id);
        progress.accept("broker " + id + " stopped");
    }

    /**
     * Starts a stopped broker again on its old port and data, waits until it is back (bounded, 90 s).
     *
     * @throws IllegalStateException when it does not come back; the message names its log file
     */
    public void startBroker(int id) {
        try {
            cluster.startBroker(id);
        } catch (SandboxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        progress.accept("broker " + id + " ready");
    }

    /** The "Local sandbox" profile pointing at this sandbox. */
    public ClusterProfile profile() {
        return ClusterProfile.simple(PROFILE_NAME, bootstrapServers(), registryUrl().orElse(null));
    }

    /** Where the nodes keep their data and logs ({@code node-<id>/kafka.log}, {@code registry/registry.log}). */
    public Path dataDir() {
        return dir.root();
    }

    /** Process ids of the child JVMs (brokers, controller, registry), for diagnostics and tests. */
    public List<Long> childPids() {
        List<Long> pids = new ArrayList<>(cluster == null ? List.of() : cluster.pids());
        if (registry != null && registry.pid() > 0) {
            pids.add(registry.pid());
        }
        return pids;
    }

    /** How long {@link #start} took, demo data included. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Every port the children listen on (Kafka and controller listeners, registry HTTP and management). */
    List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(cluster == null ? List.of() : cluster.ports());
        if (registry != null) {
            ports.addAll(registry.ports());
        }
        return ports;
    }

    /** Brokers, then the controller, then the registry; deletes the data unless it is kept. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        KafkaCluster kafka = cluster;
        if (kafka != null) {
            kafka.stop();
        }
        RegistryProcess schemaRegistry = registry;
        if (schemaRegistry != null) {
            schemaRegistry.stop();
        }
        dir.close();
        OpenSandboxes.remove(this);
        LOG.info("sandbox in {} closed", dir.root());
    }

    @Override
    public String toString() {
        return "Sandbox[" + bootstrapServers() + registryUrl().map(url -> ", " + url).orElse("") + "]";
    }
}
