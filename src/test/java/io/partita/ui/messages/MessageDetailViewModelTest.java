package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage.TimestampType;
import io.partita.model.SchemaRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageDetailViewModelTest {

    private final List<String> clipboard = new ArrayList<>();
    private final MessageDetailViewModel vm = new MessageDetailViewModel(new DirectTaskRunner(), clipboard::add);

    private static io.partita.model.DecodedMessage row(io.partita.model.DecodedMessage m) {
        return m;
    }

    @Test
    void aTwentyMegabyteValueShowsOnlyItsBeginningUntilShowAll() {
        String huge = "x".repeat(20 * 1024 * 1024);
        io.partita.model.DecodedMessage row = row(Messages.text(1, huge));
        vm.select(List.of(row));

        // Only the beginning is rendered (what keeps selecting a huge record quick; timings live in bench/).
        assertThat(vm.truncatedProperty().get()).isTrue();
        assertThat(vm.valueTextProperty().get()).hasSize(MessageDetailViewModel.SHOWN_CHARS);
        assertThat(vm.hexTextProperty().get().length()).isLessThan(1_000_000);

        vm.showAllCommand().execute();
        assertThat(vm.valueTextProperty().get()).hasSize(huge.length());
        assertThat(vm.truncatedProperty().get()).isFalse();
    }

    @Test
    void aHugeJsonTreeIsCutWhileRendering() {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < 400_000; i++) {
            value.put("field" + i, "value " + i);
        }
        vm.select(List.of(row(Messages.json(0, 1, value))));
        assertThat(vm.truncatedProperty().get()).isTrue();
        assertThat(vm.valueTextProperty().get()).startsWith("{\n  \"field0\" : \"value 0\"");
    }

    @Test
    void aFailedValueShowsTheReasonAndAHexDump() {
        vm.select(List.of(row(Messages.failed(3, new byte[] {0, 0, 0, 0, 9, 'h', 'i'}))));
        assertThat(vm.problemProperty().get()).contains("unknown schema id 9");
        assertThat(vm.valueTextProperty().get()).startsWith("00000000  00 00 00 00 09 68 69");
        assertThat(vm.valueTextProperty().get()).contains("|.....hi|");
    }

    @Test
    void metadataAndHeadersDescribeTheRecord() {
        vm.select(List.of(row(Messages.json(4, 42, Map.of("a", 1)))));
        assertThat(vm.titleProperty().get()).isEqualTo("Partition 4 · offset 42");
        assertThat(vm.metadata()).contains(new MessageDetailViewModel.Field("Timestamp type", "create time"));
        assertThat(vm.headers()).containsExactly(new MessageDetailViewModel.Field("source", "web"));
        assertThat(vm.hexTextProperty().get()).startsWith("Key (1 B)\n00000000  6b");
    }

    @Test
    void copyRecordPutsTheWholeRecordAsJsonOnTheClipboard() {
        vm.select(List.of(row(Messages.json(0, 7, Map.of("a", 1)))));
        vm.copyRecordCommand().execute();
        assertThat(clipboard).singleElement().asString().contains("\"offset\" : 7").contains("\"value\" : {");
    }

    @Test
    void twoSelectedMessagesShowTheirDiff() {
        Map<String, Object> a = new LinkedHashMap<>(Map.of("status", "NEW"));
        Map<String, Object> b = new LinkedHashMap<>(Map.of("status", "PAID"));
        vm.select(List.of(row(Messages.json(0, 1, a)), row(Messages.json(0, 2, b))));
        assertThat(vm.diffingProperty().get()).isTrue();
        assertThat(vm.diffTextProperty().get()).contains("-     \"status\" : \"NEW\"")
                .contains("+     \"status\" : \"PAID\"").contains("-   \"offset\" : 1");
    }

    @Test
    void replayAndOpenSchemaHandTheShownRecordToTheOtherTabs() {
        List<Object> sent = new ArrayList<>();
        vm.navigation(new Navigation() {
            @Override
            public void replay(io.partita.model.DecodedMessage message) {
                sent.add(message.message().offset());
            }

            @Override
            public void openSchema(io.partita.model.SchemaRef schema) {
                sent.add(schema.subject() + " v" + schema.version());
            }
        });
        assertThat(vm.replayCommand().executableProperty().get()).isFalse();

        vm.select(List.of(Messages.text(3, "plain")));
        assertThat(vm.openSchemaCommand().executableProperty().get()).as("text has no schema").isFalse();
        vm.replayCommand().execute();

        io.partita.model.DecodedMessage avro = new io.partita.model.DecodedMessage(
                Messages.text(9, "x").message(), io.partita.model.DecodedValue.ABSENT,
                new io.partita.model.DecodedValue.Decoded(io.partita.model.DataFormat.AVRO, java.util.Map.of("a", 1),
                        new io.partita.model.SchemaRef(7, "orders-value", 2)));
        vm.select(List.of(avro));
        assertThat(vm.openSchemaCommand().executableProperty().get()).isTrue();
        vm.openSchemaCommand().execute();

        assertThat(sent).containsExactly(3L, "orders-value v2");
    }

    private static Map<String, Object> order() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "Ada");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", 17);
        order.put("customer", customer);
        order.put("total", new BigDecimal("12.90"));
        order.put("tags", List.of("a", "b"));
        return order;
    }

    private static DecodedMessage avroOrder(byte[] key) {
        return Messages.avro(5, TimestampType.LOG_APPEND_TIME, key, order(), new SchemaRef(7, "orders-value", 2));
    }

    private static final String ORDER_JSON = String.join("\n", "{", "  \"id\" : 17,", "  \"customer\" : {",
            "    \"name\" : \"Ada\"", "  },", "  \"total\" : 12.90,", "  \"tags\" : [", "    \"a\",", "    \"b\"",
            "  ]", "}");

    @Test
    void copyKeyGivesATextKeyAsItsTextAndCopyValueAnAvroValueAsPrettyJson() {
        vm.select(List.of(avroOrder("order-17".getBytes(StandardCharsets.UTF_8))));
        vm.copyKeyCommand().execute();
        vm.copyValueCommand().execute();
        assertThat(clipboard).containsExactly("order-17", ORDER_JSON);
        assertThat(vm.valueTextProperty().get()).as("what is copied is what is shown").isEqualTo(ORDER_JSON);
    }

    @Test
    void copyValueGivesAJsonValueAsPrettyJson() {
        vm.select(List.of(Messages.json(0, 1, new LinkedHashMap<>(Map.of("a", 1)))));
        vm.copyValueCommand().execute();
        assertThat(clipboard).containsExactly("{\n  \"a\" : 1\n}");
    }

    @Test
    void copyValueGivesATextValueAsTheTextItselfNotAsAJsonString() {
        String text = "line \"one\"\n\ttwo\\";
        vm.select(List.of(Messages.text(1, text)));
        vm.copyValueCommand().execute();
        assertThat(clipboard).containsExactly(text);
    }

    @Test
    void copyValueGivesAJsonStringValueAsQuotedJson() {
        DecodedMessage text = Messages.text(1, "hello");
        vm.select(List.of(new DecodedMessage(text.message(), text.key(),
                new DecodedValue.Decoded(DataFormat.JSON, "hello", null))));
        vm.copyValueCommand().execute();
        assertThat(clipboard).containsExactly("\"hello\"");
    }

    @Test
    void copyValueGivesAFailedValueAsItsRawBytesInHex() {
        vm.select(List.of(Messages.failed(3, new byte[] {0, 0, 0, 0, 9, 'h', 'i', (byte) 0xff})));
        vm.copyValueCommand().execute();
        assertThat(clipboard).containsExactly("00000000096869ff");
    }

    @Test
    void copyKeyOfARecordWithoutAKeyGivesNull() {
        vm.select(List.of(avroOrder(null)));
        vm.copyKeyCommand().execute();
        assertThat(clipboard).containsExactly("null");
        assertThat(vm.keyTextProperty().get()).isEqualTo("null");
    }

    @Test
    void copyValueOfAHugeValueGivesAllOfItNotTheShownBeginning() {
        String huge = "y".repeat(20 * 1024 * 1024);
        vm.select(List.of(Messages.text(1, huge)));
        vm.copyValueCommand().execute();
        assertThat(vm.truncatedProperty().get()).isTrue();
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0).length()).isEqualTo(huge.length());
        // A boolean: a failing isEqualTo would print two 20 MB strings.
        assertThat(clipboard.get(0).equals(huge)).isTrue();
    }

    @Test
    void copyKeyAndValueCannotRunWithoutASelectedMessage() {
        vm.select(List.of(Messages.text(1, "plain")));
        vm.select(List.of());
        assertThat(vm.copyKeyCommand().executableProperty().get()).isFalse();
        assertThat(vm.copyValueCommand().executableProperty().get()).isFalse();
        vm.copyKeyCommand().execute();
        vm.copyValueCommand().execute();
        assertThat(clipboard).isEmpty();
    }

    @Test
    void metadataListsTimestampSizesAndTheRegistrySchemaOfTheValue() {
        vm.select(List.of(avroOrder("order-17".getBytes(StandardCharsets.UTF_8))));
        assertThat(vm.metadata()).containsExactly(
                field("Topic", "orders"), field("Partition", "1"), field("Offset", "5"),
                field("Timestamp", "2026-01-01T00:00:00Z"), field("Timestamp type", "log append time"),
                field("Key", "text, 8 B"), field("Value", "avro, 120 B"),
                field("Value schema id", "7"), field("Value subject", "orders-value"),
                field("Value schema version", "2"), field("Headers", "0"));
    }

    @Test
    void metadataSaysUnknownWhenTheRegistryGaveNoSubjectOrVersion() {
        vm.select(List.of(Messages.avro(5, TimestampType.CREATE_TIME, null, order(), new SchemaRef(9, null, 0))));
        assertThat(vm.metadata()).contains(field("Value schema id", "9"), field("Value subject", "unknown"),
                field("Value schema version", "unknown"));
    }

    @Test
    void metadataGivesANullKeysSizeAsNullAndABigValuesSizeInMegabytes() {
        vm.select(List.of(Messages.text(1, "x".repeat(2_500_000))));
        assertThat(vm.metadata()).contains(field("Key", "none, null"), field("Value", "text, 2,500,000 B (2.4 MB)"))
                .noneMatch(f -> f.name().startsWith("Value schema"));
    }

    @Test
    void metadataNamesTheKeysSchemaWhenTheKeyHasOne() {
        DecodedMessage avro = avroOrder("k".getBytes(StandardCharsets.UTF_8));
        vm.select(List.of(new DecodedMessage(avro.message(),
                new DecodedValue.Decoded(DataFormat.AVRO, "k", new SchemaRef(3, "orders-key", 1)), avro.value())));
        assertThat(vm.metadata()).contains(field("Key", "avro, 1 B"), field("Key schema", "id 3 (orders-key v1)"));
    }

    private static MessageDetailViewModel.Field field(String name, String value) {
        return new MessageDetailViewModel.Field(name, value);
    }
}
