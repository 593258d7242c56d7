package io.partita.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partita.schema.RegistryException.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Compatibility levels: global, per subject, effective; where Confluent and Apicurio answer differently. */
final class RegistryLevels {

    /** Enough to hide latency on a remote registry without looking like a flood to it. */
    static final int PARALLEL = 8;

    private final RegistryHttp http;
    private final RegistryFlavor flavor;

    RegistryLevels(RegistryHttp http, RegistryFlavor flavor) {
        this.http = http;
        this.flavor = flavor;
    }

    String global() {
        return RegistryJson.level(http.get("/config"), "/config", http.baseUrl());
    }

    String effective(String subject) {
        if (subject == null) {
            return global();
        }
        // defaultToGlobal makes both registries answer the effective level: without it Confluent answers 404
        // (40408) for a subject that inherits, and Apicurio answers NONE whatever the global level is.
        String path = effectivePath(subject);
        try {
            return RegistryJson.level(http.get(path), path, http.baseUrl());
        } catch (RegistryException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return global();
            }
            throw e;
        }
    }

    Optional<String> own(String subject) {
        String path = SubjectPaths.config(subject);
        String level;
        try {
            level = RegistryJson.level(http.get(path), path, http.baseUrl());
        } catch (RegistryException e) {
            // Confluent: 40408 "subject level compatibility not configured" (40401 on older versions).
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        // Apicurio answers NONE for "no rule on this subject", and a subject rule of NONE never loosens the global
        // one there, so NONE means "inherits" on Apicurio. On Confluent NONE set on a subject is a real override.
        if (flavor == RegistryFlavor.APICURIO && level.equals("NONE")) {
            return Optional.empty();
        }
        return Optional.of(level);
    }

    Map<String, String> effectiveAll(List<String> subjects) {
        List<RegistryHttp.Fetched> answers = http.getAll(
                subjects.stream().map(RegistryLevels::effectivePath).toList(), PARALLEL);
        Map<String, String> result = new LinkedHashMap<>();
        String global = null;
        RegistryException firstError = null;
        for (int i = 0; i < answers.size(); i++) {
            RegistryHttp.Fetched answer = answers.get(i);
            if (answer.error() == null) {
                result.put(subjects.get(i), RegistryJson.level(answer.json(), answer.path(), http.baseUrl()));
            } else if (answer.error().kind() == Kind.NOT_FOUND) {
                global = global == null ? global() : global;
                result.put(subjects.get(i), global);
            } else if (firstError == null) {
                firstError = answer.error();
            }
        }
        if (result.isEmpty() && firstError != null) {
            throw firstError;
        }
        return result;
    }

    void set(String subject, String level) {
        String normalized = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        if (!HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.contains(normalized)) {
            throw new IllegalArgumentException("unknown compatibility level '" + level + "'; use one of "
                    + String.join(", ", HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.stream().sorted().toList()));
        }
        String path = SubjectPaths.config(subject);
        // Confluent's documented request field is "compatibility"; Apicurio rejects "compatibilityLevel" here.
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("compatibility", normalized);
        RegistryJson.level(http.put(path, body), path, http.baseUrl());
    }

    void delete(String subject) {
        if (subject == null) {
            throw new IllegalArgumentException("the global level cannot be removed, only set (Apicurio answers 405)");
        }
        try {
            http.delete(SubjectPaths.config(subject));
        } catch (RegistryException e) {
            // Nothing set on the subject: it already inherits, which is what was asked.
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    private static String effectivePath(String subject) {
        return SubjectPaths.config(subject) + "?defaultToGlobal=true";
    }
}
