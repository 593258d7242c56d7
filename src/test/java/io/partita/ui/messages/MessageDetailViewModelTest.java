package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
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
}
