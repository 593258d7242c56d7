package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partita.model.CompatibilityResult;
import io.partita.model.Credentials;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegistryConfig;
import io.partita.schema.RegistryException.Kind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link SchemaRegistryClient} over java.net.http + Jackson, for Confluent Schema Registry and Apicurio's
 * {@code /apis/ccompat/v7}. Thread-safe. Every call is synchronous and bounded by the request timeout given to
 * {@link #create}; creating the client does no network I/O.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    /** The levels Confluent defines; checked here because Apicurio answers a bad level with a bare HTTP 500. */
    public static final Set<String> COMPATIBILITY_LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE",
            "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

    private static final int SCHEMA_CACHE_SIZE = 1000;

    private final RegistryHttp http;
    private final SchemaCache byId = new SchemaCache(SCHEMA_CACHE_SIZE);

    private HttpSchemaRegistryClient(RegistryHttp http) {
        this.http = http;
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
        RegistryAuthHeader auth = RegistryAuthHeader.of(config, credentials == null ? Credentials.none() : credentials);
        return new HttpSchemaRegistryClient(new RegistryHttp(baseUrl, auth, requestTimeout, new ObjectMapper()));
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
    public List<String> subjects() {
        return list(http.get("/subjects"), "/subjects", "subject names", JsonNode::isTextual, JsonNode::asText);
    }

    @Override
    public List<Integer> versions(String subject) {
        String path = subjectPath(subject) + "/versions";
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
    public RegisteredSchema schema(String subject, String version) {
        String path = subjectPath(subject) + versionPath(version);
        try {
            return RegistryJson.schema(http.get(path), path, 0, baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, version);
        }
    }

    @Override
    public int register(String subject, String schema, String schemaType) {
        String path = subjectPath(subject) + "/versions";
        try {
            JsonNode node = http.post(path, schemaBody(schema, schemaType));
            return RegistryJson.requiredInt(node, "id", path, baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, null);
        }
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, String schema, String schemaType) {
        String path = subjectPath(subject);
        try {
            JsonNode node = http.post(path, schemaBody(schema, schemaType));
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
    public CompatibilityResult checkCompatibility(String subject, String version, String schema, String schemaType) {
        String path = "/compatibility" + subjectPath(subject) + versionPath(version) + "?verbose=true";
        try {
            return RegistryJson.compatibility(http.post(path, schemaBody(schema, schemaType)), path, baseUrl());
        } catch (RegistryException e) {
            throw notFound(e, subject, version);
        }
    }

    @Override
    public String compatibilityLevel(String subject) {
        if (subject == null) {
            return RegistryJson.level(http.get("/config"), "/config", baseUrl());
        }
        // defaultToGlobal makes both registries answer the effective level: without it Confluent answers 404
        // (40408) for a subject that inherits, and Apicurio answers NONE whatever the global level is.
        String path = "/config/" + encode(subject) + "?defaultToGlobal=true";
        try {
            return RegistryJson.level(http.get(path), path, baseUrl());
        } catch (RegistryException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return compatibilityLevel(null);
            }
            throw e;
        }
    }

    @Override
    public void setCompatibilityLevel(String subject, String level) {
        String normalized = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        if (!COMPATIBILITY_LEVELS.contains(normalized)) {
            throw new IllegalArgumentException("unknown compatibility level '" + level + "'; use one of "
                    + String.join(", ", COMPATIBILITY_LEVELS.stream().sorted().toList()));
        }
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        // Confluent's documented request field is "compatibility"; Apicurio rejects "compatibilityLevel" here.
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("compatibility", normalized);
        RegistryJson.level(http.put(path, body), path, baseUrl());
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

    private static ObjectNode schemaBody(String schema, String schemaType) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("schema", schema);
        // AVRO is the default; leaving it out keeps registries that predate schemaType happy.
        if (schemaType != null && !schemaType.isBlank() && !schemaType.equalsIgnoreCase("AVRO")) {
            body.put("schemaType", schemaType.toUpperCase(Locale.ROOT));
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

    private static String subjectPath(String subject) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a subject name is required");
        }
        return "/subjects/" + encode(subject);
    }

    private static String versionPath(String version) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a version is required: a number or \"latest\"");
        }
        return "/versions/" + encode(version.strip());
    }

    /** Path-segment encoding: URLEncoder is for forms, so its '+' for a space must become %20. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
