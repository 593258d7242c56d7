package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.ReadRequest;
import io.partita.schema.RegistrySchemas;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/**
 * Everything Partita holds open for one connected profile: the admin client, the registry client and the
 * message sender (whose producer exists only after a first send).
 * Created on a background thread ({@link #open} does no network I/O, the first call does).
 * {@link #close()} is bounded and safe to call twice.
 */
public final class ClusterSession implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private final ClusterProfile profile;
    private final Admin admin;
    private final ClusterAdmin clusterAdmin;
    private final TopicAdmin topicAdmin;
    private final TopicMutations topicMutations;
    private final ConfigAdmin configAdmin;
    private final BrokerAdmin brokerAdmin;
    private final ReassignmentAdmin reassignmentAdmin;
    private final GroupAdmin groupAdmin;
    private final AclAdmin aclAdmin;
    private final MutationGuard guard;
    private final SchemaRegistryClient registry;
    private final Credentials credentials;
    private final RegistrySchemas schemas;
    private final MessageSender sender;
    /** The consumer of the last read that ended on its own, for the next read (see {@link IdleConsumer}). */
    private final IdleConsumer idleReader = new IdleConsumer();

    private ClusterSession(ClusterProfile profile, Credentials credentials, Admin admin,
                           SchemaRegistryClient registry) {
        this.profile = profile;
        this.credentials = credentials;
        this.schemas = new RegistrySchemas(registry);
        this.admin = admin;
        this.guard = new MutationGuard(profile);
        this.clusterAdmin = new ClusterAdmin(admin);
        this.topicAdmin = new TopicAdmin(admin);
        this.topicMutations = new TopicMutations(admin, guard);
        this.configAdmin = new ConfigAdmin(admin, guard);
        this.brokerAdmin = new BrokerAdmin(admin);
        this.reassignmentAdmin = new ReassignmentAdmin(admin, guard);
        this.groupAdmin = new GroupAdmin(admin, guard);
        this.aclAdmin = new AclAdmin(admin, guard);
        this.registry = registry;
        this.sender = new MessageSender(profile, KafkaClientConfig.common(profile, credentials), guard);
    }

    public static ClusterSession open(ClusterProfile profile, Credentials credentials) {
        Admin admin;
        try {
            admin = Admin.create(KafkaClientConfig.admin(profile, credentials, DEFAULT_TIMEOUT));
        } catch (RuntimeException e) {
            throw new KafkaOperationException("connect to " + profile.bootstrapServers() + ": "
                    + KafkaErrors.describe(e), e);
        }
        SchemaRegistryClient registry = profile.registry().isConfigured()
                ? HttpSchemaRegistryClient.create(profile.registry(), credentials, Duration.ofSeconds(10))
                : null;
        return new ClusterSession(profile, credentials, admin, registry);
    }

    public ClusterProfile profile() {
        return profile;
    }

    public ClusterAdmin cluster() {
        return clusterAdmin;
    }

    public TopicAdmin topics() {
        return topicAdmin;
    }

    public TopicMutations topicMutations() {
        return topicMutations;
    }

    public ConfigAdmin configs() {
        return configAdmin;
    }

    public BrokerAdmin brokers() {
        return brokerAdmin;
    }

    public ReassignmentAdmin reassignments() {
        return reassignmentAdmin;
    }

    public GroupAdmin groups() {
        return groupAdmin;
    }

    public AclAdmin acls() {
        return aclAdmin;
    }

    /** A new lag sampler on this session's admin client; it stops when its schedule is cancelled. */
    public LagSampler newLagSampler() {
        return new LagSampler(admin, java.time.Clock.systemUTC());
    }

    /** Whether mutating commands should be offered at all (their services refuse anyway on read-only profiles). */
    public boolean allowsMutations() {
        return guard.allowsMutations();
    }

    /** Produces records with a per-session producer (created on first send); refuses on read-only profiles. */
    public MessageSender sender() {
        return sender;
    }

    public Optional<SchemaRegistryClient> registry() {
        return Optional.ofNullable(registry);
    }

    /** Writer schemas by id for decoding, cached for the whole session (shared by every browse). */
    public RegistrySchemas schemas() {
        return schemas;
    }

    /**
     * Starts a browse on its own reader thread (see {@link MessageReader}); stop it with {@link MessageReader#stop()}.
     * Metadata calls of the browse are bounded by {@link #DEFAULT_TIMEOUT}.
     */
    public MessageReader read(ReadRequest request, MessageReader.Sink sink) {
        return read(request, sink, DEFAULT_TIMEOUT);
    }

    /** As {@link #read(ReadRequest, MessageReader.Sink)} with another bound on its metadata calls. */
    public MessageReader read(ReadRequest request, MessageReader.Sink sink, Duration timeout) {
        return MessageReader.start(KafkaClientConfig.common(profile, credentials), schemas, request,
                io.partita.filter.RecordFilter.ALL, sink, timeout, idleReader);
    }

    /**
     * Starts a search: every record in the request's range is decoded and tested on the reader thread; only matches
     * reach the sink, the progress counts scanned and matched records per partition.
     */
    public MessageReader search(ReadRequest request, io.partita.filter.RecordFilter filter, MessageReader.Sink sink) {
        return search(request, filter, sink, DEFAULT_TIMEOUT);
    }

    /** As {@link #search(ReadRequest, io.partita.filter.RecordFilter, MessageReader.Sink)} with another bound. */
    public MessageReader search(ReadRequest request, io.partita.filter.RecordFilter filter, MessageReader.Sink sink,
                                Duration timeout) {
        return MessageReader.start(KafkaClientConfig.common(profile, credentials), schemas, request, filter, sink,
                timeout, idleReader);
    }

    /** How many reads took the consumer an earlier read left (for tests). */
    int idleReaderReuses() {
        return idleReader.reused();
    }

    @Override
    public void close() {
        idleReader.close();
        sender.close();
        admin.close(Duration.ofSeconds(5));
    }
}
