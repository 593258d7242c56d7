package io.partita.ui.messages;

import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Decoded messages made in memory, for view-model tests that are about display, not about Kafka. */
final class Messages {

    private Messages() {
    }

    static DecodedMessage json(int partition, long offset, Map<String, Object> value) {
        KafkaMessage m = new KafkaMessage("t", partition, offset, 1_767_225_600_000L + offset,
                KafkaMessage.TimestampType.CREATE_TIME, "k".getBytes(StandardCharsets.UTF_8),
                value.toString().getBytes(StandardCharsets.UTF_8),
                List.of(new MessageHeader("source", "web".getBytes(StandardCharsets.UTF_8))));
        return new DecodedMessage(m, new DecodedValue.Decoded(DataFormat.TEXT, "k", null),
                new DecodedValue.Decoded(DataFormat.JSON, value, null));
    }

    static DecodedMessage text(long offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        KafkaMessage m = new KafkaMessage("t", 0, offset, 0, KafkaMessage.TimestampType.CREATE_TIME, null, bytes,
                List.of());
        return new DecodedMessage(m, DecodedValue.ABSENT, new DecodedValue.Decoded(DataFormat.TEXT, value, null));
    }

    static DecodedMessage failed(long offset, byte[] raw) {
        KafkaMessage m = new KafkaMessage("t", 0, offset, 0, KafkaMessage.TimestampType.CREATE_TIME, null, raw,
                List.of());
        return new DecodedMessage(m, DecodedValue.ABSENT, new DecodedValue.Failed("unknown schema id 9", raw, null));
    }

    /** An Avro value as the registry decoder hands it out: a tree and the schema it was written with. */
    static DecodedMessage avro(long offset, KafkaMessage.TimestampType type, byte[] key, Map<String, Object> value,
                               SchemaRef schema) {
        KafkaMessage m = new KafkaMessage("orders", 1, offset, 1_767_225_600_000L, type, key, new byte[120],
                List.of());
        DecodedValue decodedKey = key == null ? DecodedValue.ABSENT
                : new DecodedValue.Decoded(DataFormat.TEXT, new String(key, StandardCharsets.UTF_8), null);
        return new DecodedMessage(m, decodedKey, new DecodedValue.Decoded(DataFormat.AVRO, value, schema));
    }
}
