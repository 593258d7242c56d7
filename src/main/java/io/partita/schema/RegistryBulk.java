package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.partita.model.RegisteredSchema;
import io.partita.schema.RegistryException.Kind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The latest schema of many subjects at once, for the subjects list. */
final class RegistryBulk {

    private final RegistryHttp http;
    /** Cleared the first time the registry says it has no {@code GET /schemas} (Apicurio, old Confluent). */
    private volatile boolean listEndpoint = true;

    RegistryBulk(RegistryHttp http) {
        this.http = http;
    }

    Map<String, RegisteredSchema> latestSchemas(List<String> subjects) {
        Map<String, RegisteredSchema> found = new LinkedHashMap<>();
        if (listEndpoint && !subjects.isEmpty()) {
            fromListEndpoint(new HashSet<>(subjects), found);
        }
        List<String> missing = subjects.stream().filter(s -> !found.containsKey(s)).toList();
        List<RegistryHttp.Fetched> answers = http.getAll(missing.stream()
                .map(s -> SubjectPaths.subject(s) + "/versions/latest").toList(), RegistryLevels.PARALLEL);
        RegistryException firstError = null;
        for (RegistryHttp.Fetched answer : answers) {
            if (answer.error() == null) {
                RegisteredSchema schema = RegistryJson.schema(answer.json(), answer.path(), 0, http.baseUrl());
                found.put(schema.subject(), schema);
            } else if (answer.error().kind() != Kind.NOT_FOUND && firstError == null) {
                firstError = answer.error();
            }
        }
        if (found.isEmpty() && firstError != null) {
            throw firstError;
        }
        Map<String, RegisteredSchema> ordered = new LinkedHashMap<>();
        subjects.stream().filter(found::containsKey).forEach(s -> ordered.put(s, found.get(s)));
        return ordered;
    }

    /** Confluent 7+: every subject's latest schema in one answer. */
    private void fromListEndpoint(Set<String> wanted, Map<String, RegisteredSchema> found) {
        JsonNode node;
        try {
            node = http.get("/schemas?latestOnly=true");
        } catch (RegistryException e) {
            // Apicurio 3.0 answers 404 with an empty body; older Confluent 404 with an error; some proxies 405.
            if (e.httpStatus() == 404 || e.httpStatus() == 405) {
                listEndpoint = false;
                return;
            }
            throw e;
        }
        if (!node.isArray()) {
            listEndpoint = false;
            return;
        }
        for (JsonNode item : node) {
            RegisteredSchema schema = RegistryJson.schema(item, "/schemas", 0, http.baseUrl());
            if (schema.subject() != null && wanted.contains(schema.subject())) {
                found.merge(schema.subject(), schema, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
    }
}
