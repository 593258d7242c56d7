package io.partita.ui.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.OutgoingRecord;
import io.partita.model.ProduceFormat;
import io.partita.schema.WireFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProduceViewModelTest {

    @TempDir
    Path dir;

    private LocalProduceService service;
    private final ScriptedProduceDialogs dialogs = new ScriptedProduceDialogs();

    private ProduceViewModel vm() {
        if (service == null) {
            service = new LocalProduceService(dir);
        }
        ProduceViewModel vm = new ProduceViewModel(service, new DirectTaskRunner(), dialogs, Clock.systemUTC());
        vm.load();
        return vm;
    }

    @Test
    void anImportedExportSendsEachLineAsItsOwnRecordWithTheReport() throws Exception {
        service = new LocalProduceService(dir);
        service.failing = Set.of(1L);
        ProduceViewModel vm = vm();
        Path file = dir.resolve("export.jsonl");
        java.nio.file.Files.writeString(file, "{\"valueBase64\":\"AAE=\"}\n{\"valueBase64\":\"AgM=\"}\n"
                + "{\"value\":\"text\"}\n");
        vm.topicProperty().set("copy");

        vm.importFile(file, false);

        DeliveryReportModel report = vm.report();
        assertThat(report.requestedProperty().get()).isEqualTo(3);
        assertThat(report.deliveredProperty().get()).isEqualTo(2);
        assertThat(report.failedProperty().get()).isEqualTo(1);
        assertThat(service.sentValues.get(0)).containsExactly(0, 1);
        assertThat(new String(service.sentValues.get(2), StandardCharsets.UTF_8)).isEqualTo("text");
        assertThat(vm.sendingProperty().get()).isFalse();
    }

    @Test
    void importNeedsATopicAndAReadableFile() {
        service = new LocalProduceService(dir);
        ProduceViewModel vm = vm();
        vm.importFile(dir.resolve("x.jsonl"), false);
        assertThat(vm.errorProperty().get()).isEqualTo("Choose the topic to import into.");

        vm.topicProperty().set("copy");
        vm.importFile(dir.resolve("missing.jsonl"), false);
        assertThat(vm.errorProperty().get()).startsWith("cannot read ").contains("missing.jsonl");
        assertThat(vm.sendingProperty().get()).isFalse();
    }

    @Test
    void everyRecordOfABulkSendEndsInTheCountsAndTheTable() {
        service = new LocalProduceService(dir);
        service.failing = Set.of(3L);
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");
        vm.value().textProperty().set("v-${i}");
        vm.countProperty().set("5");

        vm.sendCommand().execute();

        DeliveryReportModel report = vm.report();
        assertThat(report.deliveredProperty().get()).isEqualTo(4);
        assertThat(report.failedProperty().get()).isEqualTo(1);
        assertThat(report.pendingProperty().get()).isZero();
        assertThat(report.progressProperty().get()).isEqualTo(1.0);
        assertThat(report.rows()).hasSize(5);
        assertThat(report.summaryProperty().get()).startsWith("4 of 5 delivered");
        assertThat(new String(service.sentValues.get(4), StandardCharsets.UTF_8)).isEqualTo("v-4");
        assertThat(vm.sendingProperty().get()).isFalse();
    }

    @Test
    void failuresOnlyHidesTheDeliveries() {
        service = new LocalProduceService(dir);
        service.failing = Set.of(1L);
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");
        vm.countProperty().set("3");
        vm.sendCommand().execute();

        vm.report().failuresOnlyProperty().set(true);

        assertThat(vm.report().rows()).extracting(ResultRow::index).containsExactly(1L);
        assertThat(vm.report().rows().get(0).explanation()).isEqualTo("check min.insync.replicas");
    }

    @Test
    void readOnlyProfileCannotSendAndSaysWhy() {
        service = new LocalProduceService(dir);
        service.allows = false;
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");

        assertThat(vm.sendCommand().executableProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).contains("read-only");
        vm.sendCommand().execute();
        assertThat(service.sentWith).isEmpty();
    }

    @Test
    void anAvroMistakeIsShownUnderTheValueAndNothingIsSent() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("orders");
        vm.value().formatProperty().set(ProduceFormat.AVRO);
        vm.value().textProperty().set("{\"n\": \"two\"}");

        vm.sendCommand().execute();

        assertThat(vm.value().errorProperty().get()).isEqualTo("$.n: expected int, got string \"two\"");
        assertThat(vm.report().summaryProperty().get()).startsWith("Not sent: value: $.n");
        assertThat(service.sentWith).isEmpty();
        vm.value().textProperty().set("{\"n\": 2}");
        assertThat(vm.value().errorProperty().get()).isEmpty();
    }

    @Test
    void choosingAvroSuggestsTheTopicsSubjectAndLoadsItsVersions() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("orders");

        vm.value().formatProperty().set(ProduceFormat.AVRO);

        assertThat(vm.value().subjectProperty().get()).isEqualTo("orders-value");
        assertThat(vm.value().versions()).containsExactly("latest", "2", "1");
        assertThat(vm.schemas().subjects()).containsExactly("orders-value");
        vm.value().textProperty().set("{\"n\": ${i}}");
        vm.sendCommand().execute();
        assertThat(WireFormat.schemaId(service.sentValues.get(0))).hasValue(9);
    }

    @Test
    void typingIntoANoKeyFieldMakesItATextKey() {
        ProduceViewModel vm = vm();
        assertThat(vm.key().formatProperty().get()).isEqualTo(ProduceFormat.NULL);
        vm.key().textProperty().set("c-1");
        assertThat(vm.key().formatProperty().get()).isEqualTo(ProduceFormat.STRING);
    }

    @Test
    void replayFillsTheFormSoTheSameBytesAreSent() {
        ProduceViewModel vm = vm();
        byte[] binary = {0, 0, 0, 0, 9, 4};

        vm.prefill("orders", 2, "c-1".getBytes(StandardCharsets.UTF_8), binary,
                List.of(new OutgoingRecord.Header("trace", "abc".getBytes(StandardCharsets.UTF_8)),
                        new OutgoingRecord.Header("raw", new byte[] {(byte) 0xff})));

        assertThat(vm.topicProperty().get()).isEqualTo("orders");
        assertThat(vm.partitionProperty().get()).isEqualTo("2");
        assertThat(vm.key().formatProperty().get()).isEqualTo(ProduceFormat.STRING);
        assertThat(vm.value().formatProperty().get()).isEqualTo(ProduceFormat.HEX);
        assertThat(vm.value().textProperty().get()).isEqualTo("00 00 00 00 09 04");
        assertThat(vm.noticeProperty().get()).contains("Avro (schema id 9)");
        assertThat(vm.headers()).extracting(h -> h.formatProperty().get())
                .containsExactly(ProduceFormat.STRING, ProduceFormat.HEX);
        vm.sendCommand().execute();
        assertThat(service.sentValues.get(0)).containsExactly(binary);
    }

    @Test
    void replayedJsonIsRecognisedAndItsDollarBracesStayLiteral() {
        ProduceViewModel vm = vm();
        vm.prefill("events", null, null, "{\"price\": \"${x}\"}".getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(vm.value().formatProperty().get()).isEqualTo(ProduceFormat.JSON);
        assertThat(vm.key().formatProperty().get()).isEqualTo(ProduceFormat.NULL);
        vm.sendCommand().execute();
        assertThat(new String(service.sentValues.get(0), StandardCharsets.UTF_8)).isEqualTo("{\"price\": \"${x}\"}");
    }

    @Test
    void leavingAcksAllTurnsIdempotenceOffAndBadNumbersAreProblems() {
        ProduceViewModel vm = vm();
        vm.settings().acksProperty().set("1");
        assertThat(vm.settings().idempotenceProperty().get()).isFalse();
        assertThat(vm.settings().problemsProperty().get()).isEmpty();
        vm.settings().lingerMsProperty().set("soon");
        assertThat(vm.settings().problemsProperty().get()).isEqualTo("linger.ms must be a whole number, not 'soon'");

        vm.topicProperty().set("events");
        vm.sendCommand().execute();
        assertThat(vm.errorProperty().get()).contains("linger.ms");
        assertThat(service.sentWith).isEmpty();
    }

    @Test
    void sendUsesTheEditedSettingsAndTheEffectiveConfigShowsThem() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");
        vm.settings().acksProperty().set("0");
        vm.settings().deliveryTimeoutMsProperty().set("20000");

        vm.effectiveConfigCommand().execute();
        vm.sendCommand().execute();

        assertThat(dialogs.shownConfig).containsEntry("acks", "0").containsEntry("delivery.timeout.ms", "20000");
        assertThat(service.sentWith.get(0).acks()).isEqualTo("0");
        assertThat(service.sentWith.get(0).idempotence()).isFalse();
    }

    @Test
    void cancelDuringASendStopsItAndEveryRecordIsStillCounted() {
        service = new LocalProduceService(dir);
        ProduceViewModel vm = vm();
        service.duringSend = i -> {
            if (i == 2) {
                vm.cancelCommand().execute();
            }
        };
        vm.topicProperty().set("events");
        vm.countProperty().set("10");

        vm.sendCommand().execute();

        assertThat(vm.report().deliveredProperty().get()).isEqualTo(3);
        assertThat(vm.report().notSentProperty().get()).isEqualTo(7);
        assertThat(vm.report().summaryProperty().get()).contains("cancelled");
        assertThat(vm.cancellingProperty().get()).isFalse();
    }

    @Test
    void templatesAreSavedPerTopicAndRestoreTheForm() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("orders");
        vm.value().textProperty().set("{\"n\": 1}");
        vm.countProperty().set("7");
        vm.templates().saveCommand().execute();
        vm.value().textProperty().set("changed");
        vm.countProperty().set("1");

        assertThat(vm.templates().templates()).extracting(t -> t.name()).containsExactly("my template");
        vm.templates().apply(vm.templates().templates().get(0));

        assertThat(vm.value().textProperty().get()).isEqualTo("{\"n\": 1}");
        assertThat(vm.countProperty().get()).isEqualTo("7");
        vm.topicProperty().set("events");
        assertThat(vm.templates().templates()).isEmpty();
    }

    @Test
    void aSendIsRememberedInRecentSendsAcrossRestarts() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");
        vm.value().textProperty().set("hello");
        vm.sendCommand().execute();

        ProduceViewModel again = vm();
        assertThat(again.templates().recent()).hasSize(1);
        again.templates().apply(again.templates().recent().get(0));
        assertThat(again.value().textProperty().get()).isEqualTo("hello");
        assertThat(again.topicProperty().get()).isEqualTo("events");
    }

    @Test
    void badCountIsSaidBeforeSending() {
        ProduceViewModel vm = vm();
        vm.topicProperty().set("events");
        vm.countProperty().set("many");
        vm.sendCommand().execute();
        assertThat(vm.errorProperty().get()).isEqualTo("count must be a whole number");
        assertThat(service.sentWith).isEmpty();
    }
}
