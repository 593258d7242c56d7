package io.partita.sandbox;

import java.util.Map;

/**
 * One demo message before it becomes a Kafka record; the generators stay free of Kafka types.
 *
 * @param headers header name to UTF-8 text value, in the order they are added
 */
record DemoRecord(String topic, String key, byte[] value, long timestamp, Map<String, String> headers) {

    DemoRecord {
        headers = headers == null ? Map.of() : headers;
    }
}
