package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SchemaChange;
import io.partita.model.SchemaChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroDiffTest {

    private static List<SchemaChange> diff(String fieldsBefore, String fieldsAfter) {
        return AvroDiff.between(AvroSchemas.parse(record(fieldsBefore)), AvroSchemas.parse(record(fieldsAfter)));
    }

    private static String record(String fields) {
        return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"t\",\"fields\":[" + fields + "]}";
    }

    private static final String ID = "{\"name\":\"id\",\"type\":\"string\"}";

    @Test
    void addedFieldIsNamedWithItsTypeAndDefault() {
        List<SchemaChange> changes = diff(ID, ID + ",{\"name\":\"note\",\"type\":\"string\",\"default\":\"x\"}");

        assertThat(changes).containsExactly(new SchemaChange(Kind.FIELD_ADDED, "Order.note", null,
                "string, default \"x\""));
    }

    @Test
    void removedFieldIsNamed() {
        List<SchemaChange> changes = diff(ID + ",{\"name\":\"qty\",\"type\":\"int\"}", ID);

        assertThat(changes).containsExactly(new SchemaChange(Kind.FIELD_REMOVED, "Order.qty", "int, no default", null));
    }

    @Test
    void typeChangeShowsBothTypes() {
        List<SchemaChange> changes = diff("{\"name\":\"qty\",\"type\":\"int\"}", "{\"name\":\"qty\",\"type\":\"long\"}");

        assertThat(changes).containsExactly(new SchemaChange(Kind.TYPE_CHANGED, "Order.qty", "int", "long"));
    }

    @Test
    void optionalFieldIsATypeChangeToAUnion() {
        List<SchemaChange> changes = diff("{\"name\":\"n\",\"type\":\"string\"}",
                "{\"name\":\"n\",\"type\":[\"null\",\"string\"],\"default\":null}");

        assertThat(changes).extracting(SchemaChange::kind).containsExactly(Kind.TYPE_CHANGED, Kind.DEFAULT_ADDED);
        assertThat(changes.get(0).after()).isEqualTo("union[null, string]");
        assertThat(changes.get(1).after()).isEqualTo("null");
    }

    @Test
    void defaultChangesAreTold() {
        List<SchemaChange> changes = diff("{\"name\":\"c\",\"type\":\"string\",\"default\":\"EUR\"}",
                "{\"name\":\"c\",\"type\":\"string\",\"default\":\"USD\"}");

        assertThat(changes).containsExactly(new SchemaChange(Kind.DEFAULT_CHANGED, "Order.c", "\"EUR\"", "\"USD\""));
    }

    @Test
    void removedDefaultIsTold() {
        List<SchemaChange> changes = diff("{\"name\":\"c\",\"type\":\"int\",\"default\":0}",
                "{\"name\":\"c\",\"type\":\"int\"}");

        assertThat(changes).containsExactly(new SchemaChange(Kind.DEFAULT_REMOVED, "Order.c", "0", null));
    }

    @Test
    void enumSymbolsAddedAndRemovedAreListed() {
        String before = "{\"name\":\"s\",\"type\":{\"type\":\"enum\",\"name\":\"S\",\"symbols\":[\"A\",\"B\"]}}";
        String after = "{\"name\":\"s\",\"type\":{\"type\":\"enum\",\"name\":\"S\",\"symbols\":[\"A\",\"C\"]}}";

        assertThat(diff(before, after)).containsExactly(
                new SchemaChange(Kind.SYMBOL_ADDED, "Order.s", null, "C"),
                new SchemaChange(Kind.SYMBOL_REMOVED, "Order.s", "B", null));
    }

    @Test
    void nestedRecordFieldsHaveDottedPaths() {
        String before = "{\"name\":\"a\",\"type\":{\"type\":\"record\",\"name\":\"Addr\",\"fields\":["
                + "{\"name\":\"city\",\"type\":\"string\"}]}}";
        String after = "{\"name\":\"a\",\"type\":{\"type\":\"record\",\"name\":\"Addr\",\"fields\":["
                + "{\"name\":\"city\",\"type\":\"string\"},{\"name\":\"zip\",\"type\":[\"null\",\"string\"],"
                + "\"default\":null}]}}";

        assertThat(diff(before, after)).extracting(SchemaChange::path).containsExactly("Order.a.zip");
    }

    @Test
    void arrayItemsAndUnionBranchesAreWalked() {
        String before = "{\"name\":\"xs\",\"type\":{\"type\":\"array\",\"items\":[\"null\",\"int\"]}}";
        String after = "{\"name\":\"xs\",\"type\":{\"type\":\"array\",\"items\":[\"null\",\"int\",\"string\"]}}";

        assertThat(diff(before, after)).containsExactly(
                new SchemaChange(Kind.BRANCH_ADDED, "Order.xs[]", null, "string"));
    }

    @Test
    void fieldRenamedWithAnAliasIsARenameNotAnAddAndRemove() {
        List<SchemaChange> changes = diff("{\"name\":\"qty\",\"type\":\"int\"}",
                "{\"name\":\"quantity\",\"type\":\"int\",\"aliases\":[\"qty\"]}");

        assertThat(changes).extracting(SchemaChange::kind).containsExactly(Kind.FIELD_RENAMED, Kind.ALIASES_CHANGED);
        assertThat(changes.get(0).before()).isEqualTo("qty");
    }

    @Test
    void reorderedFieldsAreNoChange() {
        String a = "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}";
        String b = "{\"name\":\"b\",\"type\":\"int\"},{\"name\":\"a\",\"type\":\"int\"}";

        assertThat(diff(a, b)).isEmpty();
    }

    @Test
    void logicalTypeChangeIsTold() {
        List<SchemaChange> changes = diff("{\"name\":\"t\",\"type\":\"long\"}",
                "{\"name\":\"t\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}");

        assertThat(changes).containsExactly(new SchemaChange(Kind.LOGICAL_TYPE_CHANGED, "Order.t", "none",
                "timestamp-millis"));
    }

    @Test
    void recursiveSchemasAreComparedWithoutLooping() {
        String node = "{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"children\",\"type\":"
                + "{\"type\":\"array\",\"items\":\"Node\"}}%s]}";
        List<SchemaChange> changes = AvroDiff.between(AvroSchemas.parse(node.formatted("")),
                AvroSchemas.parse(node.formatted(",{\"name\":\"label\",\"type\":\"string\",\"default\":\"\"}")));

        assertThat(changes).extracting(SchemaChange::path).containsExactly("Node.label");
    }

    @Test
    void describeSaysWhatChangedInWords() {
        SchemaChange change = new SchemaChange(Kind.TYPE_CHANGED, "Order.qty", "int", "long");

        assertThat(change.describe()).isEqualTo("Order.qty: type changed from int to long");
    }
}
