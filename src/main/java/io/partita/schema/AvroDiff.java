package io.partita.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.SchemaChange;
import io.partita.model.SchemaChange.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;

/**
 * Structural differences between two Avro schemas, on Avro's own model: fields added, removed or renamed (by
 * alias), type and logical type changes, defaults, enum symbols, union branches, fixed sizes, names, docs.
 * Fields are matched by name, so reordering alone is no change. Recursive types are walked once. Pure.
 */
public final class AvroDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SchemaChange> changes = new ArrayList<>();
    /** Named type pairs already compared: recursive schemas (a tree node holding nodes) would loop forever. */
    private final Set<String> visited = new HashSet<>();

    private AvroDiff() {
    }

    /** The changes from {@code before} to {@code after}, in schema order. */
    public static List<SchemaChange> between(Schema before, Schema after) {
        AvroDiff diff = new AvroDiff();
        diff.compare(before, after, before.getType() == Schema.Type.RECORD ? before.getName() : "(root)");
        return List.copyOf(diff.changes);
    }

    private void compare(Schema a, Schema b, String path) {
        if (a.getType() != b.getType()) {
            add(Kind.TYPE_CHANGED, path, typeName(a), typeName(b));
            return;
        }
        if (!Objects.equals(logical(a), logical(b))) {
            add(Kind.LOGICAL_TYPE_CHANGED, path, Objects.toString(logical(a), "none"), Objects.toString(logical(b), "none"));
        }
        if (isNamed(a)) {
            if (!visited.add(a.getFullName() + "->" + b.getFullName())) {
                return;
            }
            compareNamed(a, b, path);
        }
        switch (a.getType()) {
            case RECORD -> compareFields(a, b, path);
            case ENUM -> compareSymbols(a, b, path);
            case FIXED -> {
                if (a.getFixedSize() != b.getFixedSize()) {
                    add(Kind.SIZE_CHANGED, path, String.valueOf(a.getFixedSize()), String.valueOf(b.getFixedSize()));
                }
            }
            case ARRAY -> compare(a.getElementType(), b.getElementType(), path + "[]");
            case MAP -> compare(a.getValueType(), b.getValueType(), path + "{}");
            case UNION -> compareBranches(a, b, path);
            default -> {
            }
        }
    }

    private void compareNamed(Schema a, Schema b, String path) {
        if (!a.getFullName().equals(b.getFullName())) {
            add(Kind.NAME_CHANGED, path, a.getFullName(), b.getFullName());
        }
        if (!new TreeSet<>(a.getAliases()).equals(new TreeSet<>(b.getAliases()))) {
            add(Kind.ALIASES_CHANGED, path, new TreeSet<>(a.getAliases()).toString(), new TreeSet<>(b.getAliases()).toString());
        }
        if (!Objects.equals(a.getDoc(), b.getDoc())) {
            add(Kind.DOC_CHANGED, path, a.getDoc(), b.getDoc());
        }
        compareProps(a.getObjectProps(), b.getObjectProps(), path);
    }

    private void compareFields(Schema a, Schema b, String path) {
        Map<String, Field> remaining = new LinkedHashMap<>();
        a.getFields().forEach(f -> remaining.put(f.name(), f));
        for (Field newField : b.getFields()) {
            String fieldPath = path + "." + newField.name();
            Field oldField = remaining.remove(newField.name());
            if (oldField == null) {
                oldField = renamedFrom(newField, remaining);
                if (oldField != null) {
                    remaining.remove(oldField.name());
                    add(Kind.FIELD_RENAMED, fieldPath, oldField.name(), newField.name());
                }
            }
            if (oldField == null) {
                add(Kind.FIELD_ADDED, fieldPath, null, fieldSummary(newField));
            } else {
                compareField(oldField, newField, fieldPath);
            }
        }
        for (Field removed : remaining.values()) {
            add(Kind.FIELD_REMOVED, path + "." + removed.name(), fieldSummary(removed), null);
        }
    }

    /** A new field that lists an old field's name among its aliases is that field renamed. */
    private static Field renamedFrom(Field newField, Map<String, Field> remaining) {
        for (String alias : newField.aliases()) {
            if (remaining.containsKey(alias)) {
                return remaining.get(alias);
            }
        }
        return null;
    }

    private void compareField(Field a, Field b, String path) {
        compare(a.schema(), b.schema(), path);
        String oldDefault = a.hasDefaultValue() ? defaultText(a) : null;
        String newDefault = b.hasDefaultValue() ? defaultText(b) : null;
        if (oldDefault == null && newDefault != null) {
            add(Kind.DEFAULT_ADDED, path, null, newDefault);
        } else if (oldDefault != null && newDefault == null) {
            add(Kind.DEFAULT_REMOVED, path, oldDefault, null);
        } else if (oldDefault != null && !oldDefault.equals(newDefault)) {
            add(Kind.DEFAULT_CHANGED, path, oldDefault, newDefault);
        }
        if (a.order() != b.order()) {
            add(Kind.ORDER_CHANGED, path, a.order().name(), b.order().name());
        }
        if (!new TreeSet<>(a.aliases()).equals(new TreeSet<>(b.aliases()))) {
            add(Kind.ALIASES_CHANGED, path, new TreeSet<>(a.aliases()).toString(), new TreeSet<>(b.aliases()).toString());
        }
        if (!Objects.equals(a.doc(), b.doc())) {
            add(Kind.DOC_CHANGED, path, a.doc(), b.doc());
        }
        compareProps(a.getObjectProps(), b.getObjectProps(), path);
    }

    private void compareSymbols(Schema a, Schema b, String path) {
        for (String symbol : b.getEnumSymbols()) {
            if (!a.getEnumSymbols().contains(symbol)) {
                add(Kind.SYMBOL_ADDED, path, null, symbol);
            }
        }
        for (String symbol : a.getEnumSymbols()) {
            if (!b.getEnumSymbols().contains(symbol)) {
                add(Kind.SYMBOL_REMOVED, path, symbol, null);
            }
        }
        if (!Objects.equals(a.getEnumDefault(), b.getEnumDefault())) {
            String before = a.getEnumDefault();
            String after = b.getEnumDefault();
            add(before == null ? Kind.DEFAULT_ADDED : after == null ? Kind.DEFAULT_REMOVED : Kind.DEFAULT_CHANGED,
                    path, before, after);
        }
    }

    private void compareBranches(Schema a, Schema b, String path) {
        Map<String, Schema> oldBranches = branches(a);
        Map<String, Schema> newBranches = branches(b);
        for (Map.Entry<String, Schema> branch : newBranches.entrySet()) {
            Schema old = oldBranches.get(branch.getKey());
            if (old == null) {
                add(Kind.BRANCH_ADDED, path, null, branch.getKey());
            } else {
                compare(old, branch.getValue(), path + "<" + branch.getKey() + ">");
            }
        }
        oldBranches.keySet().stream().filter(k -> !newBranches.containsKey(k))
                .forEach(k -> add(Kind.BRANCH_REMOVED, path, k, null));
    }

    /** Union branches keyed the way Avro tells them apart: by full name for named types, by type otherwise. */
    private static Map<String, Schema> branches(Schema union) {
        Map<String, Schema> byKey = new LinkedHashMap<>();
        for (Schema branch : union.getTypes()) {
            byKey.put(isNamed(branch) ? branch.getFullName() : branch.getType().getName(), branch);
        }
        return byKey;
    }

    private void compareProps(Map<String, Object> a, Map<String, Object> b, String path) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.remove("logicalType");
        for (String key : keys) {
            String before = a.containsKey(key) ? json(a.get(key)) : null;
            String after = b.containsKey(key) ? json(b.get(key)) : null;
            if (!Objects.equals(before, after)) {
                add(Kind.PROPERTY_CHANGED, path + " @" + key, Objects.toString(before, "(none)"),
                        Objects.toString(after, "(none)"));
            }
        }
    }

    private static String fieldSummary(Field field) {
        return typeName(field.schema()) + (field.hasDefaultValue() ? ", default " + defaultText(field) : ", no default");
    }

    /** Short readable type: {@code string}, {@code demo.Address}, {@code array<int>}, {@code union[null, string]}. */
    static String typeName(Schema schema) {
        String logical = logical(schema);
        String base = switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getFullName();
            case ARRAY -> "array<" + typeName(schema.getElementType()) + ">";
            case MAP -> "map<" + typeName(schema.getValueType()) + ">";
            case UNION -> "union" + schema.getTypes().stream().map(AvroDiff::typeName).toList();
            default -> schema.getType().getName();
        };
        return logical == null ? base : base + " (" + logical + ")";
    }

    private static String logical(Schema schema) {
        return schema.getLogicalType() == null ? null : schema.getLogicalType().getName();
    }

    private static boolean isNamed(Schema schema) {
        Schema.Type type = schema.getType();
        return type == Schema.Type.RECORD || type == Schema.Type.ENUM || type == Schema.Type.FIXED;
    }

    private static String defaultText(Field field) {
        return json(field.defaultVal());
    }

    /** Avro hands defaults out as Java values (its own NULL, maps, lists, byte arrays); shown as JSON. */
    private static String json(Object value) {
        if (value == null || value == JsonProperties.NULL_VALUE) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            value = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private void add(Kind kind, String path, String before, String after) {
        changes.add(new SchemaChange(kind, path, before, after));
    }
}
