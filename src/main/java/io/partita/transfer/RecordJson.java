package io.partita.transfer;

import io.partita.model.DecodedMessage;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.SchemaRef;
import io.partita.schema.ValueJson;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines form of a record: what {@code partita consume --json} prints (decoded key and value, text
 * headers, formats, schema id, error) plus what it takes to reproduce the record byte for byte: raw key, value and
 * header values in base64, the timestamp in milliseconds and its type, and the key's schema id.
 */
public final class RecordJson {

    public static final String KEY_RAW = "keyBase64";
    public static final String VALUE_RAW = "valueBase64";
    public static final String HEADERS_RAW = "headersBase64";
    public static final String TIMESTAMP_MS = "timestampMs";

    private RecordJson() {
    }

    public static Map<String, Object> of(DecodedMessage decoded) {
        KafkaMessage m = decoded.message();
        Map<String, Object> json = new LinkedHashMap<>(ValueJson.record(decoded));
        SchemaRef keySchema = decoded.key().schemaRef();
        json.put("keySchemaId", keySchema == null ? null : keySchema.id());
        json.put(TIMESTAMP_MS, m.timestamp() < 0 ? null : m.timestamp());
        json.put("timestampType", m.timestampType().name());
        Base64.Encoder b64 = Base64.getEncoder();
        json.put(KEY_RAW, m.key() == null ? null : b64.encodeToString(m.key()));
        json.put(VALUE_RAW, m.value() == null ? null : b64.encodeToString(m.value()));
        List<Map<String, Object>> headers = new ArrayList<>(m.headers().size());
        for (MessageHeader h : m.headers()) {
            Map<String, Object> header = new LinkedHashMap<>(2);
            header.put("key", h.key());
            header.put("value", h.value() == null ? null : b64.encodeToString(h.value()));
            headers.add(header);
        }
        json.put(HEADERS_RAW, headers);
        return json;
    }
}
