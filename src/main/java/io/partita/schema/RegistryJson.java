package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.partita.model.CompatibilityResult;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.schema.RegistryException.Kind;
import java.util.ArrayList;
import java.util.List;

/** Reads the registry's JSON answers into model records; a wrong shape is a BAD_RESPONSE naming the URL. */
final class RegistryJson {

    private RegistryJson() {
    }

    /**
     * A schema answer: {@code /schemas/ids/{id}} (no subject, version or id in the body), or
     * {@code /subjects/{s}/versions/{v}} and lookup (all of them).
     *
     * @param knownId the id asked for, or 0 when the body must carry it
     */
    static RegisteredSchema schema(JsonNode node, String path, int knownId, String baseUrl) {
        if (!node.isObject() || !node.path("schema").isTextual()) {
            throw wrongShape(path, baseUrl, "an object with a \"schema\" text");
        }
        int id = knownId != 0 ? knownId : requiredInt(node, "id", path, baseUrl);
        String subject = node.path("subject").isTextual() ? node.get("subject").asText() : null;
        int version = node.path("version").asInt(0);
        String type = node.path("schemaType").isTextual() ? node.get("schemaType").asText() : null;
        return new RegisteredSchema(id, subject, version, type, node.get("schema").asText(), references(node));
    }

    private static List<SchemaReference> references(JsonNode node) {
        List<SchemaReference> refs = new ArrayList<>();
        for (JsonNode ref : node.path("references")) {
            refs.add(new SchemaReference(ref.path("name").asText(null), ref.path("subject").asText(null),
                    ref.path("version").asInt(0)));
        }
        return refs;
    }

    static int requiredInt(JsonNode node, String field, String path, String baseUrl) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw wrongShape(path, baseUrl, "an object with a numeric \"" + field + "\"");
        }
        return value.asInt();
    }

    /** {@code is_compatible} plus the reasons; Apicurio 3.0 sends no {@code messages} even with verbose=true. */
    static CompatibilityResult compatibility(JsonNode node, String path, String baseUrl) {
        JsonNode flag = node.path("is_compatible");
        if (!flag.isBoolean()) {
            throw wrongShape(path, baseUrl, "an object with a boolean \"is_compatible\"");
        }
        List<String> messages = new ArrayList<>();
        for (JsonNode message : node.path("messages")) {
            messages.add(message.isTextual() ? message.asText() : message.toString());
        }
        return new CompatibilityResult(flag.asBoolean(), messages);
    }

    /** Confluent answers GET with {@code compatibilityLevel} and PUT with {@code compatibility}; accept both. */
    static String level(JsonNode node, String path, String baseUrl) {
        for (String field : List.of("compatibilityLevel", "compatibility")) {
            if (node.path(field).isTextual()) {
                return node.get(field).asText();
            }
        }
        throw wrongShape(path, baseUrl, "an object with \"compatibilityLevel\"");
    }

    /** A JSON array whose every element passes {@code isItem}, else BAD_RESPONSE naming what was expected. */
    static <T> List<T> list(JsonNode node, String path, String baseUrl, String items,
                            java.util.function.Predicate<JsonNode> isItem, java.util.function.Function<JsonNode, T> item) {
        if (!node.isArray()) {
            throw wrongShape(path, baseUrl, "a JSON array of " + items);
        }
        List<T> result = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!isItem.test(element)) {
                throw wrongShape(path, baseUrl, "a JSON array of " + items);
            }
            result.add(item.apply(element));
        }
        return List.copyOf(result);
    }

    static RegistryException wrongShape(String path, String baseUrl, String expected) {
        return new RegistryException(Kind.BAD_RESPONSE, baseUrl + path + " answered JSON that is not what a "
                + "Confluent-compatible registry sends (expected " + expected + ") — is the URL right?");
    }
}
