package io.partita.ui.schemas;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.CompatibilityReport;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.model.SchemaProblem;
import io.partita.schema.SchemaFormat;
import io.partita.schema.SchemaValidator;
import io.partita.ui.common.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The register editor: the text is parsed as it changes (Avro's own parser, JSON for JSON Schema; Protobuf is
 * left to the registry), pre-checked against the registry's compatibility endpoint, then registered. Register
 * checks first and stops with the reasons when the registry would refuse.
 */
public final class RegisterViewModel {

    /** Where the text stands locally. */
    public enum ParseState { EMPTY, VALID, INVALID, UNCHECKED }

    /** What a register attempt did: the pre-check, and the id when it went on to register. */
    record Outcome(CompatibilityReport report, int id) {
    }

    /** What the editor needs from the latest version: its text, references and their texts, the types. */
    record Start(RegisteredSchema latest, List<String> referencedTexts, List<String> types) {
    }

    private final String subject;
    private final SchemaRegistryService service;
    private final TaskRunner runner;
    private final SchemaDialogs files;
    private final IntConsumer onRegistered;
    private List<SchemaReference> references = List.of();
    private List<String> referencedTexts = List.of();
    private RegisteredSchema latest;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<String> schemaType = new SimpleObjectProperty<>(this, "schemaType", "AVRO");
    private final ObservableList<String> types = FXCollections.observableArrayList("AVRO", "JSON", "PROTOBUF");
    private final ReadOnlyObjectWrapper<SchemaProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<ParseState> parseState =
            new ReadOnlyObjectWrapper<>(this, "parseState", ParseState.EMPTY);
    private final ReadOnlyStringWrapper parseStatus = new ReadOnlyStringWrapper(this, "parseStatus", "");
    private final ReadOnlyStringWrapper referencesText = new ReadOnlyStringWrapper(this, "referencesText", "");
    private final ReadOnlyObjectWrapper<CompatibilityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Commands
    private final AsyncCommand<Start> prepareCommand;
    private final AsyncCommand<CompatibilityReport> checkCommand;
    private final AsyncCommand<Outcome> registerCommand;
    private final Command importCommand;
    private final Command loadLatestCommand;

    RegisterViewModel(String subject, SchemaRegistryService service, TaskRunner runner, SchemaDialogs files,
                      ObservableBooleanValue canMutate, IntConsumer onRegistered) {
        this.subject = subject;
        this.service = service;
        this.runner = runner;
        this.files = files;
        this.onRegistered = onRegistered;
        BooleanBinding parses = Bindings.createBooleanBinding(() -> parseState.get() == ParseState.VALID
                || parseState.get() == ParseState.UNCHECKED, parseState);
        prepareCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), this::readStart, this::start,
                e -> error.set("Could not read the latest version: " + SchemasViewModel.message(e)));
        checkCommand = new AsyncCommand<>(runner, parses, this::check, this::showReport,
                e -> error.set("Compatibility check failed: " + SchemasViewModel.message(e)));
        BooleanBinding canRegister = parses.and(Bindings.createBooleanBinding(canMutate::get, canMutate))
                .and(checkCommand.runningProperty().not());
        registerCommand = new AsyncCommand<>(runner, canRegister, this::checkThenRegister, this::registered,
                e -> error.set("Register failed: " + SchemasViewModel.message(e)));
        importCommand = Command.always(this::importFile);
        loadLatestCommand = new Command(prepareCommand.runningProperty().not(), this::loadLatest);
        text.addListener((obs, old, now) -> textChanged());
        schemaType.addListener((obs, old, now) -> textChanged());
    }

    /** Reads what the editor starts from; called when the subject's versions are (re)loaded. */
    void prepare() {
        prepareCommand.execute();
    }

    private Start readStart() {
        List<Integer> versions = service.versionsOrNone(subject);
        RegisteredSchema newest = versions.isEmpty() ? null : service.schema(subject, "latest", false);
        List<String> refTexts = newest == null ? List.of() : service.referencedTexts(newest.references());
        List<String> known;
        try {
            known = service.schemaTypes();
        } catch (RuntimeException e) {
            known = List.of("AVRO", "JSON", "PROTOBUF");
        }
        return new Start(newest, refTexts, known);
    }

    private void start(Start start) {
        latest = start.latest();
        references = latest == null ? List.of() : latest.references();
        referencedTexts = start.referencedTexts();
        List<String> known = start.types().stream().sorted().toList();
        if (!types.equals(known)) {
            // A combo box bound to the type clears its value when its items are replaced: keep the type.
            String keep = schemaType.get();
            types.setAll(known);
            schemaType.set(keep);
        }
        referencesText.set(references.isEmpty() ? "" : "Uses the latest version's references: " + String.join(", ",
                references.stream().map(r -> r.name() + " → " + r.subject() + " v" + r.version()).toList()));
        if (text.get().isBlank() && latest != null) {
            loadLatest();
        } else {
            // Same text, maybe new references: parse again, but keep the verdict of the last check or register.
            parse();
        }
    }

    private void loadLatest() {
        if (latest != null) {
            schemaType.set(latest.schemaType());
            text.set(SchemaFormat.pretty(latest.schemaType(), latest.schema()));
        }
    }

    private void textChanged() {
        report.set(null);
        reasons.clear();
        verdict.set("");
        parse();
    }

    private void parse() {
        String type = schemaType.get() == null ? "AVRO" : schemaType.get();
        if (text.get() == null || text.get().isBlank()) {
            setParse(ParseState.EMPTY, null, "Paste, type or import a schema");
        } else if (!SchemaValidator.checksLocally(type)) {
            setParse(ParseState.UNCHECKED, null, type + " is not parsed here; the registry checks it");
        } else {
            Optional<SchemaProblem> found = SchemaValidator.check(type, text.get(), referencedTexts);
            setParse(found.isPresent() ? ParseState.INVALID : ParseState.VALID, found.orElse(null),
                    found.map(SchemaProblem::describe).orElse("Valid " + (type.equals("AVRO") ? "Avro" : "JSON")
                            + " schema"));
        }
    }

    private void setParse(ParseState state, SchemaProblem found, String status) {
        problem.set(found);
        parseState.set(state);
        parseStatus.set(status);
    }

    private CompatibilityReport check() {
        return service.check(subject, text.get(), schemaType.get(), references);
    }

    private Outcome checkThenRegister() {
        CompatibilityReport checked = check();
        if (!checked.compatible()) {
            return new Outcome(checked, 0);
        }
        return new Outcome(checked, service.register(subject, text.get(), schemaType.get(), references));
    }

    private void showReport(CompatibilityReport checked) {
        report.set(checked);
        reasons.setAll(checked.reasons());
        error.set("");
        if (checked.newSubject()) {
            verdict.set("Compatible: " + subject + " has no versions yet (level " + checked.level() + ")");
        } else if (checked.compatible()) {
            verdict.set("Compatible with the latest version under " + checked.level());
        } else {
            verdict.set("Incompatible under " + checked.level() + (checked.reasons().isEmpty()
                    ? " — the registry gave no reasons" : ""));
        }
    }

    private void registered(Outcome outcome) {
        showReport(outcome.report());
        if (outcome.id() != 0) {
            verdict.set("Registered: schema id " + outcome.id());
            onRegistered.accept(outcome.id());
        } else {
            verdict.set(verdict.get() + " — not registered");
        }
    }

    private void importFile() {
        files.chooseSchemaFile().ifPresent(path -> runner.run(() -> Files.readString(path), content -> {
            schemaType.set(typeOf(path));
            text.set(content);
        }, e -> error.set("Could not read " + path + ": " + SchemasViewModel.message(e))));
    }

    static String typeOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".proto") ? "PROTOBUF" : name.endsWith(".json") ? "JSON" : "AVRO";
    }

    void dispose() {
        prepareCommand.cancel();
        checkCommand.cancel();
        registerCommand.cancel();
    }

    // Properties

    public StringProperty textProperty() { return text; }
    public ObjectProperty<String> schemaTypeProperty() { return schemaType; }
    public ObservableList<String> types() { return types; }
    public ReadOnlyObjectProperty<SchemaProblem> problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ParseState> parseStateProperty() { return parseState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty parseStatusProperty() { return parseStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty referencesTextProperty() { return referencesText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CompatibilityReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ObservableList<String> reasons() { return reasons; }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    public AsyncCommand<CompatibilityReport> checkCommand() { return checkCommand; }
    public AsyncCommand<Outcome> registerCommand() { return registerCommand; }
    public Command importCommand() { return importCommand; }
    public Command loadLatestCommand() { return loadLatestCommand; }
}
