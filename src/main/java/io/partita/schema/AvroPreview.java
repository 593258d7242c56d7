package io.partita.schema;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * The messages table's preview of an Avro value, written from its binary body with no tree in between: the same
 * compact JSON {@link CompactJson} writes for the tree {@link TreeDatumReader} builds, cut at the same limit. Once the
 * limit is passed, the rest of the body is still read through and checked as the projecting reader checks what it
 * does not keep (lengths, enum symbols, union branches), so a truncated or malformed body fails here as well.
 * <p>
 * Where its text could differ from the tree's, it gives up with {@link Unsupported} and the caller takes the tree's
 * way: a map key written twice (the tree keeps one entry), a non-ASCII map key that is shown, a logical value that
 * {@link CompactJson} does not write. Failures carry no reason worth showing: the caller decodes a failed body again
 * with the tree reader, whose reasons are the ones users see. Immutable and thread-safe; the cursor and the writer are
 * the caller's.
 */
final class AvroPreview {

    /** This value's text could differ from the tree's: show the tree's instead. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        private Unsupported() {
            super("not previewed directly", null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    @FunctionalInterface
    private interface Node {
        void write(AvroCursor in, CompactJson out) throws IOException, Unsupported;
    }

    private final Node root;
    private final TreeDatumReader.Skip check;

    AvroPreview(Schema schema) {
        this.root = compile(schema, new IdentityHashMap<>());
        this.check = TreeDatumReader.skipper(schema);
    }

    /**
     * Reads one value through without writing it, checking what {@link #write} and the tree reader check (lengths,
     * enum symbols, union branches; logical values out of range are shown plain, never failed): a body this passes
     * (and that then ends) is one {@link #write} can show, a body this fails is one the tree reader fails as well.
     */
    void check(AvroCursor in) throws IOException {
        check.skip(in);
    }

    /** Writes one value into {@code out} (reset by the caller, who also checks that the body ends here). */
    void write(AvroCursor in, CompactJson out) throws IOException, Unsupported {
        root.write(in, out);
    }

    private static Node compile(Schema schema, Map<Schema, Node[]> records) {
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            return logical(schema, logical);
        }
        return switch (schema.getType()) {
            case NULL -> (in, out) -> out.raw("null");
            case BOOLEAN -> (in, out) -> out.raw(in.readBoolean() ? "true" : "false");
            case INT -> (in, out) -> out.number(in.readInt());
            case LONG -> (in, out) -> out.number(in.readLong());
            case FLOAT -> (in, out) -> out.value(in.readFloat());
            case DOUBLE -> (in, out) -> out.value(in.readDouble());
            case STRING -> AvroCursor::readStringInto;
            case BYTES -> (in, out) -> out.string(Base64.getEncoder().encodeToString(in.readBytes()));
            case FIXED -> {
                int size = schema.getFixedSize();
                yield (in, out) -> out.string(Base64.getEncoder().encodeToString(in.readFixed(size)));
            }
            case ENUM -> enumNode(schema.getEnumSymbols());
            case ARRAY -> array(compile(schema.getElementType(), records),
                    TreeDatumReader.skipper(schema.getElementType()));
            case MAP -> map(compile(schema.getValueType(), records), TreeDatumReader.skipper(schema.getValueType()));
            case UNION -> union(schema.getTypes().stream().map(s -> compile(s, records)).toArray(Node[]::new));
            case RECORD -> record(schema, records);
        };
    }

    /** As {@link TreeDatumReader} renders them: its fast three here too, the others through a reader of its own. */
    private static Node logical(Schema schema, LogicalType logical) {
        Schema.Type type = schema.getType();
        switch (logical.getName()) {
            case "timestamp-millis":
                if (type == Schema.Type.LONG) {
                    return (in, out) -> out.instantMillis(in.readLong());
                }
                break;
            case "decimal":
                if (type == Schema.Type.BYTES) {
                    int scale = ((LogicalTypes.Decimal) logical).getScale();
                    return (in, out) -> {
                        long range = in.readRange();
                        int size = (int) range;
                        if (size > 0 && size <= 8) {
                            out.decimal(in.unscaled(range), scale);
                        } else {
                            value(out, LogicalValues.decimalBytes(in.bytes(range), scale));
                        }
                    };
                }
                break;
            case "uuid":
                if (type == Schema.Type.STRING) {
                    return AvroCursor::readStringInto;
                }
                break;
            default:
                break;
        }
        TreeDatumReader reader = new TreeDatumReader(schema);
        return (in, out) -> value(out, reader.read(in));
    }

    private static void value(CompactJson out, Object value) throws Unsupported {
        if (!out.value(value)) {
            throw UNSUPPORTED;
        }
    }

    private static Node enumNode(List<String> symbols) {
        String[] texts = symbols.stream().map(AvroPreview::quoted).toArray(String[]::new);
        return (in, out) -> {
            int i = in.readInt();
            if (i < 0 || i >= texts.length) {
                throw new IOException("enum symbol " + i + " out of range");
            }
            out.raw(texts[i]);
        };
    }

    private static String quoted(String text) {
        CompactJson json = new CompactJson(1 << 20);
        json.string(text);
        return json.result().text();
    }

    private static Node array(Node item, TreeDatumReader.Skip skip) {
        return (in, out) -> {
            out.raw('[');
            boolean first = true;
            for (long count = in.readBlockCount(); count > 0; count = in.readBlockCount()) {
                for (long i = 0; i < count; i++) {
                    if (out.full()) {
                        skip.skip(in);
                        continue;
                    }
                    if (!first) {
                        out.raw(',');
                    }
                    first = false;
                    item.write(in, out);
                }
            }
            out.raw(']');
        };
    }

    /**
     * Keys are compared as bytes with the keys already shown: those are ASCII, and no other byte sequence decodes to
     * the same ASCII text, so a repeat is always caught where it would change what is shown.
     */
    private static Node map(Node value, TreeDatumReader.Skip skip) {
        return (in, out) -> {
            out.raw('{');
            long[] shown = null;
            int n = 0;
            for (long count = in.readBlockCount(); count > 0; count = in.readBlockCount()) {
                for (long i = 0; i < count; i++) {
                    long key = in.readRange();
                    for (int k = 0; k < n; k++) {
                        if (in.sameBytes(shown[k], key)) {
                            throw UNSUPPORTED;
                        }
                    }
                    if (out.full()) {
                        skip.skip(in);
                        continue;
                    }
                    if (!in.ascii(key)) {
                        throw UNSUPPORTED;
                    }
                    if (shown == null) {
                        shown = new long[(int) Math.min(count, 8)];
                    } else if (n == shown.length) {
                        shown = Arrays.copyOf(shown, n * 2);
                    }
                    shown[n++] = key;
                    if (n > 1) {
                        out.raw(',');
                    }
                    in.writeRange(key, out);
                    out.raw(':');
                    value.write(in, out);
                }
            }
            out.raw('}');
        };
    }

    private static Node union(Node[] branches) {
        return (in, out) -> {
            int i = in.readInt();
            if (i < 0 || i >= branches.length) {
                throw new IOException("union branch " + i + " out of range");
            }
            branches[i].write(in, out);
        };
    }

    /** Recursive records point back at themselves through the array filled after compiling their fields. */
    private static Node record(Schema schema, Map<Schema, Node[]> records) {
        Node[] self = records.get(schema);
        if (self != null) {
            return (in, out) -> self[0].write(in, out);
        }
        Node[] holder = new Node[1];
        records.put(schema, holder);
        List<Schema.Field> fields = schema.getFields();
        Node[] writers = new Node[fields.size()];
        TreeDatumReader.Skip[] skips = new TreeDatumReader.Skip[fields.size()];
        String[] names = new String[fields.size()];
        for (int i = 0; i < writers.length; i++) {
            Schema.Field field = fields.get(i);
            writers[i] = compile(field.schema(), records);
            skips[i] = TreeDatumReader.skipper(field.schema());
            names[i] = (i == 0 ? "" : ",") + quoted(field.name()) + ":";
        }
        holder[0] = (in, out) -> {
            out.raw('{');
            for (int i = 0; i < writers.length; i++) {
                if (out.full()) {
                    skips[i].skip(in);
                    continue;
                }
                out.raw(names[i]);
                writers[i].write(in, out);
            }
            out.raw('}');
        };
        return holder[0];
    }
}
