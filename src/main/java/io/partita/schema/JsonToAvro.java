package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Walks a JSON tree along an Avro schema and builds the raw Avro datum (no logical-type conversions needed to
 * write it). Unions take plain values (the first branch in schema order that fits, exact JSON kinds first) and
 * also Avro's own tagged form {@code {"string": "x"}}. Every mismatch is an {@link AvroJsonException} naming the
 * path. Stateless.
 */
final class JsonToAvro {

    private JsonToAvro() {
    }

    static Object convert(Schema schema, JsonNode node, String path) {
        if (schema.getLogicalType() != null && node != null && !node.isNull()) {
            Object logical = logical(schema, node, path);
            if (logical != AvroLogicalInput.UNKNOWN) {
                return logical;
            }
        }
        return switch (schema.getType()) {
            case NULL -> require(node == null || node.isNull(), null, schema, node, path);
            case BOOLEAN -> require(is(node, JsonNode::isBoolean), node == null ? null : node.booleanValue(),
                    schema, node, path);
            case INT -> require(is(node, n -> n.isIntegralNumber() && n.canConvertToInt()),
                    node == null ? null : node.intValue(), schema, node, path);
            case LONG -> require(is(node, n -> n.isIntegralNumber() && n.canConvertToLong()),
                    node == null ? null : node.longValue(), schema, node, path);
            case FLOAT -> floating(schema, node, path, true);
            case DOUBLE -> floating(schema, node, path, false);
            case STRING -> require(is(node, JsonNode::isTextual), node == null ? null : node.asText(), schema, node, path);
            case BYTES -> ByteBuffer.wrap(bytes(schema, node, path));
            case FIXED -> fixed(schema, node, path);
            case ENUM -> enumSymbol(schema, node, path);
            case ARRAY -> array(schema, node, path);
            case MAP -> map(schema, node, path);
            case RECORD -> record(schema, node, path);
            case UNION -> AvroUnionInput.convert(schema, node, path);
        };
    }

    /** The type as people read it in a message: {@code int}, {@code record Order}, {@code decimal(10,2) (…)}. */
    static String expected(Schema schema) {
        if (schema.getLogicalType() != null && AvroLogicalInput.expected(schema) != null
                && !schema.getLogicalType().getName().equals(AvroLogicalInput.expected(schema))) {
            return AvroLogicalInput.expected(schema);
        }
        return switch (schema.getType()) {
            case RECORD -> "record " + schema.getName() + " (a JSON object)";
            case ENUM -> "enum " + schema.getName() + " (one of " + String.join(", ", schema.getEnumSymbols()) + ")";
            case FIXED -> "fixed " + schema.getName() + " (" + schema.getFixedSize() + " bytes as text, or "
                    + "{\"hex\": …} / {\"base64\": …})";
            case BYTES -> "bytes (text, or {\"hex\": …} / {\"base64\": …})";
            case ARRAY -> "array of " + shortName(schema.getElementType());
            case MAP -> "map of " + shortName(schema.getValueType()) + " (a JSON object)";
            case UNION -> "one of " + String.join(", ", schema.getTypes().stream().map(JsonToAvro::shortName).toList());
            default -> schema.getType().getName();
        };
    }

    static String shortName(Schema schema) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getName();
            case ARRAY -> "array";
            case MAP -> "map";
            default -> schema.getType().getName();
        };
    }

    /** How a JSON value looks in a message: {@code string "abc"}, {@code number 12}, {@code an object}. */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String t = node.asText();
            return "string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (node.isNumber()) {
            return "number " + node.asText();
        }
        if (node.isBoolean()) {
            return "boolean " + node.asText();
        }
        return node.isArray() ? "an array" : "an object";
    }

    static AvroJsonException mismatch(Schema schema, JsonNode node, String path) {
        return new AvroJsonException(path, expected(schema), found(node));
    }

    private static Object logical(Schema schema, JsonNode node, String path) {
        String problem = AvroLogicalInput.decimalProblem(schema, node);
        if (problem != null) {
            throw new AvroJsonException(path, AvroLogicalInput.expected(schema), problem);
        }
        Object value = AvroLogicalInput.convert(schema, node);
        if (value == null) {
            throw mismatch(schema, node, path);
        }
        return value;
    }

    private static boolean is(JsonNode node, java.util.function.Predicate<JsonNode> test) {
        return node != null && test.test(node);
    }

    private static Object require(boolean ok, Object value, Schema schema, JsonNode node, String path) {
        if (!ok) {
            throw mismatch(schema, node, path);
        }
        return value;
    }

    private static Object floating(Schema schema, JsonNode node, String path, boolean single) {
        double v;
        if (is(node, JsonNode::isNumber)) {
            v = node.doubleValue();
        } else if (is(node, JsonNode::isTextual) && List.of("NaN", "Infinity", "-Infinity").contains(node.asText())) {
            v = Double.parseDouble(node.asText());
        } else {
            throw mismatch(schema, node, path);
        }
        return single ? (Object) (float) v : (Object) v;
    }

    private static byte[] bytes(Schema schema, JsonNode node, String path) {
        if (is(node, JsonNode::isTextual)) {
            String text = node.asText();
            // Avro's own JSON encoding: one char per byte (ISO-8859-1). Text beyond that is taken as UTF-8.
            boolean latin1 = text.chars().allMatch(c -> c <= 0xFF);
            return text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        if (is(node, n -> n.isObject() && n.size() == 1 && (n.has("hex") || n.has("base64")))) {
            try {
                return node.has("hex") ? PayloadEncoder.hex(node.get("hex").asText())
                        : PayloadEncoder.base64(node.get("base64").asText());
            } catch (IllegalArgumentException e) {
                throw new AvroJsonException(path, expected(schema), e.getMessage());
            }
        }
        throw mismatch(schema, node, path);
    }

    private static Object fixed(Schema schema, JsonNode node, String path) {
        byte[] b = bytes(schema, node, path);
        if (b.length != schema.getFixedSize()) {
            throw new AvroJsonException(path, expected(schema), b.length + " bytes");
        }
        return new GenericData.Fixed(schema, b);
    }

    private static Object enumSymbol(Schema schema, JsonNode node, String path) {
        if (!is(node, JsonNode::isTextual) || !schema.hasEnumSymbol(node.asText())) {
            throw mismatch(schema, node, path);
        }
        return new GenericData.EnumSymbol(schema, node.asText());
    }

    private static Object array(Schema schema, JsonNode node, String path) {
        if (!is(node, JsonNode::isArray)) {
            throw mismatch(schema, node, path);
        }
        List<Object> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(convert(schema.getElementType(), node.get(i), path + "[" + i + "]"));
        }
        return new GenericData.Array<>(schema, items);
    }

    private static Object map(Schema schema, JsonNode node, String path) {
        if (!is(node, JsonNode::isObject)) {
            throw mismatch(schema, node, path);
        }
        Map<String, Object> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), convert(schema.getValueType(), e.getValue(), child(path, e.getKey())));
        }
        return map;
    }

    private static Object record(Schema schema, JsonNode node, String path) {
        if (!is(node, JsonNode::isObject)) {
            throw mismatch(schema, node, path);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (schema.getField(name) == null) {
                throw new AvroJsonException(child(path, name), "no such field in record " + schema.getName()
                        + " (fields: " + String.join(", ", schema.getFields().stream().map(Schema.Field::name).toList())
                        + ")", true);
            }
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = node.get(field.name());
            String fieldPath = child(path, field.name());
            if (value == null && field.hasDefaultValue()) {
                record.put(field.pos(), GenericData.get().deepCopy(field.schema(), GenericData.get().getDefaultValue(field)));
            } else if (value == null && !nullable(field.schema())) {
                throw new AvroJsonException(fieldPath, "missing field of type " + shortName(field.schema())
                        + " (it has no default)", true);
            } else {
                record.put(field.pos(), convert(field.schema(), value, fieldPath));
            }
        }
        return record;
    }

    private static boolean nullable(Schema schema) {
        return schema.getType() == Schema.Type.NULL || schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
    }

    static String child(String path, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name
                : path + "[\"" + name.replace("\"", "\\\"") + "\"]";
    }
}
