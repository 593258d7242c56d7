package io.partita.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import java.io.EOFException;
import java.io.IOException;
import java.util.HexFormat;

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

    private final RegistrySchemas schemas;
    private final AvroCursor cursor = new AvroCursor();

    public MessageDecoder(RegistrySchemas schemas) {
        this.schemas = schemas;
    }

    public DecodedMessage decode(KafkaMessage message, FormatChoice keyFormat, FormatChoice valueFormat) {
        return new DecodedMessage(message, decode(message.key(), keyFormat), decode(message.value(), valueFormat));
    }

    public DecodedValue decode(byte[] bytes, FormatChoice choice) {
        if (bytes == null) {
            return DecodedValue.ABSENT;
        }
        try {
            return switch (choice.mode()) {
                case AUTO -> detect(bytes);
                case AVRO -> forcedAvro(bytes, choice);
                case JSON -> new DecodedValue.Decoded(DataFormat.JSON, json(bytes, 0), null);
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
            return new DecodedValue.Failed(e.getMessage(), bytes, e.entry == null ? null : e.entry.ref());
        }
    }

    private DecodedValue detect(byte[] bytes) throws DecodeException, FramedFailure {
        int id = WireFormat.schemaId(bytes).orElse(-1);
        // Ids start at 1 in Confluent and Apicurio; a zero id is a number that happens to start with 0, not a frame.
        if (id > 0) {
            return framed(bytes, id);
        }
        if (Bytes.looksLikeJson(bytes)) {
            try {
                return new DecodedValue.Decoded(DataFormat.JSON, json(bytes, 0), null);
            } catch (DecodeException notJson) {
                // Text that starts with a brace: fall through.
            }
        }
        String text = Bytes.utf8Text(bytes);
        if (text != null) {
            return new DecodedValue.Decoded(DataFormat.TEXT, text, null);
        }
        return new DecodedValue.Decoded(DataFormat.HEX, HexFormat.of().formatHex(bytes), null);
    }

    private DecodedValue framed(byte[] bytes, int id) throws DecodeException, FramedFailure {
        RegistrySchemas.Entry entry = schemas.byId(id);
        return switch (entry.schemaType()) {
            case "AVRO" -> avro(bytes, WireFormat.HEADER_SIZE, entry);
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
    private DecodedValue forcedAvro(byte[] bytes, FormatChoice choice) throws DecodeException, FramedFailure {
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
        return avro(bytes, embedded > 0 ? WireFormat.HEADER_SIZE : 0, entry);
    }

    private DecodedValue avro(byte[] bytes, int offset, RegistrySchemas.Entry entry) throws FramedFailure {
        cursor.reset(bytes, offset, bytes.length - offset);
        Object tree;
        try {
            tree = entry.reader().read(cursor);
            if (!cursor.atEnd()) {
                throw new FramedFailure("does not match schema " + entry.ref().describe() + ": bytes are left "
                        + "over after the record", entry);
            }
        } catch (EOFException e) {
            throw new FramedFailure("truncated: the body ends before the record of schema "
                    + entry.ref().describe() + " does", entry);
        } catch (IOException | RuntimeException e) {
            throw new FramedFailure("does not match schema " + entry.ref().describe() + ": " + describe(e), entry);
        }
        return new DecodedValue.Decoded(DataFormat.AVRO, tree, entry.ref());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Object json(byte[] bytes, int offset) throws DecodeException {
        try {
            return JSON.readValue(bytes, offset, bytes.length - offset, Object.class);
        } catch (JsonProcessingException e) {
            throw new DecodeException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DecodeException("not valid JSON: " + e.getMessage());
        }
    }

    /** A framed record whose schema is known but whose body does not decode: the failure names the schema. */
    private static final class FramedFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RegistrySchemas.Entry entry;

        FramedFailure(String reason, RegistrySchemas.Entry entry) {
            super(reason, null, false, false);
            this.entry = entry;
        }
    }
}
