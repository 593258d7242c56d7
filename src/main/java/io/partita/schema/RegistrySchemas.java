package io.partita.schema;

import io.partita.model.FormatChoice;
import io.partita.model.RegisteredSchema;
import io.partita.model.SchemaRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Writer schemas for decoding, by registry id or subject, each parsed once and kept with its datum reader.
 * Failures are cached too, briefly: a browse over a million records while the registry is down asks it about
 * each missing id once every few seconds, not once per record. Thread-safe; registry calls are bounded by the
 * registry client's request timeout and are made on the caller's (reader) thread, never under a lock.
 */
public final class RegistrySchemas {

    /** An id the registry does not know may be registered later: ask again after this long. */
    static final long NOT_FOUND_RETRY_NANOS = 30_000_000_000L;
    /** A registry that is down or slow: ask again after this long. */
    static final long UNREACHABLE_RETRY_NANOS = 5_000_000_000L;
    private static final long SUBJECT_REFRESH_NANOS = 30_000_000_000L;
    /** How the reason of a record that could not be decoded for want of the registry starts. */
    public static final String UNAVAILABLE = "schema registry unavailable: ";
    private static final String NOT_CONFIGURED = "but no schema registry is configured";

    private final SchemaRegistryClient registry;
    private final LongSupplier nanoTime;
    private final Map<Integer, Object> byId = new ConcurrentHashMap<>();
    private final Map<String, Object> bySubject = new ConcurrentHashMap<>();

    /** @param registry null when the profile has no registry: every framed record then fails with that reason */
    public RegistrySchemas(SchemaRegistryClient registry) {
        this(registry, System::nanoTime);
    }

    RegistrySchemas(SchemaRegistryClient registry, LongSupplier nanoTime) {
        this.registry = registry;
        this.nanoTime = nanoTime;
    }

    /** A parsed writer schema and its reader. {@code schemaType} is AVRO, JSON or PROTOBUF. */
    record Entry(SchemaRef ref, String schemaType, Schema avro, TreeDatumReader reader) {
    }

    private record Failure(String reason, long until) {
    }

    /** Whether a record's failure reason says the registry could not be asked (down, wrong URL, none configured). */
    public static boolean isRegistryProblem(String reason) {
        return reason.startsWith(UNAVAILABLE) || reason.endsWith(NOT_CONFIGURED);
    }

    public boolean hasRegistry() {
        return registry != null;
    }

    Entry byId(int id) throws DecodeException {
        Object cached = byId.get(id);
        if (cached instanceof Entry entry) {
            return entry;
        }
        if (cached instanceof Failure failure && failure.until - nanoTime.getAsLong() > 0) {
            throw new DecodeException(failure.reason);
        }
        if (registry == null) {
            throw new DecodeException("framed with schema id " + id + ", " + NOT_CONFIGURED);
        }
        try {
            RegisteredSchema schema = registry.schemaById(id);
            Entry entry = entry(schema, new SchemaRef(id, null, 0), name(id));
            byId.put(id, entry);
            return entry;
        } catch (RegistryException e) {
            throw remember(byId, id, e);
        }
    }

    /** The latest version of {@code subject}; looked up again every 30 s so a new version is picked up. */
    Entry latest(String subject) throws DecodeException {
        Object cached = bySubject.get(subject);
        if (cached instanceof Failure failure && failure.until - nanoTime.getAsLong() > 0) {
            throw new DecodeException(failure.reason);
        }
        if (cached instanceof TimedEntry timed && timed.until - nanoTime.getAsLong() > 0) {
            return timed.entry;
        }
        if (registry == null) {
            throw new DecodeException("subject " + subject + " chosen, " + NOT_CONFIGURED);
        }
        try {
            RegisteredSchema schema = registry.schema(subject, "latest");
            Entry entry = byId.get(schema.id()) instanceof Entry known ? known
                    : entry(schema, new SchemaRef(schema.id(), subject, schema.version()), null);
            byId.putIfAbsent(schema.id(), entry);
            bySubject.put(subject, new TimedEntry(entry, nanoTime.getAsLong() + SUBJECT_REFRESH_NANOS));
            return entry;
        } catch (RegistryException e) {
            throw remember(bySubject, subject, e);
        }
    }

    private record TimedEntry(Entry entry, long until) {
    }

    /**
     * Looks up, ahead of the records, the writer schema a read will most likely need, so that its first records do
     * not wait for the registry on the decoder threads (two round trips for an id met in a record: the schema, then
     * its subject and version; 50–75 ms against the sandbox's registry, paid by the first read of each session).
     * For a detected format: the latest version of {@code defaultSubject} (the topic's subject under the usual
     * naming, "TOPIC-value"; null: none); for forced Avro: the id or subject chosen. Best effort and silent: a
     * default subject that is missing or a registry that is down is not remembered (the records say what they need,
     * and their decoding reports it); a forced choice's failure is remembered as its decoding's would be.
     */
    public void prefetch(FormatChoice choice, String defaultSubject) {
        if (registry == null) {
            return;
        }
        try {
            if (choice.mode() == FormatChoice.Mode.AUTO && defaultSubject != null) {
                RegisteredSchema schema = registry.schema(defaultSubject, "latest");
                if (!(byId.get(schema.id()) instanceof Entry)) {
                    Entry entry = entry(schema, new SchemaRef(schema.id(), defaultSubject, schema.version()), null);
                    byId.compute(schema.id(), (id, known) -> known instanceof Entry ? known : entry);
                }
            } else if (choice.mode() == FormatChoice.Mode.AVRO && choice.schemaId() != null) {
                byId(choice.schemaId());
            } else if (choice.mode() == FormatChoice.Mode.AVRO && choice.subject() != null) {
                latest(choice.subject());
            }
        } catch (DecodeException | RuntimeException e) {
            // Ahead of need only: the decoding asks again when a record needs this schema.
        }
    }

    private <K> DecodeException remember(Map<K, Object> cache, K key, RegistryException e) {
        boolean notFound = e.kind() == RegistryException.Kind.NOT_FOUND;
        String reason = notFound ? (key instanceof Integer ? "unknown schema id " + key + ": " : "")
                + e.getMessage() : UNAVAILABLE + e.getMessage();
        long retry = notFound ? NOT_FOUND_RETRY_NANOS : UNREACHABLE_RETRY_NANOS;
        cache.put(key, new Failure(reason, nanoTime.getAsLong() + retry));
        return new DecodeException(reason);
    }

    private Entry entry(RegisteredSchema schema, SchemaRef ref, SchemaRef named) throws DecodeException {
        SchemaRef finalRef = named != null ? named : ref;
        if (!"AVRO".equalsIgnoreCase(schema.schemaType())) {
            return new Entry(finalRef, schema.schemaType().toUpperCase(java.util.Locale.ROOT), null, null);
        }
        try {
            Schema.Parser parser = new Schema.Parser();
            parseReferences(parser, schema.references(), 0);
            Schema avro = parser.parse(schema.schema());
            return new Entry(finalRef, "AVRO", avro, new TreeDatumReader(avro));
        } catch (SchemaParseException | IllegalArgumentException | RegistryException e) {
            throw new DecodeException("schema id " + schema.id() + " is not a usable Avro schema: " + e.getMessage());
        }
    }

    /** Referenced schemas are parsed first, depth first, so their named types are known to the main schema. */
    private void parseReferences(Schema.Parser parser, List<RegisteredSchema.SchemaReference> references, int depth) {
        if (depth > 10) {
            throw new IllegalArgumentException("schema references nest deeper than 10 levels");
        }
        for (RegisteredSchema.SchemaReference reference : references) {
            RegisteredSchema referenced = registry.schema(reference.subject(), String.valueOf(reference.version()));
            parseReferences(parser, referenced.references(), depth + 1);
            parser.parse(referenced.schema());
        }
    }

    /** Subject and version of an id, best effort: a registry that cannot say leaves them unknown. */
    private SchemaRef name(int id) {
        try {
            List<RegisteredSchema> versions = registry.subjectVersionsOf(id);
            if (!versions.isEmpty()) {
                return new SchemaRef(id, versions.get(0).subject(), versions.get(0).version());
            }
        } catch (RegistryException | UnsupportedOperationException e) {
            // Naming is a courtesy; the schema itself was found.
        }
        return new SchemaRef(id, null, 0);
    }
}
