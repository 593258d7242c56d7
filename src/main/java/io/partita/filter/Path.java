package io.partita.filter;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path from one of the record's roots through map keys and list indexes: {@code value.customer.id},
 * {@code value.lines[0].sku}, {@code headers["x-source"]}. Walks the decoded tree as it is; nothing is rendered.
 */
record Path(Root root, Object[] steps) implements Node {

    /** What a path can start from. */
    enum Root {
        KEY, VALUE, HEADERS, PARTITION, OFFSET, TIMESTAMP, KEY_SIZE, VALUE_SIZE, SIZE, TOPIC;

        static Root named(String name) {
            return switch (name) {
                case "key" -> KEY;
                case "value" -> VALUE;
                case "headers", "header" -> HEADERS;
                case "partition" -> PARTITION;
                case "offset" -> OFFSET;
                case "timestamp" -> TIMESTAMP;
                case "keySize" -> KEY_SIZE;
                case "valueSize" -> VALUE_SIZE;
                case "size" -> SIZE;
                case "topic" -> TOPIC;
                default -> null;
            };
        }
    }

    static final String ROOTS = "key, value, headers, partition, offset, timestamp, keySize, valueSize, size, topic";

    @Override
    public Object eval(DecodedMessage record) {
        KafkaMessage m = record.message();
        Object current;
        int from = 0;
        switch (root) {
            case KEY -> current = tree(record.key());
            case VALUE -> current = tree(record.value());
            case HEADERS -> {
                if (steps.length == 0) {
                    current = headerMap(m.headers());
                } else {
                    current = header(m.headers(), String.valueOf(steps[0]));
                    from = 1;
                }
            }
            case PARTITION -> current = m.partition();
            case OFFSET -> current = m.offset();
            case TIMESTAMP -> current = m.timestamp() < 0 ? Values.MISSING : m.timestamp();
            case KEY_SIZE -> current = m.keySize() < 0 ? Values.MISSING : (Object) m.keySize();
            case VALUE_SIZE -> current = m.valueSize() < 0 ? Values.MISSING : (Object) m.valueSize();
            case SIZE -> current = m.payloadBytes();
            default -> current = m.topic();
        }
        for (int i = from; i < steps.length && current != Values.MISSING; i++) {
            current = step(current, steps[i]);
        }
        return current;
    }

    private static Object step(Object current, Object step) {
        if (current instanceof Map<?, ?> map) {
            String name = String.valueOf(step);
            Object v = map.get(name);
            return v != null || map.containsKey(name) ? v : Values.MISSING;
        }
        if (current instanceof List<?> list && step instanceof Long index) {
            long i = index < 0 ? list.size() + index : index;
            return i >= 0 && i < list.size() ? list.get((int) i) : Values.MISSING;
        }
        return Values.MISSING;
    }

    /** A failed decode is missing (nothing matches in it); a Kafka null (no key, tombstone) is null. */
    private static Object tree(DecodedValue v) {
        if (v instanceof DecodedValue.Decoded d) {
            return d.value();
        }
        return v instanceof DecodedValue.Absent ? null : Values.MISSING;
    }

    private static Object header(List<MessageHeader> headers, String name) {
        for (MessageHeader h : headers) {
            if (h.key().equals(name)) {
                return h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
            }
        }
        return Values.MISSING;
    }

    private static Map<String, Object> headerMap(List<MessageHeader> headers) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (MessageHeader h : headers) {
            out.putIfAbsent(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
