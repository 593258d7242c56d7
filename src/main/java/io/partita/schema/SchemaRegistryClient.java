package io.partita.schema;

import io.partita.model.CompatibilityResult;
import io.partita.model.RegisteredSchema;
import java.util.List;
import java.util.Optional;

/**
 * Confluent Schema Registry REST API (also Apicurio's {@code /apis/ccompat/v7}). Every call is synchronous,
 * bounded by the client's request timeout, and safe to call from any thread except the FX thread.
 * Failures are {@link RegistryException}s whose {@link RegistryException#kind()} says what went wrong.
 */
public interface SchemaRegistryClient {

    List<String> subjects();

    List<Integer> versions(String subject);

    /** Cached: ids are immutable in a registry. */
    RegisteredSchema schemaById(int id);

    /** @param version a version number, or "latest" */
    RegisteredSchema schema(String subject, String version);

    /** Registers (or finds) the schema under the subject; returns its global id. */
    int register(String subject, String schema, String schemaType);

    /** The already registered version of this exact schema, if any. */
    Optional<RegisteredSchema> lookup(String subject, String schema, String schemaType);

    /** Checks against {@code version} ("latest" or a number) with verbose reasons. */
    CompatibilityResult checkCompatibility(String subject, String version, String schema, String schemaType);

    /** Compatibility level of a subject, or the global one when {@code subject} is null. */
    String compatibilityLevel(String subject);

    void setCompatibilityLevel(String subject, String level);

    /**
     * The subjects and versions that hold schema {@code id} ({@code GET /schemas/ids/{id}/versions}); empty when
     * the registry knows none. Used to name the schema a message was written with.
     */
    List<RegisteredSchema> subjectVersionsOf(int id);

    /** The base URL the client talks to (no trailing slash). */
    String baseUrl();
}
