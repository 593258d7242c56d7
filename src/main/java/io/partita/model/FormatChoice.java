package io.partita.model;

import java.util.Locale;

/**
 * How to read a key or a value: detected per record ({@link Mode#AUTO}) or forced.
 *
 * @param subject  for forced Avro: the subject whose latest version is the writer schema (or null)
 * @param schemaId for forced Avro: the writer schema's id (wins over the subject), or null
 */
public record FormatChoice(Mode mode, String subject, Integer schemaId) {

    public enum Mode { AUTO, AVRO, JSON, TEXT, HEX, INT32, INT64, FLOAT64 }

    public static final FormatChoice AUTO = new FormatChoice(Mode.AUTO, null, null);

    public FormatChoice {
        mode = mode == null ? Mode.AUTO : mode;
        subject = subject == null || subject.isBlank() ? null : subject.strip();
    }

    public static FormatChoice of(Mode mode) {
        return new FormatChoice(mode, null, null);
    }

    /**
     * Parses {@code auto}, {@code avro}, {@code avro:subject=NAME}, {@code avro:id=N}, {@code json}, {@code text},
     * {@code string}, {@code hex}, {@code int32}, {@code int64}, {@code double}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static FormatChoice parse(String text) {
        String s = text == null ? "" : text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("avro:subject=")) {
            return new FormatChoice(Mode.AVRO, s.substring("avro:subject=".length()), null);
        }
        if (lower.startsWith("avro:id=")) {
            try {
                return new FormatChoice(Mode.AVRO, null, Integer.parseInt(s.substring("avro:id=".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': the schema id must be a number");
            }
        }
        return switch (lower) {
            case "auto" -> AUTO;
            case "avro" -> of(Mode.AVRO);
            case "json" -> of(Mode.JSON);
            case "text", "string", "utf8", "utf-8" -> of(Mode.TEXT);
            case "hex", "bytes" -> of(Mode.HEX);
            case "int32", "int" -> of(Mode.INT32);
            case "int64", "long" -> of(Mode.INT64);
            case "double", "float64" -> of(Mode.FLOAT64);
            default -> throw new IllegalArgumentException("unknown format '" + text + "': use auto, avro, "
                    + "avro:subject=NAME, avro:id=N, json, text, hex, int32, int64 or double");
        };
    }

    @Override
    public String toString() {
        if (mode == Mode.AVRO && schemaId != null) {
            return "avro:id=" + schemaId;
        }
        if (mode == Mode.AVRO && subject != null) {
            return "avro:subject=" + subject;
        }
        return mode == Mode.FLOAT64 ? "double" : mode.name().toLowerCase(Locale.ROOT);
    }
}
