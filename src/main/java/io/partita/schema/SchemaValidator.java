package io.partita.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.AvroRuntimeException;

/**
 * Checks a schema text locally, the way the registry will: Avro with Avro's own parser, JSON Schema as JSON.
 * Protobuf has no parser here and is left to the registry. Pure and thread-safe; fast enough to run on every
 * keystroke for schemas of a few hundred kilobytes.
 */
public final class SchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names Avro's messages mention: quoted, after "field", or the text after the last colon. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("field ([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([^\\s:{}\\[\\],\"]+)\\s*$");

    private SchemaValidator() {
    }

    /** Whether {@link #check} can judge this type locally (Protobuf: no). */
    public static boolean checksLocally(String schemaType) {
        String type = normalize(schemaType);
        return type.equals("AVRO") || type.equals("JSON");
    }

    /**
     * @param referenced texts of referenced schemas, dependencies first (Avro only)
     * @return the first problem, empty when the text is valid (or the type cannot be checked here)
     */
    public static Optional<SchemaProblem> check(String schemaType, String text, List<String> referenced) {
        if (text == null || text.isBlank()) {
            return Optional.of(new SchemaProblem("the schema is empty", -1, 0, 0, true));
        }
        return switch (normalize(schemaType)) {
            case "AVRO" -> checkAvro(text, referenced);
            case "JSON" -> checkJson(text);
            default -> Optional.empty();
        };
    }

    private static Optional<SchemaProblem> checkAvro(String text, List<String> referenced) {
        try {
            AvroSchemas.parseRaw(text, referenced);
            return Optional.empty();
        } catch (AvroRuntimeException e) {
            JsonProcessingException syntax = syntaxCause(e);
            if (syntax != null) {
                return Optional.of(located(text, syntax));
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(near(text, message));
        }
    }

    private static Optional<SchemaProblem> checkJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject() && !node.isBoolean()) {
                return Optional.of(new SchemaProblem("a JSON Schema is an object (or true/false)", 0, 1, 1, true));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(located(text, e));
        }
    }

    private static JsonProcessingException syntaxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** Jackson knows the position; its message repeats it with "REDACTED" source noise, so only the reason is kept. */
    private static SchemaProblem located(String text, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String reason = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        reason = reason.replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "").replaceAll("\\s+", " ").strip();
        if (where == null || where.getLineNr() < 1) {
            return new SchemaProblem(reason, -1, 0, 0, true);
        }
        int offset = offsetOf(text, where.getLineNr(), where.getColumnNr());
        return new SchemaProblem(reason, offset, where.getLineNr(), where.getColumnNr(), true);
    }

    /** Avro's semantic errors carry no position: find the first name the message mentions, as a JSON string. */
    private static SchemaProblem near(String text, String message) {
        for (String candidate : candidates(message)) {
            int offset = text.indexOf("\"" + candidate + "\"");
            if (offset >= 0) {
                int[] lineColumn = lineColumn(text, offset + 1);
                return new SchemaProblem(message, offset + 1, lineColumn[0], lineColumn[1], false);
            }
        }
        return new SchemaProblem(message, -1, 0, 0, false);
    }

    static List<String> candidates(String message) {
        List<String> names = new ArrayList<>();
        Matcher field = FIELD.matcher(message);
        if (field.find()) {
            names.add(field.group(1));
        }
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        Matcher last = AFTER_COLON.matcher(message);
        if (last.find()) {
            String name = last.group(1);
            names.add(name);
            // "Can't redefine: demo.Order" names the full name; the text has the short one.
            if (name.contains(".")) {
                names.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static String normalize(String schemaType) {
        return schemaType == null || schemaType.isBlank() ? "AVRO" : schemaType.strip().toUpperCase(Locale.ROOT);
    }
}
