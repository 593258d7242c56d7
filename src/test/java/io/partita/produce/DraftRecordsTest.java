package io.partita.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.HeaderDraft;
import io.partita.model.OutgoingRecord;
import io.partita.model.PayloadDraft;
import io.partita.model.ProduceFormat;
import io.partita.model.RecordDraft;
import io.partita.model.RegisteredSchema;
import io.partita.schema.WireFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DraftRecordsTest {

    private static final String SCHEMA = """
            {"type":"record","name":"R","fields":[{"name":"n","type":"int"}]}""";

    private final List<String> lookups = new ArrayList<>();
    private final DraftRecords.SchemaLookup registry = (subject, version) -> {
        lookups.add(subject + "@" + version);
        return new RegisteredSchema(7, subject, 1, "AVRO", SCHEMA, List.of());
    };

    private DraftRecords prepare(RecordDraft draft, long count) {
        return DraftRecords.prepare(draft, count, registry, new Random(1), Clock.systemUTC());
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void placeholdersDifferPerCopyInKeyValueAndHeaders() {
        RecordDraft draft = new RecordDraft("t", null, PayloadDraft.string("k-${i}"),
                new PayloadDraft(ProduceFormat.JSON, "{\"n\":${i}}", null, null),
                List.of(HeaderDraft.string("seq", "${i}")));
        DraftRecords records = prepare(draft, 3);

        OutgoingRecord second = records.record(1);
        assertThat(text(second.key())).isEqualTo("k-1");
        assertThat(text(second.value())).isEqualTo("{\"n\":1}");
        assertThat(text(second.headers().get(0).value())).isEqualTo("1");
        assertThat(second.headers().get(0).key()).isEqualTo("seq");
    }

    @Test
    void constantPartsAreEncodedOnceAndShared() {
        RecordDraft draft = new RecordDraft("t", 2, PayloadDraft.string("same"), PayloadDraft.string("v${i}"), List.of());
        DraftRecords records = prepare(draft, 2);
        assertThat(records.record(0).key()).isSameAs(records.record(1).key());
        assertThat(records.record(1).partition()).isEqualTo(2);
    }

    @Test
    void avroValueUsesTheTopicValueSubjectByDefaultAndFramesTheId() {
        RecordDraft draft = new RecordDraft("orders", null, PayloadDraft.none(),
                PayloadDraft.avro("{\"n\": ${i}}", null, null), List.of());
        OutgoingRecord r = prepare(draft, 5).record(4);
        assertThat(lookups).containsExactly("orders-value@latest");
        assertThat(WireFormat.schemaId(r.value())).hasValue(7);
        assertThat(r.key()).isNull();
    }

    @Test
    void anAvroMistakeIsReportedBeforeSendingAndNamesTheValue() {
        RecordDraft draft = new RecordDraft("orders", null, PayloadDraft.none(),
                PayloadDraft.avro("{\"n\": \"x\"}", "s", "3"), List.of());
        assertThatThrownBy(() -> prepare(draft, 1))
                .isInstanceOf(DraftException.class)
                .hasMessage("value: $.n: expected int, got string \"x\"")
                .satisfies(e -> assertThat(((DraftException) e).part()).isEqualTo(DraftException.Part.VALUE));
    }

    @Test
    void badHeaderIsNamedByNumber() {
        RecordDraft draft = new RecordDraft("t", null, PayloadDraft.none(), PayloadDraft.string("v"),
                List.of(HeaderDraft.string("a", "ok"), new HeaderDraft("b", "zz", ProduceFormat.HEX)));
        assertThatThrownBy(() -> prepare(draft, 1))
                .hasMessage("header 2: not hex: 'z' at position 1")
                .satisfies(e -> assertThat(((DraftException) e).header()).isEqualTo(1));
    }

    @Test
    void missingTopicAndUnknownPlaceholderAreNamed() {
        assertThatThrownBy(() -> prepare(new RecordDraft(" ", null, null, null, null), 1))
                .hasMessage("topic: choose a topic");
        RecordDraft draft = new RecordDraft("t", null, PayloadDraft.string("${nope}"), null, null);
        assertThatThrownBy(() -> prepare(draft, 1)).hasMessageStartingWith("key: unknown placeholder ${nope}");
    }

    @Test
    void avroWithoutRegistrySaysSo() {
        RecordDraft draft = new RecordDraft("t", null, null, PayloadDraft.avro("{}", null, null), null);
        assertThatThrownBy(() -> DraftRecords.prepare(draft, 1, DraftRecords.SchemaLookup.NONE, new Random(),
                Clock.systemUTC())).hasMessageStartingWith("value: this connection has no schema registry");
    }
}
