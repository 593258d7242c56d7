package io.partita.kafka;

import io.partita.model.ReadRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The consumer settings of a read: the profile's client properties with what a browse needs on top. */
final class ReaderConfig {

    private ReaderConfig() {
    }

    static Map<String, Object> of(Map<String, Object> common, ReadRequest request, Duration timeout) {
        Map<String, Object> config = new HashMap<>(common);
        config.put("enable.auto.commit", false);
        config.put("auto.offset.reset", "earliest");
        config.put("allow.auto.create.topics", false);
        config.put("client.id", "partita-reader");
        config.put("max.poll.records", MessageReader.MAX_BATCH);
        config.putIfAbsent("receive.buffer.bytes", 1 << 20);
        config.putIfAbsent("max.partition.fetch.bytes", 4 << 20);
        // As librdkafka (kcat) does by default: the broker and TCP already checksum; CRC32C per batch is pure cost.
        config.putIfAbsent("check.crcs", false);
        int ms = (int) Math.max(1000, timeout.toMillis());
        config.putIfAbsent("request.timeout.ms", ms);
        config.putIfAbsent("default.api.timeout.ms", ms);
        config.putIfAbsent("reconnect.backoff.max.ms", 1000);
        config.remove("group.id");
        if (request.start() instanceof io.partita.model.StartPosition.GroupCommitted group) {
            // Only to read the group's committed offsets: assign() never joins the group and nothing is committed.
            config.put("group.id", group.group());
        }
        return config;
    }
}
