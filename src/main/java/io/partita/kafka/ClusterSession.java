package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/**
 * Everything Partita holds open for one connected profile: the admin client and the registry client.
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
    private final MutationGuard guard;
    private final SchemaRegistryClient registry;

    private ClusterSession(ClusterProfile profile, Admin admin, SchemaRegistryClient registry) {
        this.profile = profile;
        this.admin = admin;
        this.guard = new MutationGuard(profile);
        this.clusterAdmin = new ClusterAdmin(admin);
        this.topicAdmin = new TopicAdmin(admin);
        this.topicMutations = new TopicMutations(admin, guard);
        this.configAdmin = new ConfigAdmin(admin, guard);
        this.brokerAdmin = new BrokerAdmin(admin);
        this.reassignmentAdmin = new ReassignmentAdmin(admin, guard);
        this.groupAdmin = new GroupAdmin(admin, guard);
        this.registry = registry;
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
        return new ClusterSession(profile, admin, registry);
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

    /** A new lag sampler on this session's admin client; it stops when its schedule is cancelled. */
    public LagSampler newLagSampler() {
        return new LagSampler(admin, java.time.Clock.systemUTC());
    }

    /** Whether mutating commands should be offered at all (their services refuse anyway on read-only profiles). */
    public boolean allowsMutations() {
        return guard.allowsMutations();
    }

    public Optional<SchemaRegistryClient> registry() {
        return Optional.ofNullable(registry);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
