package io.partita.ui.profiles;

import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.Credentials;
import io.partita.profile.ProfileStore;
import io.partita.ui.common.SnapshotCommand;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import io.partita.kafka.ClientConfigNames;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Add, edit or copy one cluster profile: validates as the user types, tests the connection in the background and
 * saves a new {@link ClusterProfile} record (secrets go to the secret store, never into the profile).
 */
public final class ProfileEditorViewModel {

    public static final List<String> SASL_MECHANISMS =
            List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI");
    public static final List<String> TRUSTSTORE_TYPES = List.of("PKCS12", "JKS", "PEM");
    /** Colour tags offered; "" means none. */
    public static final List<String> COLOURS =
            List.of("", "#e5534b", "#f0883e", "#d4a72c", "#2da44e", "#0969da", "#8250df", "#6e7781");
    static final Duration TEST_BOUND = Duration.ofSeconds(10);

    private record Draft(ClusterProfile profile, Credentials credentials) {
    }

    private final ProfileServices services;
    private final String originalName;
    private final String title;
    private final ProfileForm form = new ProfileForm();

    // Properties
    private final StringBinding nameError;
    private final StringBinding bootstrapError;
    private final StringBinding saslError;
    private final StringBinding registryError;
    private final StringBinding propertiesError;
    private final StringBinding propertiesWarning;
    private final ReadOnlyStringWrapper transferMessage = new ReadOnlyStringWrapper(this, "transferMessage", "");
    private final ProfileTransfer transfer;
    private final BooleanBinding valid;
    private final BooleanBinding connectionFieldsValid;
    private final ReadOnlyObjectWrapper<ConnectionTestOutcome> testOutcome =
            new ReadOnlyObjectWrapper<>(this, "testOutcome", ConnectionTestOutcome.NONE);
    private final ReadOnlyStringWrapper kafkaResult = new ReadOnlyStringWrapper(this, "kafkaResult", "");
    private final ReadOnlyStringWrapper registryResult = new ReadOnlyStringWrapper(this, "registryResult", "");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final ReadOnlyObjectWrapper<ClusterProfile> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    // Commands
    private final SnapshotCommand<Draft, ConnectionReport> testConnectionCommand;
    private final SnapshotCommand<Draft, ClusterProfile> saveCommand;

    private ProfileEditorViewModel(ProfileServices services, ClusterProfile template, Credentials credentials,
                                   String originalName, Collection<String> existingNames, String title) {
        this.services = services;
        this.originalName = originalName;
        this.title = title;
        if (template != null) {
            form.load(template, credentials);
        }
        List<String> otherNames = existingNames.stream().filter(n -> !n.equals(originalName)).toList();
        nameError = Bindings.createStringBinding(
                () -> ProfileValidator.name(form.nameProperty().get(), otherNames), form.nameProperty());
        bootstrapError = Bindings.createStringBinding(
                () -> ProfileValidator.bootstrap(form.bootstrapServersProperty().get()), form.bootstrapServersProperty());
        saslError = Bindings.createStringBinding(form.security()::saslError,
                form.security().fields().toArray(Observable[]::new));
        registryError = Bindings.createStringBinding(
                () -> ProfileValidator.registryUrl(form.registryUrlProperty().get()), form.registryUrlProperty());
        propertiesError = Bindings.createStringBinding(
                () -> ProfileValidator.clientProperties(form.clientProperties()), form.clientProperties());
        propertiesWarning = Bindings.createStringBinding(
                () -> ProfileValidator.unknownProperties(form.clientProperties(), ClientConfigNames::isKnown),
                form.clientProperties());
        connectionFieldsValid = bootstrapError.isNull().and(saslError.isNull()).and(registryError.isNull())
                .and(propertiesError.isNull());
        valid = connectionFieldsValid.and(nameError.isNull());
        testConnectionCommand = new SnapshotCommand<>(services.runner(), connectionFieldsValid, this::draft,
                d -> services.probe().test(d.profile(), d.credentials(), TEST_BOUND), this::showReport, this::testFailed);
        saveCommand = new SnapshotCommand<>(services.runner(), valid, this::draft, this::persist,
                saved::set, e -> saveError.set("Could not save: " + message(e)));
        testConnectionCommand.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                showTestRunning();
            }
        });
        for (javafx.beans.value.ObservableValue<?> field : form.connectionFields()) {
            field.addListener((obs, o, n) -> clearStaleResult());
        }
        form.clientProperties().addListener((Observable o) -> clearStaleResult());
        transfer = new ProfileTransfer(services.runner(), form, transferMessage::set);
    }

    /** An empty editor for a new cluster. */
    public static ProfileEditorViewModel forNew(ProfileServices services, Collection<String> existingNames) {
        return new ProfileEditorViewModel(services, null, Credentials.none(), null, existingNames, "Add cluster");
    }

    public static ProfileEditorViewModel forEdit(ProfileServices services, ClusterProfile profile,
                                                 Credentials credentials, Collection<String> existingNames) {
        return new ProfileEditorViewModel(services, profile, credentials, profile.name(), existingNames,
                "Edit '" + profile.name() + "'");
    }

    /** A new profile prefilled from {@code source}, named "source (copy)" (or (copy 2) ...). */
    public static ProfileEditorViewModel forCopy(ProfileServices services, ClusterProfile source,
                                                 Credentials credentials, Collection<String> existingNames) {
        String name = source.name() + " (copy)";
        for (int i = 2; containsIgnoreCase(existingNames, name); i++) {
            name = source.name() + " (copy " + i + ")";
        }
        return new ProfileEditorViewModel(services, source.withName(name), credentials, null, existingNames,
                "Copy of '" + source.name() + "'");
    }

    private Draft draft() {
        return new Draft(form.toProfile(), form.toCredentials());
    }

    /** Runs on a worker thread. */
    private ClusterProfile persist(Draft draft) {
        ProfileStore store = services.store();
        ClusterProfile profile = draft.profile();
        if (originalName == null) {
            if (store.find(profile.name()).isPresent()) {
                throw new IllegalArgumentException("a profile named '" + profile.name() + "' already exists");
            }
            store.save(profile);
        } else {
            store.replace(originalName, profile);
            if (!originalName.equals(profile.name())) {
                services.secrets().remove(originalName);
            }
        }
        services.secrets().save(profile.name(), draft.credentials());
        return profile;
    }

    private void showTestRunning() {
        testOutcome.set(ConnectionTestOutcome.RUNNING);
        kafkaResult.set("Testing " + form.bootstrapServersProperty().get().strip() + " (up to "
                + TEST_BOUND.toSeconds() + " s)…");
        registryResult.set("");
    }

    private void showReport(ConnectionReport report) {
        testOutcome.set(ReportText.outcome(report));
        kafkaResult.set(ReportText.kafka(report));
        registryResult.set(ReportText.registry(report.registry()));
    }

    private void testFailed(Throwable error) {
        testOutcome.set(ConnectionTestOutcome.FAILURE);
        kafkaResult.set("Test failed: " + message(error));
        registryResult.set("");
    }

    private void clearStaleResult() {
        if (testOutcome.get() != ConnectionTestOutcome.RUNNING) {
            testOutcome.set(ConnectionTestOutcome.NONE);
            kafkaResult.set("");
            registryResult.set("");
        }
    }

    /** Drops a running test's result, e.g. when the dialog closes. */
    public void cancel() {
        testConnectionCommand.cancel();
        clearStaleResult();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean containsIgnoreCase(Collection<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    // Properties

    public ProfileForm form() { return form; }
    public String title() { return title; }
    public boolean isNew() { return originalName == null; }
    /** Null when the secret store keeps secrets across restarts; otherwise what to say next to password fields. */
    public String secretsNote() {
        return services.secrets().persistent() ? null
                : "Kept for this session only until you choose or enter the master password (asked after saving).";
    }
    public StringBinding nameErrorProperty() { return nameError; }
    public StringBinding bootstrapErrorProperty() { return bootstrapError; }
    public StringBinding saslErrorProperty() { return saslError; }
    public StringBinding registryErrorProperty() { return registryError; }
    public StringBinding propertiesErrorProperty() { return propertiesError; }
    public StringBinding propertiesWarningProperty() { return propertiesWarning; }
    /** What the last import or export did (or why it failed), and the notes of an import. */
    public ReadOnlyStringProperty transferMessageProperty() { return transferMessage.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    public ReadOnlyObjectProperty<ConnectionTestOutcome> testOutcomeProperty() { return testOutcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kafkaResultProperty() { return kafkaResult.getReadOnlyProperty(); }
    public ReadOnlyStringProperty registryResultProperty() { return registryResult.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ClusterProfile> savedProperty() { return saved.getReadOnlyProperty(); }

    // Commands

    public SnapshotCommand<?, ConnectionReport> testConnectionCommand() { return testConnectionCommand; }
    public SnapshotCommand<?, ClusterProfile> saveCommand() { return saveCommand; }

    /** Fills the form from a client .properties file, or a kcat config when {@code kcat} (read off the UI thread). */
    public void importFrom(java.nio.file.Path file, boolean kcat) { transfer.importFrom(file, kcat); }

    /** Writes the form as a client .properties file; secrets only when {@code includeSecrets} (owner-only file). */
    public void exportTo(java.nio.file.Path file, boolean includeSecrets) { transfer.exportTo(file, includeSecrets); }

    /** Adds an empty row to the advanced properties. */
    public void addProperty() { form.clientProperties().add(new ClientPropertyRow("", "")); }
}
