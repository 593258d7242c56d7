package io.partita.ui.configs;

import io.partita.kafka.ClusterSession;
import io.partita.model.ConfigValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The two kinds of config owners, backed by the session's {@link io.partita.kafka.ConfigAdmin}. */
public final class ConfigTargets {

    private ConfigTargets() {
    }

    public static ConfigTarget topic(ClusterSession session, String topic) {
        return new ConfigTarget() {
            @Override
            public String label() {
                return "topic " + topic;
            }

            @Override
            public List<ConfigValue> load(Duration timeout) {
                return session.configs().topicConfigs(topic, timeout);
            }

            @Override
            public boolean editable(ConfigValue value) {
                return !value.readOnly();
            }

            @Override
            public boolean resettable(ConfigValue value) {
                return value.source() == ConfigValue.Source.TOPIC_OVERRIDE;
            }

            @Override
            public void set(String key, String value, boolean clusterWide, Duration timeout) {
                session.configs().alterTopic(topic, Map.of(key, value), List.of(), timeout);
            }

            @Override
            public void reset(ConfigValue value, Duration timeout) {
                session.configs().alterTopic(topic, Map.of(), List.of(value.name()), timeout);
            }
        };
    }

    public static ConfigTarget broker(ClusterSession session, int brokerId) {
        return new ConfigTarget() {
            @Override
            public String label() {
                return "broker " + brokerId;
            }

            @Override
            public List<ConfigValue> load(Duration timeout) {
                return session.configs().brokerConfigs(brokerId, timeout);
            }

            @Override
            public boolean editable(ConfigValue value) {
                // Kafka reports static-only broker configs as read-only: they change only with a restart.
                return !value.readOnly();
            }

            @Override
            public boolean resettable(ConfigValue value) {
                return value.source() == ConfigValue.Source.DYNAMIC_BROKER
                        || value.source() == ConfigValue.Source.DYNAMIC_DEFAULT_BROKER;
            }

            @Override
            public void set(String key, String value, boolean clusterWide, Duration timeout) {
                session.configs().alterBroker(clusterWide ? null : brokerId, Map.of(key, value), List.of(), timeout);
            }

            @Override
            public void reset(ConfigValue value, Duration timeout) {
                boolean clusterWide = value.source() == ConfigValue.Source.DYNAMIC_DEFAULT_BROKER;
                session.configs().alterBroker(clusterWide ? null : brokerId, Map.of(), List.of(value.name()), timeout);
            }

            @Override
            public boolean offersClusterWide() {
                return true;
            }
        };
    }
}
