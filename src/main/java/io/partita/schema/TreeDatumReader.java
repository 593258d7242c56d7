package io.partita.schema;

import io.partita.model.Projection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Reads Avro binary written with a schema straight into the plain value tree of
 * {@link io.partita.model.DecodedValue.Decoded}: records and maps become ordered maps, arrays lists, strings
 * {@code String}, enums their symbol, unions the plain branch value, bytes and fixed base64, logical types their
 * rendering ({@link LogicalValues}). The schema is compiled once into a tree of small readers, so a record costs
 * one pass over its bytes and no GenericRecord, resolver or grammar in between (Avro's classic reader spends more
 * time in its resolving parser than in the bytes). Immutable and thread-safe; the cursor is the caller's.
 */
final class TreeDatumReader {

    @FunctionalInterface
    private interface Node {
        Object read(AvroCursor in) throws IOException;
    }

    private final Node root;

    TreeDatumReader(Schema schema) {
        this.root = compile(schema, new IdentityHashMap<>());
    }

    /**
     * A reader that builds only the parts of the tree a {@link Projection} names and passes over the rest of the
     * bytes (still checking them: a truncated or malformed body fails as it does with the full reader). With a null
     * projection it reads nothing and returns null after checking the whole body.
     */
    TreeDatumReader(Schema schema, Projection projection) {
        this.root = projected(schema, projection, new IdentityHashMap<>(), new IdentityHashMap<>());
    }

    Object read(AvroCursor in) throws IOException {
        return root.read(in);
    }

    /** Passes over one value, checking it as the projecting reader does with the parts nobody looks at. */
    @FunctionalInterface
    interface Skip {
        void skip(AvroCursor in) throws IOException;
    }

    static Skip skipper(Schema schema) {
        Node node = skipper(schema, new IdentityHashMap<>());
        return node::read;
    }

    private static Node projected(Schema schema, Projection p, Map<Schema, Node[]> records,
                                  Map<Schema, Node[]> skips) {
        if (p == null) {
            return skipper(schema, skips);
        }
        if (p.isWhole()) {
            return compile(schema, records);
        }
        switch (schema.getType()) {
            case RECORD: {
                List<Schema.Field> fields = schema.getFields();
                Node[] steps = new Node[fields.size()];
                int[] slots = new int[fields.size()];
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < steps.length; i++) {
                    Schema.Field field = fields.get(i);
                    Projection child = p.child(field.name());
                    steps[i] = projected(field.schema(), child, records, skips);
                    slots[i] = child == null ? -1 : kept.size();
                    if (child != null) {
                        kept.add(field.name());
                    }
                }
                RecordMap.Fields shared = new RecordMap.Fields(kept.toArray(String[]::new));
                int size = kept.size();
                return in -> {
                    Object[] values = new Object[size];
                    for (int i = 0; i < steps.length; i++) {
                        Object v = steps[i].read(in);
                        if (slots[i] >= 0) {
                            values[slots[i]] = v;
                        }
                    }
                    return new RecordMap(shared, values);
                };
            }
            case ARRAY:
                // Items not looked at stay in the list as nulls: indexes and sizes keep their meaning.
                return array(projected(schema.getElementType(), p.child(Projection.ELEMENTS), records, skips));
            case MAP:
                return map(projected(schema.getValueType(), p.anyChild(), records, skips));
            case UNION:
                return union(schema.getTypes().stream().map(s -> projected(s, p, records, skips))
                        .toArray(Node[]::new));
            default:
                // A path that walks into a plain value leads nowhere anyway; the value itself is cheap to keep.
                return compile(schema, records);
        }
    }

    /** Passes over one value of the schema, checking lengths, enum symbols and union branches; returns null. */
    private static Node skipper(Schema schema, Map<Schema, Node[]> skips) {
        switch (schema.getType()) {
            case NULL:
                return in -> null;
            case BOOLEAN:
                return in -> {
                    in.skip(1);
                    return null;
                };
            case INT:
                return in -> {
                    in.readInt();
                    return null;
                };
            case LONG:
                return in -> {
                    in.skipVarint();
                    return null;
                };
            case FLOAT:
                return in -> {
                    in.skip(4);
                    return null;
                };
            case DOUBLE:
                return in -> {
                    in.skip(8);
                    return null;
                };
            case STRING:
            case BYTES:
                return in -> {
                    in.skipLengthPrefixed();
                    return null;
                };
            case FIXED: {
                int size = schema.getFixedSize();
                return in -> {
                    in.skip(size);
                    return null;
                };
            }
            case ENUM: {
                int symbols = schema.getEnumSymbols().size();
                return in -> {
                    int i = in.readInt();
                    if (i < 0 || i >= symbols) {
                        throw new IOException("enum symbol " + i + " out of range");
                    }
                    return null;
                };
            }
            case ARRAY: {
                Node item = skipper(schema.getElementType(), skips);
                return in -> {
                    for (long count = in.readBlockCount(); count > 0; count = in.readBlockCount()) {
                        for (long i = 0; i < count; i++) {
                            item.read(in);
                        }
                    }
                    return null;
                };
            }
            case MAP: {
                Node value = skipper(schema.getValueType(), skips);
                return in -> {
                    for (long count = in.readBlockCount(); count > 0; count = in.readBlockCount()) {
                        for (long i = 0; i < count; i++) {
                            in.skipLengthPrefixed();
                            value.read(in);
                        }
                    }
                    return null;
                };
            }
            case UNION: {
                Node[] branches = schema.getTypes().stream().map(s -> skipper(s, skips)).toArray(Node[]::new);
                return in -> {
                    int i = in.readInt();
                    if (i < 0 || i >= branches.length) {
                        throw new IOException("union branch " + i + " out of range");
                    }
                    return branches[i].read(in);
                };
            }
            default: {
                Node[] self = skips.get(schema);
                if (self != null) {
                    return in -> self[0].read(in);
                }
                Node[] holder = new Node[1];
                skips.put(schema, holder);
                Node[] fields = schema.getFields().stream().map(f -> skipper(f.schema(), skips))
                        .toArray(Node[]::new);
                holder[0] = in -> {
                    for (Node field : fields) {
                        field.read(in);
                    }
                    return null;
                };
                return holder[0];
            }
        }
    }

    private static Node compile(Schema schema, Map<Schema, Node[]> records) {
        Node plain = plain(schema, records);
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            Node fast = fastLogical(schema, logical);
            return fast != null ? fast : in -> LogicalValues.render(raw(plain, schema, in), schema, logical);
        }
        return switch (schema.getType()) {
            case BYTES -> in -> Base64.getEncoder().encodeToString(in.readBytes());
            case FIXED -> in -> Base64.getEncoder().encodeToString(in.readFixed(schema.getFixedSize()));
            default -> plain;
        };
    }

    /**
     * The commonest logical types read without the generic detour (boxing, a ByteBuffer, a switch on the type's
     * name per value); they render exactly as {@link LogicalValues#render} does.
     */
    private static Node fastLogical(Schema schema, LogicalType logical) {
        Schema.Type type = schema.getType();
        switch (logical.getName()) {
            case "timestamp-millis":
                return type == Schema.Type.LONG ? in -> LogicalValues.timestampMillis(in.readLong()) : null;
            case "decimal":
                if (type != Schema.Type.BYTES) {
                    return null;
                }
                int scale = ((org.apache.avro.LogicalTypes.Decimal) logical).getScale();
                return in -> LogicalValues.decimalBytes(in.readBytes(), scale);
            case "uuid":
                return type == Schema.Type.STRING ? AvroCursor::readString : null;
            default:
                return null;
        }
    }

    /** What {@link LogicalValues} expects: ByteBuffer for bytes, GenericFixed for fixed, boxed numbers. */
    private static Object raw(Node plain, Schema schema, AvroCursor in) throws IOException {
        return switch (schema.getType()) {
            case BYTES -> ByteBuffer.wrap(in.readBytes());
            case FIXED -> new GenericData.Fixed(schema, in.readFixed(schema.getFixedSize()));
            default -> plain.read(in);
        };
    }

    private static Node plain(Schema schema, Map<Schema, Node[]> records) {
        return switch (schema.getType()) {
            case NULL -> in -> null;
            case BOOLEAN -> AvroCursor::readBoolean;
            case INT -> AvroCursor::readInt;
            case LONG -> AvroCursor::readLong;
            case FLOAT -> AvroCursor::readFloat;
            case DOUBLE -> AvroCursor::readDouble;
            case STRING -> AvroCursor::readString;
            case BYTES, FIXED -> in -> null;
            case ENUM -> enumNode(schema.getEnumSymbols());
            case ARRAY -> array(compile(schema.getElementType(), records));
            case MAP -> map(compile(schema.getValueType(), records));
            case UNION -> union(schema.getTypes().stream().map(s -> compile(s, records)).toArray(Node[]::new));
            case RECORD -> record(schema, records);
        };
    }

    private static Node enumNode(List<String> symbols) {
        String[] names = symbols.toArray(String[]::new);
        return in -> names[in.readInt()];
    }

    private static Node array(Node item) {
        return in -> {
            long count = in.readBlockCount();
            List<Object> list = new ArrayList<>((int) Math.min(count, 1024));
            while (count > 0) {
                for (long i = 0; i < count; i++) {
                    list.add(item.read(in));
                }
                count = in.readBlockCount();
            }
            return list;
        };
    }

    private static Node map(Node value) {
        return in -> {
            long count = in.readBlockCount();
            Map<String, Object> map = new LinkedHashMap<>((int) Math.min(count, 1024) * 4 / 3 + 1);
            while (count > 0) {
                for (long i = 0; i < count; i++) {
                    String key = in.readString();
                    map.put(key, value.read(in));
                }
                count = in.readBlockCount();
            }
            return map;
        };
    }

    private static Node union(Node[] branches) {
        return in -> branches[in.readInt()].read(in);
    }

    /** Recursive records point back at themselves through the array filled after compiling their fields. */
    private static Node record(Schema schema, Map<Schema, Node[]> records) {
        Node[] self = records.get(schema);
        if (self != null) {
            return in -> self[0].read(in);
        }
        Node[] holder = new Node[1];
        records.put(schema, holder);
        List<Schema.Field> fields = schema.getFields();
        String[] names = new String[fields.size()];
        Node[] readers = new Node[fields.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = fields.get(i).name();
            readers[i] = compile(fields.get(i).schema(), records);
        }
        RecordMap.Fields shared = new RecordMap.Fields(names);
        holder[0] = in -> {
            Object[] values = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                values[i] = readers[i].read(in);
            }
            return new RecordMap(shared, values);
        };
        return holder[0];
    }
}
