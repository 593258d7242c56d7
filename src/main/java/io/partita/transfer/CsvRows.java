package io.partita.transfer;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.SchemaRef;
import io.partita.schema.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattened CSV rows: metadata columns, then one column per nested value field ({@code value.customer.id};
 * arrays stay JSON text in one cell). The value columns are fixed by the first records written; fields that show
 * up later go, as JSON, into the last column so no data is dropped.
 */
final class CsvRows {

    static final List<String> FIXED = List.of("topic", "partition", "offset", "timestamp", "timestampType",
            "keyFormat", "valueFormat", "valueSchemaId", "key", "headers", "error");
    static final String OTHER = "value (other fields)";

    private final List<String> valueColumns;

    private CsvRows(List<String> valueColumns) {
        this.valueColumns = valueColumns;
    }

    /** Columns from the union of the given records' value fields, in order of first appearance. */
    static CsvRows forRecords(List<DecodedMessage> first) {
        Set<String> columns = new LinkedHashSet<>();
        for (DecodedMessage m : first) {
            Object tree = tree(m.value());
            if (tree instanceof Map<?, ?>) {
                flatten("value", tree, new LinkedHashMap<>()).keySet().forEach(columns::add);
            } else {
                columns.add("value");
            }
        }
        return new CsvRows(List.copyOf(columns));
    }

    List<String> header() {
        List<String> all = new ArrayList<>(FIXED);
        all.addAll(valueColumns);
        all.add(OTHER);
        return all;
    }

    List<String> row(DecodedMessage decoded) {
        KafkaMessage m = decoded.message();
        SchemaRef schema = decoded.value().schemaRef();
        List<String> cells = new ArrayList<>(FIXED.size() + valueColumns.size() + 1);
        cells.add(m.topic());
        cells.add(String.valueOf(m.partition()));
        cells.add(String.valueOf(m.offset()));
        cells.add(m.instant() == null ? "" : m.instant().toString());
        cells.add(m.timestampType().name());
        cells.add(decoded.key().format().id());
        cells.add(decoded.value().format().id());
        cells.add(schema == null ? "" : String.valueOf(schema.id()));
        cells.add(cell(ValueJson.jsonValue(decoded.key())));
        cells.add(m.headers().isEmpty() ? "" : ValueJson.compact(ValueJson.headers(m.headers())));
        String error = ValueJson.error(decoded);
        cells.add(error == null ? "" : error);
        Object tree = tree(decoded.value());
        Map<String, Object> flat = tree instanceof Map<?, ?> ? flatten("value", tree, new LinkedHashMap<>())
                : new LinkedHashMap<>(Map.of("value", cellValue(decoded)));
        for (String column : valueColumns) {
            cells.add(flat.containsKey(column) ? cell(flat.remove(column)) : "");
        }
        cells.add(flat.isEmpty() ? "" : ValueJson.compact(flat));
        return cells;
    }

    private static Object cellValue(DecodedMessage decoded) {
        Object plain = ValueJson.jsonValue(decoded.value());
        return plain == null ? "" : plain;
    }

    private static Object tree(DecodedValue value) {
        return value instanceof DecodedValue.Decoded d ? d.value() : null;
    }

    private static Map<String, Object> flatten(String prefix, Object tree, Map<String, Object> out) {
        if (tree instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> flatten(prefix + "." + k, v, out));
        } else {
            out.put(prefix, tree);
        }
        return out;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return ValueJson.compact(value);
        }
        if (value instanceof java.math.BigDecimal decimal) {
            // As in JSON Lines and the table: 1000 for a decimal of scale -3, not 1E+3 (exponents past scale 9,999).
            return ValueJson.decimalText(decimal);
        }
        return value.toString();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static void append(StringBuilder line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                line.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                line.append(c);
            }
        }
        line.append("\r\n");
    }
}
