package io.partita.schema;

import io.partita.model.CompatibilityResult;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluent Schema Registry REST API (also Apicurio's {@code /apis/ccompat/v7}). Every call is synchronous,
 * bounded by the client's request timeout (bulk calls: by it per request), and safe to call from any thread except
 * the FX thread. Failures are {@link RegistryException}s whose {@link RegistryException#kind()} says what went wrong.
 * This is the raw API: read-only profiles are enforced one layer up, in the registry service.
 */
public interface SchemaRegistryClient {

    default List<String> subjects() {
        return subjects(false);
    }

    /** @param includeDeleted also soft-deleted subjects */
    List<String> subjects(boolean includeDeleted);

    default List<Integer> versions(String subject) {
        return versions(subject, false);
    }

    /** @param includeDeleted also soft-deleted versions */
    List<Integer> versions(String subject, boolean includeDeleted);

    /** Cached: ids are immutable in a registry. */
    RegisteredSchema schemaById(int id);

    /** @param version a version number, or "latest" */
    default RegisteredSchema schema(String subject, String version) {
        return schema(subject, version, false);
    }

    /** @param includeDeleted also finds a soft-deleted version (Apicurio: not when the whole subject is deleted) */
    RegisteredSchema schema(String subject, String version, boolean includeDeleted);

    /**
     * The latest version of each subject, asked efficiently: one {@code GET /schemas?latestOnly=true} where the
     * registry has it (Confluent 7+), else one request per subject with a few in flight at once. Subjects that
     * vanished meanwhile are left out; fails only when none could be read.
     */
    Map<String, RegisteredSchema> latestSchemas(List<String> subjects);

    default int register(String subject, String schema, String schemaType) {
        return register(subject, schema, schemaType, List.of());
    }

    /** Registers (or finds) the schema under the subject; returns its global id. */
    int register(String subject, String schema, String schemaType, List<SchemaReference> references);

    /** The already registered version of this exact schema, if any. */
    Optional<RegisteredSchema> lookup(String subject, String schema, String schemaType);

    default CompatibilityResult checkCompatibility(String subject, String version, String schema, String schemaType) {
        return checkCompatibility(subject, version, schema, schemaType, List.of());
    }

    /** Checks against {@code version} ("latest" or a number) with verbose reasons (Apicurio sends none). */
    CompatibilityResult checkCompatibility(String subject, String version, String schema, String schemaType,
                                           List<SchemaReference> references);

    /** Global ids of the schemas that reference this version. */
    List<Integer> referencedBy(String subject, int version);

    /** The schema types the registry accepts (AVRO, JSON, PROTOBUF). */
    List<String> schemaTypes();

    /**
     * Deletes a whole subject: soft (its versions hidden, ids kept) or, after a soft delete, permanently.
     *
     * @return the versions deleted
     */
    List<Integer> deleteSubject(String subject, boolean permanent);

    /** Deletes one version: soft, or permanently after a soft delete. @return the version deleted */
    int deleteVersion(String subject, int version, boolean permanent);

    /** Effective compatibility level of a subject (its own, else the global one), or the global one for null. */
    String compatibilityLevel(String subject);

    /** The level set on the subject itself; empty when it inherits the global level. */
    Optional<String> subjectCompatibilityLevel(String subject);

    /** Effective level of each subject, a few requests in flight at once; unreadable subjects are left out. */
    Map<String, String> compatibilityLevels(List<String> subjects);

    /** Sets the level of a subject, or the global one when {@code subject} is null. */
    void setCompatibilityLevel(String subject, String level);

    /**
     * The subjects and versions that hold schema {@code id} ({@code GET /schemas/ids/{id}/versions}); empty when
     * the registry knows none. Used to name the schema a message was written with.
     */
    List<RegisteredSchema> subjectVersionsOf(int id);

    /** Removes the subject's own level so the global one applies again. */
    void deleteCompatibilityLevel(String subject);

    /** Which registry answers, where Confluent and Apicurio differ in meaning. */
    RegistryFlavor flavor();

    /** The base URL the client talks to (no trailing slash). */
    String baseUrl();
}
