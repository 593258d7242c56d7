package io.partita.ui.produce;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SendControl;
import io.partita.model.BulkOptions;
import io.partita.model.OutgoingRecord;
import io.partita.model.ProduceFormat;
import io.partita.model.ProducerSettings;
import io.partita.model.RecentSend;
import io.partita.model.RecordDraft;
import io.partita.model.SendSummary;
import io.partita.produce.DraftException;
import io.partita.produce.DraftRecords;
import io.partita.produce.ReplayDrafts;
import io.partita.ui.common.Command;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The produce pane: compose a record (or N copies with placeholders), send it, watch every record's outcome.
 * Sending runs on a worker through the task runner, watched and cancelled through a {@link SendRun}. Read-only
 * profiles see the pane but cannot send.
 */
public final class ProduceViewModel {

    private final ProduceService service;
    private final TaskRunner runner;
    private final ProduceDialogs dialogs;
    private final Clock clock;

    // Properties
    private final StringProperty topic = new SimpleStringProperty(this, "topic", "");
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final StringProperty partition = new SimpleStringProperty(this, "partition", "");
    private final PayloadEditorModel key = new PayloadEditorModel("Key", ProduceFormat.NULL);
    private final PayloadEditorModel value = new PayloadEditorModel("Value", ProduceFormat.STRING);
    private final ObservableList<HeaderRow> headers = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty(this, "count", "1");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final ProducerSettingsModel settings;
    private final SchemaChoices schemas;
    private final TemplateList templates;
    private final SendRun run;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    // Commands
    private final Command sendCommand;
    private final Command cancelCommand;
    private final Command addHeaderCommand;
    private final AsyncCommand<List<String>> refreshTopicsCommand;
    private final Command effectiveConfigCommand;
    private final Command resetSettingsCommand;

    public ProduceViewModel(ProduceService service, TaskRunner runner, ProduceDialogs dialogs, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.settings = new ProducerSettingsModel(service.defaultSettings());
        this.run = new SendRun(runner);
        ReadOnlyBooleanProperty sending = run.sendingProperty();
        this.schemas = new SchemaChoices(service, runner, topic, key, value, error::set);
        this.templates = new TemplateList(service, runner, dialogs, topic, this::draft, this::bulkOrNull,
                this::load, error::set);
        BooleanBinding canSend = Bindings.createBooleanBinding(() -> service.allowsProduce() && !sending.get()
                && !topic.get().isBlank(), sending, topic);
        this.sendCommand = new Command(canSend, this::send);
        this.cancelCommand = new Command(sending, run::cancel);
        this.addHeaderCommand = Command.always(() -> headers.add(new HeaderRow()));
        this.refreshTopicsCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), service::topics,
                topics::setAll, e -> error.set("Could not list topics: " + message(e)));
        this.effectiveConfigCommand = Command.always(this::showEffectiveConfig);
        this.resetSettingsCommand = Command.always(
                () -> settings.load(service.defaultSettings()));
        if (!service.allowsProduce()) {
            notice.set("Profile '" + service.profileName() + "' is read-only: you can compose records, but not send "
                    + "them. Uncheck read-only in the profile to produce.");
        }
    }

    /** Loads topics, subjects and recent sends; call once after construction. */
    public void load() {
        refreshTopicsCommand.execute();
        schemas.load();
        templates.load();
    }

    /** Fills the form with a record read elsewhere ("replay"); bytes that are not text are shown as hex. */
    public void prefill(String topicName, Integer partitionNumber, byte[] keyBytes, byte[] valueBytes,
                        List<OutgoingRecord.Header> recordHeaders) {
        load(ReplayDrafts.of(topicName, partitionNumber, keyBytes, valueBytes, recordHeaders), BulkOptions.ONE);
        ReplayDrafts.avroSchemaId(valueBytes).ifPresent(id -> notice.set("The value is Avro (schema id " + id
                + "): it is shown as hex and sends the same bytes. To edit it, choose Avro and type it as JSON."));
    }

    /** Fills the form with a draft (a replay whose value was already decoded, a template, a recent send). */
    public void prefill(RecordDraft draft) {
        load(draft, BulkOptions.ONE);
    }

    void load(RecordDraft draft, BulkOptions bulk) {
        topic.set(draft.topic());
        partition.set(draft.partition() == null ? "" : draft.partition().toString());
        key.load(draft.key());
        value.load(draft.value());
        headers.setAll(draft.headers().stream().map(HeaderRow::of).toList());
        count.set(Long.toString(bulk.count()));
        rate.set(bulk.limited() ? trim(bulk.ratePerSecond()) : "");
        error.set("");
    }

    public void removeHeader(HeaderRow row) {
        headers.remove(row);
    }

    RecordDraft draft() {
        return new RecordDraft(topic.get(), partitionOrNull(), key.draft(), value.draft(),
                headers.stream().map(HeaderRow::draft).toList());
    }

    private void send() {
        RecordDraft draft;
        BulkOptions bulk;
        ProducerSettings chosen;
        try {
            draft = draft();
            bulk = bulk();
            chosen = settings.settings();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        SendControl sendControl = begin();
        run.startReport(bulk.count(), bulk.count() == 1 ? "1 record to " + draft.topic()
                : String.format(java.util.Locale.ROOT, "%,d records to %s", bulk.count(), draft.topic()));
        runner.run(() -> service.send(DraftRecords.prepare(draft, bulk.count(), service::schema, new Random(), clock),
                        chosen, bulk.ratePerSecond(), run.report()::offer, sendControl),
                summary -> finished(draft, bulk, summary), this::failed);
    }

    private SendControl begin() {
        error.set("");
        return run.begin();
    }

    /**
     * Sends every record of a JSON Lines export (the messages tab's Export, {@code consume --export}) to the chosen
     * topic with its original key, value, header bytes and timestamp, under the same delivery report as a send.
     */
    public void importFile(java.nio.file.Path file, boolean keepPartitions) {
        String target = topic.get() == null ? "" : topic.get().strip();
        ProducerSettings chosen;
        try {
            if (target.isEmpty()) {
                throw new IllegalArgumentException("Choose the topic to import into.");
            }
            chosen = settings.settings();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        SendControl sendControl = begin();
        runner.run(() -> io.partita.transfer.JsonLinesSource.open(file, target, keepPartitions), records -> {
            run.startReport(records.count(), String.format(java.util.Locale.ROOT, "%,d records of %s to %s",
                    records.count(), file.getFileName(), target));
            runner.run(() -> {
                try (records) {
                    return service.send(records, chosen, 0, run.report()::offer, sendControl);
                }
            }, run::ended, this::failed);
        }, e -> {
            run.notStarted();
            error.set(message(e));
        });
    }

    private void finished(RecordDraft draft, BulkOptions bulk, SendSummary summary) {
        run.ended(summary);
        templates.remember(new RecentSend(service.profileName(), clock.instant(), draft, bulk, summary.delivered(),
                summary.failed() + summary.notSent()));
    }

    private void failed(Throwable e) {
        run.failed(message(e));
        if (e instanceof DraftException d) {
            showDraftError(d);
        } else {
            error.set(message(e));
        }
    }

    private void showDraftError(DraftException e) {
        switch (e.part()) {
            case KEY -> key.showError(e.detail());
            case VALUE -> value.showError(e.detail());
            case HEADER -> {
                if (e.header() >= 0 && e.header() < headers.size()) {
                    headers.get(e.header()).showError(e.detail());
                }
            }
            default -> error.set(e.getMessage());
        }
    }

    private void showEffectiveConfig() {
        ProducerSettings chosen;
        try {
            chosen = settings.settings();
        } catch (IllegalArgumentException e) {
            error.set("Producer settings: " + e.getMessage());
            return;
        }
        runner.run(() -> service.effectiveConfig(chosen),
                config -> dialogs.showEffectiveConfig("Producer configuration of " + service.profileName(), config),
                e -> error.set(message(e)));
    }

    /** The connection is closing: stop the drain and the send (its records are reported by the sender). */
    public void dispose() {
        refreshTopicsCommand.cancel();
        run.dispose();
    }

    private Integer partitionOrNull() {
        String p = partition.get() == null ? "" : partition.get().strip();
        if (p.isEmpty() || p.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("partition must be a number, or empty for automatic");
        }
    }

    BulkOptions bulk() {
        long n;
        double r;
        try {
            n = Long.parseLong(count.get().strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("count must be a whole number");
        }
        String rateText = rate.get() == null ? "" : rate.get().strip();
        try {
            r = rateText.isEmpty() ? 0 : Double.parseDouble(rateText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate must be a number of records per second, or empty");
        }
        return new BulkOptions(n, r);
    }

    private BulkOptions bulkOrNull() {
        try {
            return bulk();
        } catch (IllegalArgumentException e) {
            return BulkOptions.ONE;
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // Properties

    public StringProperty topicProperty() { return topic; }
    public ObservableList<String> topics() { return topics; }
    public StringProperty partitionProperty() { return partition; }
    public PayloadEditorModel key() { return key; }
    public PayloadEditorModel value() { return value; }
    public ObservableList<HeaderRow> headers() { return headers; }
    public StringProperty countProperty() { return count; }
    public StringProperty rateProperty() { return rate; }
    public ProducerSettingsModel settings() { return settings; }
    public DeliveryReportModel report() { return run.report(); }
    public SchemaChoices schemas() { return schemas; }
    public TemplateList templates() { return templates; }
    public ReadOnlyBooleanProperty sendingProperty() { return run.sendingProperty(); }
    public ReadOnlyBooleanProperty cancellingProperty() { return run.cancellingProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public boolean canProduce() { return service.allowsProduce(); }

    // Commands

    public Command sendCommand() { return sendCommand; }
    public Command cancelCommand() { return cancelCommand; }
    public Command addHeaderCommand() { return addHeaderCommand; }
    public AsyncCommand<List<String>> refreshTopicsCommand() { return refreshTopicsCommand; }
    public Command effectiveConfigCommand() { return effectiveConfigCommand; }
    public Command resetSettingsCommand() { return resetSettingsCommand; }
}
