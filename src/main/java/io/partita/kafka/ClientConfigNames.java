package io.partita.kafka;

import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The settings Kafka's Java clients know: the union of admin, consumer and producer config names. Pure. */
public final class ClientConfigNames {

    private static final Set<String> ALL = load();

    private ClientConfigNames() {
    }

    public static boolean isKnown(String key) {
        return ALL.contains(key);
    }

    /** Sorted, for completion lists. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> load() {
        Set<String> names = new TreeSet<>(AdminClientConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        return java.util.Collections.unmodifiableSet(names);
    }
}
