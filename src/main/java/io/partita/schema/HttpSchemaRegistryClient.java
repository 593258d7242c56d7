package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partita.model.CompatibilityResult;
import io.partita.model.Credentials;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.model.RegistryConfig;
import io.partita.schema.RegistryException.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link SchemaRegistryClient} over java.net.http + Jackson, for Confluent Schema Registry and Apicurio's
 * {@code /apis/ccompat/v7}. Thread-safe. Every call is synchronous and bounded by the request timeout given to
 * {@link #create}; creating the client does no network I/O.
 *
 * <p>Apicurio 3.0.9 differences found against the real thing, and how they are handled:
 * <ul>
 * <li>{@code GET /config/{subject}} answers NONE for a subject without its own level (Confluent: 404), and a
 *     subject set to NONE does not override a stricter global level (its rule is simply absent). Effective levels
 *     are asked with {@code ?defaultToGlobal=true}; a subject's own NONE counts as "inherits" on Apicurio.</li>
 * <li>{@code PUT /config} accepts only {@code {"compatibility": …}}; {@code DELETE /config} (global) is 405.</li>
 * <li>{@code POST /compatibility/…?verbose=true} returns only {@code is_compatible}, no messages; a refused
 *     register (409) does name the differences. The registry service explains locally with Avro's own
 *     SchemaCompatibility, labelled as such.</li>
 * <li>Lookup answers omit {@code schemaType}; the type asked for is filled in.</li>
 * <li>Error messages talk about "artifacts" and "groups"; not-found and conflict errors are reworded.</li>
 * <li>Soft-delete state errors (40404–40407) come as HTTP 409 (Confluent: 404); both map to CONFLICT.</li>
 * <li>{@code GET /schemas?latestOnly=true} does not exist (404 without body): latest versions are fetched per
 *     subject instead.</li>
 * <li>A version of a soft-deleted subject cannot be read, even with {@code ?deleted=true} (404).</li>
 * <li>A JSON Schema without {@code $schema} is refused ("Failed to discover artifact type") — 422.</li>
 * </ul>
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    /** The levels Confluent defines; checked here because Apicurio answers a bad level with a bare HTTP 500. */
    public static final Set<String> COMPATIBILITY_LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE",
            "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

    private static final int SCHEMA_CACHE_SIZE = 1000;

    private final RegistryHttp http;
    private final RegistryFlavor flavor;
    private final RegistryLevels levels;
    private final RegistryBulk bulk;
    private final SchemaCache byId = new SchemaCache(SCHEMA_CACHE_SIZE);

    private HttpSchemaRegistryClient(RegistryHttp http) {
        this.http = http;
        this.flavor = RegistryFlavor.of(http.baseUrl());
        this.levels = new RegistryLevels(http, flavor);
        this.bulk = new RegistryBulk(http);
    }

    /** @param requestTimeout bound on every request (connect + answer) */
    public static SchemaRegistryClient create(RegistryConfig config, Credentials credentials, Duration requestTimeout) {
        if (config == null || !config.isConfigured()) {
            throw new IllegalArgumentException("no schema registry URL configured");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the registry request timeout must be positive, was " + requestTimeout);
        }
        String baseUrl = normalize(config.url());
        Credentials secrets = credentials == null ? Credentials.none() : credentials;
        RegistryAuthHeader auth = RegistryAuthHeader.of(config, secrets);
        RegistryTls tls = RegistryTls.of(config, secrets);
        return new HttpSchemaRegistryClient(new RegistryHttp(baseUrl, auth, tls, requestTimeout, new ObjectMapper()));
    }

    private static String normalize(String url) {
        String base = url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the registry URL '" + url + "' is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the registry URL must look like http://host:port/..., was '" + url + "'");
        }
        return base;
    }

    @Override
    public String baseUrl() {
        return http.baseUrl();
    }

    @Override
    public RegistryFlavor flavor() {
        return flavor;
    }

    @Override
    public List<String> subjects(boolean includeDeleted) {
        String path = "/subjects" + (includeDeleted ? "?deleted=true" : "");
        return list(http.get(path), path, "subject names", JsonNode::isTextual, JsonNode::asText);
    }

    @Override
    public List<Integer> versions(String subject, boolean includeDeleted) {
        String path = SubjectPaths.subject(subject) + "/versions" + (includeDeleted ? "?deleted=true" : "");
        try {
            return list(http.get(path), path, "version numbers", JsonNode::isIntegralNumber, JsonNode::asInt);
        } catch (RegistryException e) {
            throw notFound(e, subject, null);
        }
    }

    @Override
    public RegisteredSchema schemaById(int id) {
        Optional<RegisteredSchema> cached = byId.get(id);
        if (cached.isPresent()) {
            return cached.get();
        }
        String path = "/schemas/ids/" + id;
        JsonNode node;
        try {
            node = http.get(path);
        } catch (RegistryException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
            throw new RegistryException(Kind.NOT_FOUND, "schema id " + id + " not found in the registry at "
                    + baseUrl(), e.httpStatus(), e.errorCode(), e);
        }
        RegisteredSchema schema = RegistryJson.schema(node, path, id, baseUrl());
        byId.put(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema schema(String subject, String version, boolean includeDeleted) {
        String path = SubjectPaths.subject(subject) + SubjectPaths.version(version)
                + (includeDeleted ? "?deleted=true" : "");
        try {
            return RegistryJson.schema(http.get(path), path, 0, baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, version);
        }
    }

    @Override
    public Map<String, RegisteredSchema> latestSchemas(List<String> subjects) {
        return bulk.latestSchemas(subjects);
    }

    @Override
    public int register(String subject, String schema, String schemaType, List<SchemaReference> references) {
        String path = SubjectPaths.subject(subject) + "/versions";
        try {
            JsonNode node = http.post(path, schemaBody(schema, schemaType, references));
            return RegistryJson.requiredInt(node, "id", path, baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, null);
        }
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, String schema, String schemaType) {
        String path = SubjectPaths.subject(subject);
        try {
            JsonNode node = http.post(path, schemaBody(schema, schemaType, List.of()));
            RegisteredSchema found = RegistryJson.schema(node, path, 0, baseUrl());
            // Apicurio leaves schemaType out of lookup answers; the type asked for is the type found.
            return Optional.of(node.has("schemaType") || schemaType == null ? found : new RegisteredSchema(found.id(),
                    found.subject(), found.version(), schemaType, found.schema(), found.references()));
        } catch (RegistryException e) {
            // 40401 (no such subject) and 40403 (not under this subject) both mean "not registered here".
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CompatibilityResult checkCompatibility(String subject, String version, String schema, String schemaType,
                                                  List<SchemaReference> references) {
        String path = "/compatibility" + SubjectPaths.subject(subject) + SubjectPaths.version(version)
                + "?verbose=true";
        try {
            return RegistryJson.compatibility(http.post(path, schemaBody(schema, schemaType, references)), path,
                    baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, version);
        }
    }

    @Override
    public List<Integer> referencedBy(String subject, int version) {
        String path = SubjectPaths.subject(subject) + SubjectPaths.version(String.valueOf(version)) + "/referencedby";
        try {
            return list(http.get(path), path, "schema ids", JsonNode::isIntegralNumber, JsonNode::asInt);
        } catch (RegistryException e) {
            throw notFound(e, subject, String.valueOf(version));
        }
    }

    @Override
    public List<String> schemaTypes() {
        return list(http.get("/schemas/types"), "/schemas/types", "type names", JsonNode::isTextual, JsonNode::asText);
    }

    @Override
    public List<RegisteredSchema> subjectVersionsOf(int id) {
        String path = "/schemas/ids/" + id + "/versions";
        RegisteredSchema schema = schemaById(id);
        JsonNode node = http.get(path);
        if (!node.isArray()) {
            throw RegistryJson.wrongShape(path, baseUrl(), "a JSON array of subject versions");
        }
        List<RegisteredSchema> result = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (element.path("subject").isTextual() && element.path("version").isIntegralNumber()) {
                result.add(new RegisteredSchema(id, element.get("subject").asText(), element.get("version").asInt(),
                        schema.schemaType(), schema.schema(), schema.references()));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        String path = SubjectPaths.subject(subject) + (permanent ? "?permanent=true" : "");
        try {
            return list(http.delete(path), path, "version numbers", JsonNode::isIntegralNumber, JsonNode::asInt);
        } catch (RegistryException e) {
            throw notFound(e, subject, null);
        }
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        String path = SubjectPaths.subject(subject) + SubjectPaths.version(String.valueOf(version))
                + (permanent ? "?permanent=true" : "");
        try {
            JsonNode node = http.delete(path);
            if (!node.isIntegralNumber()) {
                throw RegistryJson.wrongShape(path, baseUrl(), "the deleted version number");
            }
            return node.asInt();
        } catch (RegistryException e) {
            throw notFound(e, subject, String.valueOf(version));
        }
    }

    @Override
    public String compatibilityLevel(String subject) {
        return levels.effective(subject);
    }

    @Override
    public Optional<String> subjectCompatibilityLevel(String subject) {
        return levels.own(subject);
    }

    @Override
    public Map<String, String> compatibilityLevels(List<String> subjects) {
        return levels.effectiveAll(subjects);
    }

    @Override
    public void setCompatibilityLevel(String subject, String level) {
        levels.set(subject, level);
    }

    @Override
    public void deleteCompatibilityLevel(String subject) {
        levels.delete(subject);
    }

    private static ObjectNode schemaBody(String schema, String schemaType, List<SchemaReference> references) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("schema", schema);
        // AVRO is the default; leaving it out keeps registries that predate schemaType happy.
        if (schemaType != null && !schemaType.isBlank() && !schemaType.equalsIgnoreCase("AVRO")) {
            body.put("schemaType", schemaType.toUpperCase(Locale.ROOT));
        }
        if (references != null && !references.isEmpty()) {
            ArrayNode refs = body.putArray("references");
            for (SchemaReference ref : references) {
                refs.addObject().put("name", ref.name()).put("subject", ref.subject()).put("version", ref.version());
            }
        }
        return body;
    }

    private <T> List<T> list(JsonNode node, String path, String items, Predicate<JsonNode> isItem,
                             Function<JsonNode, T> item) {
        if (!node.isArray()) {
            throw RegistryJson.wrongShape(path, baseUrl(), "a JSON array of " + items);
        }
        List<T> result = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!isItem.test(element)) {
                throw RegistryJson.wrongShape(path, baseUrl(), "a JSON array of " + items);
            }
            result.add(item.apply(element));
        }
        return List.copyOf(result);
    }

    /** Rewrites the registry's own not-found text (Apicurio talks of "artifacts") in the user's terms. */
    private RegistryException notFound(RegistryException e, String subject, String version) {
        if (e.kind() != Kind.NOT_FOUND) {
            return e;
        }
        String what = switch (e.errorCode()) {
            case 40401 -> "subject '" + subject + "'";
            case 40402 -> "version " + version + " of subject '" + subject + "'";
            default -> null;
        };
        return what == null ? e : new RegistryException(Kind.NOT_FOUND, what + " not found in the registry at "
                + baseUrl(), e.httpStatus(), e.errorCode(), e);
    }
}
