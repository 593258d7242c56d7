package io.partita.kafka;

import io.partita.model.ConfigKey;
import io.partita.model.ConfigValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Topic and broker configs: every value with its source; edits with incrementalAlterConfigs.
 * Edits check the {@link MutationGuard} first. Synchronous and bounded.
 */
public final class ConfigAdmin {

    private final Admin admin;
    private final MutationGuard guard;

    public ConfigAdmin(Admin admin, MutationGuard guard) {
        this.admin = admin;
        this.guard = guard;
    }

    /**
     * Every topic-level config Kafka defines, sorted, for completion in editors. Read from the client library (no
     * network); a broker of another version may know a few more or fewer.
     */
    public static List<ConfigKey> topicConfigKeys() {
        return TOPIC_KEYS;
    }

    private static final List<ConfigKey> TOPIC_KEYS = readTopicKeys();

    /** Pairs TopicConfig's {@code X_CONFIG} names with their {@code X_DOC} texts. */
    private static List<ConfigKey> readTopicKeys() {
        Map<String, String> constants = new TreeMap<>();
        for (Field f : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    constants.put(f.getName(), (String) f.get(null));
                } catch (IllegalAccessException e) {
                    // Public static fields are readable; a field we cannot read is simply not offered.
                }
            }
        }
        Map<String, String> keys = new TreeMap<>();
        constants.forEach((field, value) -> {
            if (field.endsWith("_CONFIG")) {
                String stem = field.substring(0, field.length() - "_CONFIG".length());
                keys.put(value, constants.getOrDefault(stem + "_DOC", ""));
            }
        });
        return keys.entrySet().stream().map(e -> new ConfigKey(e.getKey(), e.getValue())).toList();
    }

    public List<ConfigValue> topicConfigs(String topic, Duration timeout) {
        return describe(new ConfigResource(ConfigResource.Type.TOPIC, topic), timeout);
    }

    public List<ConfigValue> brokerConfigs(int brokerId, Duration timeout) {
        return describe(new ConfigResource(ConfigResource.Type.BROKER, String.valueOf(brokerId)), timeout);
    }

    /** Sets {@code set} and removes the overrides named in {@code reset} in one request. */
    @Mutating
    public void alterTopic(String topic, Map<String, String> set, Collection<String> reset, Duration timeout) {
        guard.check("alter topic config");
        alter(new ConfigResource(ConfigResource.Type.TOPIC, topic), set, reset, timeout);
    }

    /** Dynamic broker configs; {@code brokerId} null = the cluster-wide default. */
    @Mutating
    public void alterBroker(Integer brokerId, Map<String, String> set, Collection<String> reset, Duration timeout) {
        guard.check("alter broker config");
        alter(new ConfigResource(ConfigResource.Type.BROKER, brokerId == null ? "" : brokerId.toString()),
                set, reset, timeout);
    }

    private List<ConfigValue> describe(ConfigResource resource, Duration timeout) {
        Map<ConfigResource, Config> configs = Futures.get(admin.describeConfigs(List.of(resource),
                new DescribeConfigsOptions().includeDocumentation(true).timeoutMs((int) timeout.toMillis())).all(),
                timeout, "describe configs of " + resource.name());
        return configs.get(resource).entries().stream().map(ConfigAdmin::toValue)
                .sorted(Comparator.comparing(ConfigValue::name)).toList();
    }

    private void alter(ConfigResource resource, Map<String, String> set, Collection<String> reset, Duration timeout) {
        List<AlterConfigOp> ops = new ArrayList<>();
        set.forEach((k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET)));
        reset.forEach(k -> ops.add(new AlterConfigOp(new ConfigEntry(k, null), AlterConfigOp.OpType.DELETE)));
        Futures.get(admin.incrementalAlterConfigs(Map.of(resource, ops),
                        new AlterConfigsOptions().timeoutMs((int) timeout.toMillis())).all(), timeout,
                "alter configs of " + (resource.name().isEmpty() ? "the cluster default" : resource.name()));
    }

    static ConfigValue toValue(ConfigEntry e) {
        ConfigValue.Source source = switch (e.source()) {
            case DYNAMIC_TOPIC_CONFIG -> ConfigValue.Source.TOPIC_OVERRIDE;
            case DYNAMIC_BROKER_CONFIG -> ConfigValue.Source.DYNAMIC_BROKER;
            case DYNAMIC_DEFAULT_BROKER_CONFIG -> ConfigValue.Source.DYNAMIC_DEFAULT_BROKER;
            case STATIC_BROKER_CONFIG -> ConfigValue.Source.STATIC_BROKER;
            case DEFAULT_CONFIG -> ConfigValue.Source.DEFAULT;
            default -> ConfigValue.Source.OTHER;
        };
        String value = e.isSensitive() ? null : e.value();
        return new ConfigValue(e.name(), value, source, e.isSensitive(), e.isReadOnly(), e.documentation());
    }
}
