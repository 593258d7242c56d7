package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Union values as people write them: the plain value ({@code "shipping": {"city": "Lyon"}}, {@code "coupon": null})
 * or Avro's tagged form ({@code "coupon": {"string": "SPRING"}}). A plain value goes to the first branch, in schema
 * order, whose JSON kind matches exactly (string → string/enum, number → int/long/float/double, object →
 * record/map, array → array); then to any other branch that accepts it (logical types, bytes).
 */
final class AvroUnionInput {

    private AvroUnionInput() {
    }

    static Object convert(Schema union, JsonNode node, String path) {
        List<Schema> branches = union.getTypes();
        if (node == null || node.isNull()) {
            if (branches.stream().anyMatch(b -> b.getType() == Schema.Type.NULL)) {
                return null;
            }
            throw JsonToAvro.mismatch(union, node, path);
        }
        Schema tagged = taggedBranch(branches, node);
        if (tagged != null) {
            return JsonToAvro.convert(tagged, node.elements().next(), path);
        }
        List<Schema> exact = new ArrayList<>();
        List<Schema> others = new ArrayList<>();
        for (Schema b : branches) {
            if (b.getType() != Schema.Type.NULL) {
                (exactKind(b, node) ? exact : others).add(b);
            }
        }
        AvroJsonException closest = null;
        for (List<Schema> pass : List.of(exact, others)) {
            for (Schema branch : pass) {
                try {
                    return JsonToAvro.convert(branch, node, path);
                } catch (AvroJsonException e) {
                    if (closest == null && deeper(e, path)) {
                        closest = e;
                    }
                }
            }
        }
        // One record branch got an object and failed inside it: its error says more than "expected one of …".
        if (closest != null && exact.size() == 1) {
            throw closest;
        }
        throw JsonToAvro.mismatch(union, node, path);
    }

    private static boolean deeper(AvroJsonException e, String path) {
        return e.path().length() > path.length();
    }

    /**
     * {@code {"string": "x"}} or {@code {"io.partita.demo.Address": {...}}} (the simple name also works): a one-key
     * object naming a branch. When a record branch has a field of that name, the object is that record instead.
     */
    private static Schema taggedBranch(List<Schema> branches, JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return null;
        }
        String tag = node.fieldNames().next();
        if (recordWithField(branches, tag)) {
            return null;
        }
        for (Schema b : branches) {
            boolean named = b.getType() == Schema.Type.RECORD || b.getType() == Schema.Type.ENUM
                    || b.getType() == Schema.Type.FIXED;
            if (named ? tag.equals(b.getFullName()) || tag.equals(b.getName()) : tag.equals(b.getType().getName())) {
                return b;
            }
        }
        return null;
    }

    private static boolean recordWithField(List<Schema> branches, String field) {
        return branches.stream().anyMatch(b -> b.getType() == Schema.Type.RECORD && b.getField(field) != null);
    }

    private static boolean exactKind(Schema b, JsonNode node) {
        if (b.getLogicalType() != null && !"uuid".equals(b.getLogicalType().getName())) {
            return false;
        }
        return switch (b.getType()) {
            case STRING, ENUM -> node.isTextual();
            case INT, LONG -> node.isIntegralNumber();
            case FLOAT, DOUBLE -> node.isNumber();
            case BOOLEAN -> node.isBoolean();
            case RECORD, MAP -> node.isObject();
            case ARRAY -> node.isArray();
            default -> false;
        };
    }
}
