package io.partita.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.ResolvingDecoder;

/**
 * Reads Avro binary straight into the plain value tree of {@link io.partita.model.DecodedValue.Decoded}: records
 * and maps become ordered maps, arrays lists, strings {@code String}, enums their symbol, unions the plain branch
 * value, bytes and fixed base64, logical types their rendering ({@link LogicalValues}). One pass, no
 * {@code GenericRecord} in between. Thread-safe like {@link GenericDatumReader} (its resolver cache is per thread).
 */
final class TreeDatumReader extends GenericDatumReader<Object> {

    TreeDatumReader(Schema schema) {
        super(schema, schema, classicReader());
    }

    /** The fast reader (on by default) builds GenericRecords by itself and would bypass every override here. */
    private static GenericData classicReader() {
        GenericData data = new GenericData();
        data.setFastReaderEnabled(false);
        return data;
    }

    @Override
    protected Object read(Object old, Schema expected, ResolvingDecoder in) throws IOException {
        Object datum = readWithoutConversion(null, expected, in);
        LogicalType logicalType = expected.getLogicalType();
        if (logicalType != null) {
            return LogicalValues.render(datum, expected, logicalType);
        }
        return switch (expected.getType()) {
            case BYTES -> base64((ByteBuffer) datum);
            case FIXED -> Base64.getEncoder().encodeToString(((GenericFixed) datum).bytes());
            default -> datum;
        };
    }

    static String base64(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    protected Object readRecord(Object old, Schema expected, ResolvingDecoder in) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>(expected.getFields().size() * 4 / 3 + 1);
        for (Schema.Field field : in.readFieldOrder()) {
            record.put(field.name(), read(null, field.schema(), in));
        }
        return record;
    }

    @Override
    protected Object createEnum(String symbol, Schema schema) {
        return symbol;
    }

    @Override
    protected Object newArray(Object old, int size, Schema schema) {
        return new ArrayList<>(Math.max(0, size));
    }

    @Override
    protected Object newMap(Object old, int size) {
        return new LinkedHashMap<String, Object>(Math.max(0, size) * 4 / 3 + 1);
    }

    @Override
    protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
        return in.readString();
    }

    @Override
    protected Object readString(Object old, Decoder in) throws IOException {
        return in.readString();
    }

    @Override
    protected Object readMapKey(Object old, Schema expected, Decoder in) throws IOException {
        return in.readString();
    }
}
