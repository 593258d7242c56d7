package io.partita.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.OutgoingRecord;
import io.partita.model.RecordSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Records of a JSON Lines export (see {@link RecordJson}) to send again: raw key, value and header bytes as they
 * were (Avro stays byte-identical, schema ids included), the original timestamps, and optionally the original
 * partitions. Lines are read one at a time in {@link #record} (called in order by the sender), so a large file is
 * never held in memory; blank lines are skipped. A line without the base64 fields (e.g. plain
 * {@code consume --json} output) is sent with its key and value as text, or as JSON text when they are objects.
 */
public final class JsonLinesSource implements RecordSource, AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;
    private final String topic;
    private final boolean keepPartitions;
    private final long count;
    private final BufferedReader reader;
    private long lineNumber;

    private JsonLinesSource(Path file, String topic, boolean keepPartitions) throws IOException {
        this.file = file;
        this.topic = topic;
        this.keepPartitions = keepPartitions;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            this.count = lines.filter(l -> !l.isBlank()).count();
        }
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /**
     * @param keepPartitions send each record to the partition it was exported from (the topic needs as many)
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static JsonLinesSource open(Path file, String topic, boolean keepPartitions) {
        try {
            return new JsonLinesSource(file, topic, keepPartitions);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public OutgoingRecord record(long index) {
        String line = nextLine();
        try {
            JsonNode json = MAPPER.readTree(line);
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException(where() + "not a JSON object");
            }
            Integer partition = keepPartitions && json.path("partition").canConvertToInt()
                    ? json.get("partition").intValue() : null;
            Long timestamp = json.path(RecordJson.TIMESTAMP_MS).isIntegralNumber()
                    ? json.get(RecordJson.TIMESTAMP_MS).longValue() : null;
            return new OutgoingRecord(topic, partition, timestamp, bytes(json, RecordJson.KEY_RAW, "key"),
                    bytes(json, RecordJson.VALUE_RAW, "value"), headers(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(where() + "invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String nextLine() {
        try {
            String line;
            do {
                line = reader.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
            if (line == null) {
                throw new IllegalStateException(file + " changed while it was being sent (fewer lines than counted)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(JsonNode json, String rawField, String decodedField) {
        JsonNode raw = json.get(rawField);
        if (raw != null && !raw.isNull()) {
            try {
                return Base64.getDecoder().decode(raw.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where() + rawField + " is not base64", e);
            }
        }
        if (json.has(rawField)) {
            return null;
        }
        JsonNode decoded = json.get(decodedField);
        if (decoded == null || decoded.isNull()) {
            return null;
        }
        String text = decoded.isTextual() ? decoded.asText() : decoded.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<OutgoingRecord.Header> headers(JsonNode json) {
        List<OutgoingRecord.Header> headers = new ArrayList<>();
        JsonNode raw = json.get(RecordJson.HEADERS_RAW);
        if (raw != null && raw.isArray()) {
            for (JsonNode h : raw) {
                JsonNode value = h.get("value");
                byte[] bytes = value == null || value.isNull() ? null : Base64.getDecoder().decode(value.asText());
                headers.add(new OutgoingRecord.Header(h.path("key").asText(), bytes));
            }
            return headers;
        }
        JsonNode text = json.get("headers");
        if (text != null && text.isObject()) {
            text.fields().forEachRemaining(e -> {
                List<JsonNode> values = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(values::add);
                } else {
                    values.add(e.getValue());
                }
                values.forEach(v -> headers.add(new OutgoingRecord.Header(e.getKey(),
                        v.isNull() ? null : v.asText().getBytes(StandardCharsets.UTF_8))));
            });
        }
        return headers;
    }

    private String where() {
        return file.getFileName() + " line " + lineNumber + ": ";
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Read-only file: nothing to lose.
        }
    }
}
