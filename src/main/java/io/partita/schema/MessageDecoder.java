package io.partita.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.Projection;
import io.partita.model.SchemaRef;
import java.io.EOFException;
import java.io.IOException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Turns raw key and value bytes into {@link DecodedValue}s, never throwing: auto-detection tries the Confluent
 * wire format (Avro, or JSON Schema, by registry id), then JSON, then UTF-8 text, then hex; a forced format reads
 * the bytes as that or fails with a reason. Not thread-safe (it reuses one Avro cursor): one per reader thread.
 * The {@link RegistrySchemas} behind it are shared and cached.
 */
public final class MessageDecoder {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Stands in for a key or value a projecting decoder was told nobody looks at. */
    private static final DecodedValue.Decoded UNREAD = new DecodedValue.Decoded(DataFormat.TEXT, null, null);

    /**
     * Values longer than this get their preview written here, on the decoder thread, not when a row shows them: the
     * UI thread writes previews of values it shows, and a preview is made by reading the whole value (a 20 MB JSON
     * document is a tree of 20 MB; an Avro body is read to its end).
     */
    static final int DEFERRED_PREVIEW_MAX_BYTES = 64 * 1024;

    private final RegistrySchemas schemas;
    private final AvroCursor cursor = new AvroCursor();
    /** Preview checkers and writers per writer schema, made on first use. */
    private final Map<RegistrySchemas.Entry, PreviewWriters.Avro> previews = new IdentityHashMap<>();
    private RegistrySchemas.Entry lastPreviewEntry;
    private PreviewWriters.Avro lastPreview;
    /** The writers of deferred JSON and text previews, for the length last asked for. */
    private PreviewWriters writers;
    /** The schema of the previous framed record: a topic's records mostly share one (ids never change meaning). */
    private int lastId;
    private RegistrySchemas.Entry lastEntry;
    private final Side keySide;
    private final Side valueSide;

    public MessageDecoder(RegistrySchemas schemas) {
        this.schemas = schemas;
        this.keySide = null;
        this.valueSide = null;
    }

    private MessageDecoder(RegistrySchemas schemas, Projection key, Projection value) {
        this.schemas = schemas;
        this.keySide = new Side(key);
        this.valueSide = new Side(value);
    }

    /**
     * A decoder for testing records against a filter: Avro keys and values become trees holding only what the
     * projections name (the rest of the bytes is checked and passed over); a side whose projection is null is not
     * turned into a tree at all unless it is framed, and then only checked. Records that fail still fail, with the
     * same reasons. JSON and text are decoded whole. A match should be decoded again with a full decoder.
     *
     * @param key   what of the key is looked at, null for nothing
     * @param value what of the value is looked at, null for nothing
     */
    public static MessageDecoder projecting(RegistrySchemas schemas, Projection key, Projection value) {
        return new MessageDecoder(schemas, key, value);
    }

    public DecodedMessage decode(KafkaMessage message, FormatChoice keyFormat, FormatChoice valueFormat) {
        return new DecodedMessage(message, decode(message.key(), keyFormat, keySide, 0),
                decode(message.value(), valueFormat, valueSide, 0));
    }

    public DecodedValue decode(byte[] bytes, FormatChoice choice) {
        return decode(bytes, choice, null, 0);
    }

    /**
     * Decodes as {@link #decode(KafkaMessage, FormatChoice, FormatChoice)} does (the same formats, the same failures
     * with the same reasons) but keeps only the previews the messages table shows ({@link Previews}):
     * {@link DecodedValue.Preview}s. An Avro record, a JSON or a text value up to 64 KB is checked here in full and
     * its preview written from the bytes, with no tree, when it is first shown ({@link PreviewWriters}); anything
     * else is decoded and then reduced.
     */
    public DecodedMessage preview(KafkaMessage message, FormatChoice keyFormat, FormatChoice valueFormat,
                                  int maxChars) {
        return new DecodedMessage(message, Previews.of(decode(message.key(), keyFormat, null, maxChars), maxChars),
                Previews.of(decode(message.value(), valueFormat, null, maxChars), maxChars));
    }

    /** @param preview the preview's length when only a preview is wanted, else 0 */
    private DecodedValue decode(byte[] bytes, FormatChoice choice, Side side, int preview) {
        if (bytes == null) {
            return DecodedValue.ABSENT;
        }
        if (side != null && side.projection == null && choice.mode() == FormatChoice.Mode.AUTO
                && WireFormat.schemaId(bytes).orElse(-1) <= 0) {
            // Unframed bytes in auto mode always decode (JSON, else text, else hex): nothing to check.
            return UNREAD;
        }
        try {
            return switch (choice.mode()) {
                case AUTO -> detect(bytes, side, preview);
                case AVRO -> forcedAvro(bytes, choice, side, preview);
                case JSON -> preview > 0 && bytes.length <= DEFERRED_PREVIEW_MAX_BYTES && validJson(bytes, 0)
                        ? jsonPreview(bytes, preview)
                        : new DecodedValue.Decoded(DataFormat.JSON, json(bytes, 0), null);
                case TEXT -> new DecodedValue.Decoded(DataFormat.TEXT, Bytes.utf8Lenient(bytes), null);
                case HEX -> new DecodedValue.Decoded(DataFormat.HEX, HexFormat.of().formatHex(bytes), null);
                case INT32 -> new DecodedValue.Decoded(DataFormat.INT32, Bytes.number(bytes, DataFormat.INT32), null);
                case INT64 -> new DecodedValue.Decoded(DataFormat.INT64, Bytes.number(bytes, DataFormat.INT64), null);
                case FLOAT64 -> new DecodedValue.Decoded(DataFormat.FLOAT64, Bytes.number(bytes, DataFormat.FLOAT64),
                        null);
            };
        } catch (DecodeException e) {
            return new DecodedValue.Failed(e.getMessage(), bytes, null);
        } catch (FramedFailure e) {
            return new DecodedValue.Failed(e.getMessage(), bytes, e.schema);
        }
    }

    private DecodedValue detect(byte[] bytes, Side side, int preview) throws DecodeException, FramedFailure {
        int id = WireFormat.schemaId(bytes).orElse(-1);
        // Ids start at 1 in Confluent and Apicurio; a zero id is a number that happens to start with 0, not a frame.
        if (id > 0) {
            return framed(bytes, id, side, preview);
        }
        if (Bytes.looksLikeJson(bytes)) {
            if (preview > 0 && bytes.length <= DEFERRED_PREVIEW_MAX_BYTES) {
                if (validJson(bytes, 0)) {
                    return jsonPreview(bytes, preview);
                }
            } else {
                try {
                    return new DecodedValue.Decoded(DataFormat.JSON, json(bytes, 0), null);
                } catch (DecodeException notJson) {
                    // Text that starts with a brace: fall through.
                }
            }
        }
        if (preview > 0 && bytes.length <= DEFERRED_PREVIEW_MAX_BYTES && Bytes.isUtf8Text(bytes)) {
            return DecodedValue.Preview.deferred(DataFormat.TEXT, writers(preview).text, bytes, null);
        }
        String text = Bytes.utf8Text(bytes);
        if (text != null) {
            return new DecodedValue.Decoded(DataFormat.TEXT, text, null);
        }
        return new DecodedValue.Decoded(DataFormat.HEX, HexFormat.of().formatHex(bytes), null);
    }

    private DecodedValue framed(byte[] bytes, int id, Side side, int preview)
            throws DecodeException, FramedFailure {
        RegistrySchemas.Entry entry;
        try {
            entry = id == lastId ? lastEntry : schemas.byId(id);
        } catch (DecodeException e) {
            // The frame names its schema even when the registry cannot give it: keep the id with the failure.
            throw new FramedFailure(e.getMessage(), new SchemaRef(id, null, 0));
        }
        lastId = id;
        lastEntry = entry;
        return switch (entry.schemaType()) {
            case "AVRO" -> avro(bytes, WireFormat.HEADER_SIZE, entry, side, preview);
            case "JSON" -> jsonFramed(bytes, entry);
            default -> throw new FramedFailure(entry.schemaType() + " schemas (id " + id
                    + ") are not decoded yet", entry);
        };
    }

    private DecodedValue jsonFramed(byte[] bytes, RegistrySchemas.Entry entry) throws FramedFailure {
        try {
            return new DecodedValue.Decoded(DataFormat.JSON, json(bytes, WireFormat.HEADER_SIZE), entry.ref());
        } catch (DecodeException e) {
            throw new FramedFailure(e.getMessage(), entry);
        }
    }

    /** A chosen schema: framed bytes skip their header (the chosen schema wins), unframed bytes are a bare body. */
    private DecodedValue forcedAvro(byte[] bytes, FormatChoice choice, Side side, int preview)
            throws DecodeException, FramedFailure {
        int embedded = WireFormat.schemaId(bytes).orElse(-1);
        RegistrySchemas.Entry entry;
        if (choice.schemaId() != null) {
            entry = schemas.byId(choice.schemaId());
        } else if (choice.subject() != null) {
            entry = schemas.latest(choice.subject());
        } else if (embedded > 0) {
            entry = schemas.byId(embedded);
        } else {
            throw new DecodeException("not in the Confluent wire format (no magic byte 0 and schema id): choose "
                    + "a subject or schema id to read a bare Avro body");
        }
        if (!"AVRO".equals(entry.schemaType())) {
            throw new FramedFailure("schema id " + entry.ref().id() + " is " + entry.schemaType() + ", not Avro",
                    entry);
        }
        return avro(bytes, embedded > 0 ? WireFormat.HEADER_SIZE : 0, entry, side, preview);
    }

    /**
     * @param side    what a projecting decoder reads of this key or value; null for a full decode
     * @param preview the preview's length when only a preview is wanted, else 0
     */
    private DecodedValue avro(byte[] bytes, int offset, RegistrySchemas.Entry entry, Side side, int preview)
            throws FramedFailure {
        if (preview > 0 && side == null && entry.avro().getType() == org.apache.avro.Schema.Type.RECORD) {
            DecodedValue shown = previewAvro(bytes, offset, entry, preview);
            if (shown != null) {
                return shown;
            }
        }
        cursor.reset(bytes, offset, bytes.length - offset);
        Object tree;
        try {
            TreeDatumReader reader = side == null ? entry.reader() : side.reader(entry);
            tree = reader.read(cursor);
            if (!cursor.atEnd()) {
                throw new FramedFailure("does not match schema " + entry.ref().describe() + ": bytes are left "
                        + "over after the record", entry);
            }
        } catch (EOFException e) {
            throw new FramedFailure("truncated: the body ends before the record of schema "
                    + entry.ref().describe() + " does", entry);
        } catch (IOException | RuntimeException e) {
            throw new FramedFailure("does not match schema " + entry.ref().describe() + ": " + describe(e), entry);
        } catch (StackOverflowError e) {
            // A recursive schema lets every byte open one more level: a corrupt body must not end the read.
            throw new FramedFailure("does not match schema " + entry.ref().describe() + ": nested too deeply to "
                    + "decode (the body opens a level with almost every byte)", entry);
        }
        return new DecodedValue.Decoded(DataFormat.AVRO, tree, entry.ref());
    }

    /**
     * The preview of a record: its body is checked here, in full, against the schema; its text is written from the
     * body when first asked for (a row shown), not for the rows a table drops or never shows. Null when the record
     * does not decode (the tree's way then says why, in its words).
     */
    private DecodedValue previewAvro(byte[] bytes, int offset, RegistrySchemas.Entry entry, int maxChars) {
        PreviewWriters.Avro schemaWriters = lastPreview;
        if (entry != lastPreviewEntry) {
            if (previews.size() > 1_000) {
                previews.clear();
            }
            schemaWriters = previews.computeIfAbsent(entry, PreviewWriters.Avro::new);
            lastPreviewEntry = entry;
            lastPreview = schemaWriters;
        }
        cursor.reset(bytes, offset, bytes.length - offset);
        try {
            schemaWriters.avro.check(cursor);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
        if (!cursor.atEnd()) {
            return null;
        }
        if (bytes.length - offset > DEFERRED_PREVIEW_MAX_BYTES) {
            return new DecodedValue.Preview(DataFormat.AVRO, schemaWriters.text(bytes, offset, bytes.length, maxChars),
                    entry.ref());
        }
        return DecodedValue.Preview.deferred(DataFormat.AVRO, schemaWriters.writer(offset, maxChars), bytes,
                entry.ref());
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Object json(byte[] bytes, int offset) throws DecodeException {
        return json(bytes, offset, bytes.length);
    }

    static Object json(byte[] bytes, int from, int to) throws DecodeException {
        try {
            return JSON.readValue(bytes, from, to - from, Object.class);
        } catch (JsonProcessingException e) {
            throw new DecodeException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DecodeException("not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // A number the tree cannot hold (an exponent past an int: "1e2147483648") is thrown as unchecked.
            throw new DecodeException("not valid JSON: " + e.getMessage());
        }
    }

    /**
     * Whether {@link #json} would read these bytes, found without building the tree: the same parser, settings and
     * limits, every string decoded and every number converted as the tree would convert it, nothing after the value.
     */
    static boolean validJson(byte[] bytes, int offset) {
        try (JsonParser in = JSON.createParser(bytes, offset, bytes.length - offset)) {
            JsonToken token = in.nextToken();
            int depth = 0;
            while (token != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME, VALUE_STRING -> in.getTextLength();
                    case VALUE_NUMBER_FLOAT -> in.getDecimalValue();
                    case VALUE_NUMBER_INT -> in.getNumberValue();
                    default -> {
                        // true, false, null
                    }
                }
                if (depth == 0) {
                    return in.nextToken() == null;
                }
                token = in.nextToken();
            }
            return false;
        } catch (IOException | RuntimeException invalid) {
            return false;
        }
    }

    /**
     * The preview of a JSON value {@link #validJson} passed: its text is written when first asked for (the tree read
     * again then, on whichever thread asks), so values of rows nobody shows are never turned into trees.
     */
    private DecodedValue jsonPreview(byte[] bytes, int maxChars) {
        return DecodedValue.Preview.deferred(DataFormat.JSON, writers(maxChars).json, bytes, null);
    }

    private PreviewWriters writers(int maxChars) {
        PreviewWriters made = writers;
        if (made == null || made.maxChars != maxChars) {
            made = new PreviewWriters(maxChars);
            writers = made;
        }
        return made;
    }

    /** What one side (key or value) of a projecting decoder reads, with its readers per writer schema. */
    private static final class Side {
        private final Projection projection;
        private final Map<RegistrySchemas.Entry, TreeDatumReader> readers = new IdentityHashMap<>();

        Side(Projection projection) {
            this.projection = projection;
        }

        TreeDatumReader reader(RegistrySchemas.Entry entry) {
            if (projection != null && projection.isWhole()) {
                return entry.reader();
            }
            return readers.computeIfAbsent(entry, e -> new TreeDatumReader(e.avro(), projection));
        }
    }

    /** A framed record whose schema is known but whose body does not decode: the failure names the schema. */
    private static final class FramedFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SchemaRef schema;

        FramedFailure(String reason, RegistrySchemas.Entry entry) {
            this(reason, entry.ref());
        }

        FramedFailure(String reason, SchemaRef schema) {
            super(reason, null, false, false);
            this.schema = schema;
        }
    }
}
