package io.partita.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * JSON text to Avro binary for one schema, taking JSON as people write it: ISO dates and timestamps, decimals as
 * numbers or strings, uuids as text, plain union values (see {@link AvroUnionInput}), defaults for missing
 * fields. Errors are {@link AvroJsonException}s naming the field path and the expected type; JSON that does not
 * parse is an {@link IllegalArgumentException} naming line and column. Not thread-safe: one per sending thread.
 */
public final class AvroJsonEncoder {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Schema schema;
    private final GenericDatumWriter<Object> writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private BinaryEncoder encoder;

    public AvroJsonEncoder(Schema schema) {
        this.schema = schema;
        this.writer = new GenericDatumWriter<>(schema, GenericData.get());
    }

    public Schema schema() {
        return schema;
    }

    /** The Avro binary encoding of {@code json} (no wire-format header). */
    public byte[] encode(String json) {
        return write(toDatum(parseJson(json)));
    }

    /** The Avro datum (GenericRecord, Long, ByteBuffer …) for a parsed JSON tree. */
    public Object toDatum(JsonNode json) {
        return JsonToAvro.convert(schema, json, "$");
    }

    /** Writes a datum built by {@link #toDatum}. */
    public byte[] write(Object datum) {
        buffer.reset();
        encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
        try {
            writer.write(datum, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** Parses JSON text; the error names line and column. Exact decimals (no double rounding). */
    public static JsonNode parseJson(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty: type a JSON value");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new IllegalArgumentException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
