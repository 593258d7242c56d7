package io.partita.ui.schemas;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.RegisteredSchema;
import io.partita.model.SchemaChange;
import io.partita.schema.SchemaFormat;
import io.partita.schema.TextDiff;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two versions of a subject compared: the structural changes (Avro's model: fields, types, defaults, symbols)
 * and the line diff of their pretty-printed texts. Compares again whenever either side changes.
 */
public final class SchemaDiffViewModel {

    /** What one comparison produced. */
    record Compared(List<SchemaChange> changes, List<TextDiff.Line> lines, String note) {
    }

    private final String subject;
    private final SchemaRegistryService service;

    // Properties
    private final ObservableList<VersionItem> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionItem> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<VersionItem> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<SchemaChange> changes = FXCollections.observableArrayList();
    private final ObservableList<TextDiff.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Commands
    private final AsyncCommand<Compared> compareCommand;

    SchemaDiffViewModel(String subject, SchemaRegistryService service, TaskRunner runner) {
        this.subject = subject;
        this.service = service;
        compareCommand = new AsyncCommand<>(runner, Bindings.createBooleanBinding(
                () -> from.get() != null && to.get() != null, from, to), this::compare, this::show,
                e -> error.set("Could not compare: " + SchemasViewModel.message(e)));
        from.addListener((obs, old, now) -> recompare());
        to.addListener((obs, old, now) -> recompare());
    }

    /** New versions list: compares the one before the latest with the latest by default. */
    void setVersions(List<VersionItem> items) {
        VersionItem oldFrom = from.get();
        VersionItem oldTo = to.get();
        versions.setAll(items);
        if (items.size() < 2) {
            from.set(null);
            to.set(null);
            changes.clear();
            lines.clear();
            summary.set(items.isEmpty() ? "" : "Only one version: nothing to compare yet.");
            return;
        }
        from.set(find(oldFrom).orElse(items.get(items.size() - 2)));
        to.set(find(oldTo).orElse(items.get(items.size() - 1)));
    }

    private java.util.Optional<VersionItem> find(VersionItem old) {
        return old == null ? java.util.Optional.empty()
                : versions.stream().filter(v -> v.version() == old.version()).findFirst();
    }

    private void recompare() {
        if (from.get() != null && to.get() != null) {
            compareCommand.cancel();
            compareCommand.execute();
        }
    }

    private Compared compare() {
        RegisteredSchema a = service.schema(subject, String.valueOf(from.get().version()), from.get().deleted());
        RegisteredSchema b = service.schema(subject, String.valueOf(to.get().version()), to.get().deleted());
        List<TextDiff.Line> text = TextDiff.lines(SchemaFormat.pretty(a.schemaType(), a.schema()),
                SchemaFormat.pretty(b.schemaType(), b.schema()));
        boolean avro = "AVRO".equals(a.schemaType()) && "AVRO".equals(b.schemaType());
        String note = avro ? null : "Structural comparison is for Avro schemas; the text diff below still applies.";
        return new Compared(avro ? service.diff(a, b) : List.of(), text, note);
    }

    private void show(Compared compared) {
        changes.setAll(compared.changes());
        lines.setAll(compared.lines());
        error.set("");
        long edited = compared.lines().stream().filter(l -> l.op() != TextDiff.Op.SAME).count();
        String text = Objects.equals(from.get(), to.get()) ? "The same version on both sides."
                : compared.note() != null ? compared.note()
                : compared.changes().isEmpty() ? (edited == 0 ? "No differences." : "No structural change; "
                        + "only formatting or key order differs.")
                : compared.changes().size() + (compared.changes().size() == 1 ? " change" : " changes")
                        + " from v" + from.get().version() + " to v" + to.get().version();
        summary.set(text);
    }

    void dispose() {
        compareCommand.cancel();
    }

    // Properties

    public ObservableList<VersionItem> versions() { return versions; }
    public ObjectProperty<VersionItem> fromProperty() { return from; }
    public ObjectProperty<VersionItem> toProperty() { return to; }
    public ObservableList<SchemaChange> changes() { return changes; }
    public ObservableList<TextDiff.Line> lines() { return lines; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    public AsyncCommand<Compared> compareCommand() { return compareCommand; }
}
