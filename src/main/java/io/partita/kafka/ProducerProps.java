package io.partita.kafka;

import io.partita.model.ProducerSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Producer properties: the connection's common ones, then the user's settings, bytes in and out. Pure. */
final class ProducerProps {

    /** How long send() may wait for metadata or buffer space; Kafka's 60 s is too long to stare at a button. */
    static final int DEFAULT_MAX_BLOCK_MS = 10_000;
    static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    static final String MASK = "********";
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|jaas|token|credential).*");

    private ProducerProps() {
    }

    static Map<String, Object> build(Map<String, Object> common, ProducerSettings settings) {
        Map<String, Object> props = new HashMap<>(common);
        props.putAll(settings.toProperties());
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEFAULT_MAX_BLOCK_MS);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        if ("partita".equals(props.get(ProducerConfig.CLIENT_ID_CONFIG))) {
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "partita-producer");
        }
        return props;
    }

    static int maxRequestSize(Map<String, Object> props) {
        Object v = props.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        try {
            return v == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(v.toString().strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
    }

    /**
     * Every producer setting with the value Kafka will use (its defaults filled in), secrets masked, sorted by name.
     *
     * @throws IllegalArgumentException when Kafka refuses the combination (the reason is Kafka's)
     */
    static Map<String, String> effective(Map<String, Object> props) {
        Map<String, ?> values;
        try {
            values = new ProducerConfig(props).values();
        } catch (ConfigException e) {
            throw new IllegalArgumentException("Kafka refuses these producer settings: " + e.getMessage(), e);
        }
        Map<String, String> shown = new TreeMap<>();
        values.forEach((k, v) -> shown.put(k, show(k, v)));
        // Settings Kafka does not know (typos, other clients' keys) are shown too, as given.
        props.forEach((k, v) -> shown.putIfAbsent(k, show(k, v) + "   (not a producer setting: ignored)"));
        return shown;
    }

    private static String show(String key, Object value) {
        if (value instanceof Password || SECRET_KEY.matcher(key).matches() && value != null) {
            return MASK;
        }
        if (value instanceof Class<?> c) {
            return c.getName();
        }
        return value == null ? "null" : value.toString();
    }
}
