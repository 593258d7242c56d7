package io.partita.ui.messages;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.SchemaRef;
import io.partita.schema.HexDump;
import io.partita.schema.ValueJson;
import io.partita.ui.common.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail of the selected message: pretty value and key, hex, headers, metadata; the diff of two selected
 * messages; copy as JSON. Text is rendered only up to {@value #SHOWN_CHARS} characters (a 20 MB value opens at
 * once); {@link #showAllCommand()} renders the rest on a worker thread.
 */
public final class MessageDetailViewModel {

    static final int SHOWN_CHARS = 256 * 1024;
    static final int HEX_BYTES = 16 * 1024;

    /** A name and a value, for the metadata and headers tables. */
    public record Field(String name, String value) {
    }

    private final Consumer<String> clipboard;

    // Properties
    private final ReadOnlyBooleanWrapper hasMessage = new ReadOnlyBooleanWrapper(this, "hasMessage");
    private final ReadOnlyBooleanWrapper diffing = new ReadOnlyBooleanWrapper(this, "diffing");
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper(this, "valueText", "");
    private final ReadOnlyStringWrapper keyText = new ReadOnlyStringWrapper(this, "keyText", "");
    private final ReadOnlyStringWrapper hexText = new ReadOnlyStringWrapper(this, "hexText", "");
    private final ReadOnlyStringWrapper diffText = new ReadOnlyStringWrapper(this, "diffText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No message selected");
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper(this, "truncated");
    private final ReadOnlyBooleanWrapper json = new ReadOnlyBooleanWrapper(this, "json");
    private final ObservableList<Field> metadata = FXCollections.observableArrayList();
    private final ObservableList<Field> headers = FXCollections.observableArrayList();

    // Commands
    private final AsyncCommand<String> showAllCommand;
    private final Command copyKeyCommand;
    private final Command copyValueCommand;
    private final Command copyRecordCommand;
    private final Command replayCommand;
    private final Command openSchemaCommand;
    private final ReadOnlyBooleanWrapper hasSchema = new ReadOnlyBooleanWrapper(this, "hasSchema");
    private Navigation navigation = Navigation.NONE;

    private DecodedMessage shown;

    public MessageDetailViewModel(TaskRunner runner, Consumer<String> clipboard) {
        this.runner = runner;
        this.clipboard = clipboard;
        this.showAllCommand = new AsyncCommand<>(runner, truncated, this::renderAll, text -> {
            valueText.set(text);
            truncated.set(false);
        }, e -> problem.set("Could not render the whole value: " + MessagesViewModel.message(e)));
        this.copyKeyCommand = new Command(hasMessage, () -> copy(shown.key()));
        this.copyValueCommand = new Command(hasMessage, () -> copy(shown.value()));
        this.copyRecordCommand = new Command(hasMessage,
                () -> clipboard.accept(ValueJson.pretty(ValueJson.record(shown))));
        this.replayCommand = new Command(hasMessage, () -> navigation.replay(shown));
        this.openSchemaCommand = new Command(hasSchema, () -> navigation.openSchema(schemaOf(shown)));
    }

    /** Where replay and open-schema go; the tab sets it when it knows its connection. */
    public void navigation(Navigation target) {
        this.navigation = target == null ? Navigation.NONE : target;
    }

    /** The value's registry schema, else the key's; null when neither names a subject. */
    static SchemaRef schemaOf(DecodedMessage message) {
        if (message == null) {
            return null;
        }
        io.partita.model.SchemaRef value = message.value().schemaRef();
        if (value != null && value.subject() != null) {
            return value;
        }
        io.partita.model.SchemaRef key = message.key().schemaRef();
        return key != null && key.subject() != null ? key : null;
    }

    /** More than two rows are selected: nothing to show but how to get a detail or a diff. */
    public void selectMany(int count) {
        select(List.of());
        title.set(count + " messages selected: select one for its detail, two to compare them");
    }

    /** One row shows its detail, two rows their diff, anything else clears the pane. */
    public void select(List<DecodedMessage> messages) {
        showAllCommand.cancel();
        if (messages.size() == 2) {
            diff(messages.get(0), messages.get(1));
        } else {
            diffing.set(false);
        }
        show(messages.size() == 1 || messages.size() == 2 ? messages.get(messages.size() - 1) : null);
    }

    private void show(DecodedMessage message) {
        shown = message;
        hasMessage.set(message != null);
        hasSchema.set(schemaOf(message) != null);
        metadata.clear();
        headers.clear();
        if (message == null) {
            title.set("No message selected");
            valueText.set("");
            keyText.set("");
            hexText.set("");
            problem.set("");
            truncated.set(false);
            return;
        }
        KafkaMessage m = message.message();
        title.set("Partition " + m.partition() + " · offset " + m.offset());
        ValueJson.Rendered value = render(message.value(), SHOWN_CHARS);
        valueText.set(value.text());
        truncated.set(value.truncated());
        json.set(message.value() instanceof DecodedValue.Decoded d && !(d.value() instanceof String));
        keyText.set(render(message.key(), SHOWN_CHARS).text());
        hexText.set(hex(m));
        problem.set(problemText(message));
        metadata.setAll(metadata(message));
        for (MessageHeader header : m.headers()) {
            String text = header.valueText();
            headers.add(new Field(header.key(), text == null ? "(null)" : text));
        }
    }

    private String renderAll() {
        DecodedMessage message = shown;
        return message == null ? "" : render(message.value(), Integer.MAX_VALUE).text();
    }

    /** Pretty JSON for trees, the text itself for text, a hex dump for failures; cut at {@code max} chars. */
    static ValueJson.Rendered render(DecodedValue value, int max) {
        if (value instanceof DecodedValue.Absent) {
            return new ValueJson.Rendered("null", false);
        }
        if (value instanceof DecodedValue.Failed failed) {
            return new ValueJson.Rendered(HexDump.dump(failed.raw(), Math.min(max / 80 * 16, HEX_BYTES * 4)),
                    failed.raw().length > Math.min(max / 80 * 16, HEX_BYTES * 4));
        }
        Object tree = ((DecodedValue.Decoded) value).value();
        if (tree instanceof String text) {
            return text.length() > max ? new ValueJson.Rendered(text.substring(0, max), true)
                    : new ValueJson.Rendered(text, false);
        }
        return ValueJson.limited(tree, true, max);
    }

    private static String hex(KafkaMessage m) {
        StringBuilder text = new StringBuilder();
        text.append("Key (").append(sizeText(m.keySize())).append(")\n")
                .append(m.key() == null ? "null\n" : HexDump.dump(m.key(), HEX_BYTES))
                .append("\nValue (").append(sizeText(m.valueSize())).append(")\n")
                .append(m.value() == null ? "null\n" : HexDump.dump(m.value(), HEX_BYTES));
        return text.toString();
    }

    private static String problemText(DecodedMessage message) {
        String error = ValueJson.error(message);
        return error == null ? "" : "Could not decode the " + error.replace("; ", "; the ")
                + " — the raw bytes are shown in hex.";
    }

    private static List<Field> metadata(DecodedMessage message) {
        KafkaMessage m = message.message();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Topic", m.topic()));
        fields.add(new Field("Partition", String.valueOf(m.partition())));
        fields.add(new Field("Offset", String.valueOf(m.offset())));
        fields.add(new Field("Timestamp", m.instant() == null ? "none" : m.instant().toString()));
        fields.add(new Field("Timestamp type", MessageRow.typeName(m.timestampType())));
        fields.add(new Field("Key", describe(message.key()) + ", " + sizeText(m.keySize())));
        fields.add(new Field("Value", describe(message.value()) + ", " + sizeText(m.valueSize())));
        SchemaRef schema = message.value().schemaRef();
        if (schema != null) {
            fields.add(new Field("Value schema id", String.valueOf(schema.id())));
            fields.add(new Field("Value subject", schema.subject() == null ? "unknown" : schema.subject()));
            fields.add(new Field("Value schema version", schema.version() > 0 ? String.valueOf(schema.version())
                    : "unknown"));
        }
        SchemaRef keySchema = message.key().schemaRef();
        if (keySchema != null) {
            fields.add(new Field("Key schema", keySchema.describe()));
        }
        fields.add(new Field("Headers", String.valueOf(m.headers().size())));
        return fields;
    }

    private static String describe(DecodedValue value) {
        return value instanceof DecodedValue.Failed ? "not decoded" : value.format().id();
    }

    static String sizeText(int size) {
        if (size < 0) {
            return "null";
        }
        if (size < 10_000) {
            return size + " B";
        }
        return String.format(Locale.ROOT, "%,d B (%.1f MB)", size, size / 1_048_576.0);
    }

    private void diff(DecodedMessage first, DecodedMessage second) {
        String a = ValueJson.limited(ValueJson.record(first), true, SHOWN_CHARS).text();
        String b = ValueJson.limited(ValueJson.record(second), true, SHOWN_CHARS).text();
        diffText.set(String.join("\n", LineDiff.diff(a, b)));
        diffing.set(true);
    }

    private void copy(DecodedValue value) {
        Object plain = ValueJson.jsonValue(value);
        clipboard.accept(plain instanceof String text && !(value.format() == io.partita.model.DataFormat.JSON)
                ? text : ValueJson.pretty(plain));
    }

    // Properties

    public ReadOnlyBooleanProperty hasMessageProperty() { return hasMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty diffingProperty() { return diffing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty valueTextProperty() { return valueText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty keyTextProperty() { return keyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hexTextProperty() { return hexText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty diffTextProperty() { return diffText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty truncatedProperty() { return truncated.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty jsonProperty() { return json.getReadOnlyProperty(); }
    public ObservableList<Field> metadata() { return metadata; }
    public ObservableList<Field> headers() { return headers; }

    // Commands

    public AsyncCommand<String> showAllCommand() { return showAllCommand; }

    /** Where the view prepares large texts for showing. */
    TaskRunner runner() { return runner; }
    public Command copyKeyCommand() { return copyKeyCommand; }
    public Command copyValueCommand() { return copyValueCommand; }
    public Command copyRecordCommand() { return copyRecordCommand; }
    public Command replayCommand() { return replayCommand; }
    public Command openSchemaCommand() { return openSchemaCommand; }
}
