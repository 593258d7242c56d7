package io.partita.ui.main;

import io.partita.async.TaskRunner;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ChangeMasterPasswordViewModel;
import io.partita.ui.profiles.MasterPasswordPrompt;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The app shell: the saved profiles, the selected one and its connection, the welcome screen when there are none.
 * Profile files and secrets are read and written on worker threads.
 */
public final class MainViewModel {

    private final ShellServices services;
    private final TaskRunner runner;
    private final ProfileStore store;
    private final SecretStore secrets;
    private final DialogService dialogs;
    private final Clock clock;
    private final WelcomeViewModel welcome;
    private final MasterPasswordPrompt masterPassword;

    // Properties
    private final ObservableList<ProfileItem> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileItem> selected = new SimpleObjectProperty<>(this, "selected");
    private ShellMemory memory = ShellMemory.inMemory();
    private final ReadOnlyObjectWrapper<ConnectionState> selectedState =
            new ReadOnlyObjectWrapper<>(this, "selectedState", ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanBinding showWelcome;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ReadOnlyBooleanWrapper masterPasswordInUse = new ReadOnlyBooleanWrapper(this, "masterPasswordInUse");
    private final ReadOnlyBooleanWrapper masterPasswordSet = new ReadOnlyBooleanWrapper(this, "masterPasswordSet");

    // Commands
    private final Command addCommand;
    private final Command editCommand;
    private final Command duplicateCommand;
    private final Command deleteCommand;
    private final Command connectCommand;
    private final Command disconnectCommand;
    private final Command toggleThemeCommand;
    private final Command changeMasterPasswordCommand;

    public MainViewModel(ShellServices services, Clock clock) {
        this.services = services;
        this.runner = services.profiles().runner();
        this.store = services.profiles().store();
        this.secrets = services.profiles().secrets();
        this.dialogs = services.dialogs();
        this.clock = clock;
        this.masterPassword = new MasterPasswordPrompt(runner, secrets, dialogs);
        showWelcome = loaded.and(Bindings.isEmpty(profiles));
        BooleanBinding hasSelection = selected.isNotNull();
        addCommand = Command.always(this::add);
        editCommand = new Command(hasSelection, () -> withSelectedCredentials(this::edit));
        duplicateCommand = new Command(hasSelection, () -> withSelectedCredentials(this::duplicate));
        deleteCommand = new Command(hasSelection, this::delete);
        connectCommand = new Command(Bindings.createBooleanBinding(
                () -> selected.get() != null && selectedState.get().canConnect(), selected, selectedState),
                () -> selected.get().connect());
        disconnectCommand = new Command(Bindings.createBooleanBinding(
                () -> selected.get() != null && selectedState.get().canDisconnect(), selected, selectedState),
                () -> selected.get().disconnect());
        toggleThemeCommand = Command.always(() -> darkTheme.set(!darkTheme.get()));
        changeMasterPasswordCommand = new Command(masterPasswordSet, () -> dialogs.changeMasterPassword(
                new ChangeMasterPasswordViewModel(runner, secrets)));
        welcome = new WelcomeViewModel(runner, store, services.sandbox(),
                profile -> reload(profile.name(), true), addCommand);
        welcome.setImportAction(this::importProperties);
        selected.addListener((obs, old, item) -> followSelected(item));
        selected.addListener((obs, old, item) -> {
            // Only once the profiles are known: before that, "nothing selected" says nothing about the user's choice.
            if (loaded.get()) {
                memory.profileSelected(item == null ? null : item.name());
            }
        });
    }

    /** Where the last selected profile and each profile's tab are kept; set before {@link #load}. */
    public void useMemory(ShellMemory memory) {
        this.memory = memory;
    }

    public ShellMemory memory() {
        return memory;
    }

    /** Reads the saved profiles (on a worker thread). Call once the view is up. */
    public void load() {
        load(Runnable::run);
    }

    /**
     * Reads the saved profiles on a worker thread and hands them to the view through {@code show} (on the FX
     * thread): the main window passes one that holds them until its first frame is on screen.
     */
    public void load(Executor show) {
        reload(null, false, show);
        masterPassword.unlockAtStart();
        refreshMasterPasswordState();
    }

    /**
     * Asks (on a worker thread) whether secrets sit behind a master password, and whether one was chosen yet: the
     * menu offers to change it only then. Called at start and whenever the menu opens.
     */
    public void refreshMasterPasswordState() {
        runner.run(secrets::masterPasswordState, state -> {
            masterPasswordInUse.set(state.isPresent());
            masterPasswordSet.set(state.isPresent() && state.get() != EncryptedFileSecretStore.State.NO_FILE);
        }, e -> { });
    }

    private record Snapshot(List<ClusterProfile> profiles, String problem) {
    }

    private void reload(String select, boolean connect) {
        reload(select, connect, Runnable::run);
    }

    private void reload(String select, boolean connect, Executor show) {
        runner.run(this::readStore, snapshot -> show.execute(() -> apply(snapshot, select, connect)),
                e -> dialogs.showError("Profiles", "Could not read the saved profiles: " + e.getMessage()));
    }

    private void apply(Snapshot snapshot, String select, boolean connect) {
        merge(snapshot.profiles());
        welcome.showStoreProblem(snapshot.problem());
        loaded.set(true);
        findItem(select).ifPresent(item -> {
            selected.set(item);
            if (connect) {
                item.connect();
            }
        });
    }

    /** Runs on a worker thread. A file from a newer Partita is reported, not overwritten. */
    private Snapshot readStore() {
        try {
            return new Snapshot(store.list(), store.problem().orElse(null));
        } catch (IllegalStateException e) {
            return new Snapshot(List.of(), e.getMessage());
        }
    }

    private void merge(List<ClusterProfile> saved) {
        Map<String, ProfileItem> byName = new HashMap<>();
        profiles.forEach(item -> byName.put(item.name(), item));
        List<ProfileItem> next = saved.stream().map(profile -> {
            ProfileItem item = byName.remove(profile.name());
            if (item == null) {
                return new ProfileItem(profile, runner, secrets, services.connector(), dialogs, clock);
            }
            item.update(profile);
            return item;
        }).toList();
        byName.values().forEach(ProfileItem::disconnect);
        ProfileItem keep = selected.get();
        if (keep == null && !loaded.get()) {
            // The first read: the profile selected when the app last ran.
            keep = memory.lastProfile().flatMap(name -> next.stream().filter(i -> i.name().equals(name)).findFirst())
                    .orElse(null);
        }
        profiles.setAll(next);
        memory.retain(next.stream().map(ProfileItem::name).collect(Collectors.toSet()));
        // Something is always selected when there is something: one click on Connect, not two.
        selected.set(next.contains(keep) ? keep : next.isEmpty() ? null : next.get(0));
    }

    private Optional<ProfileItem> findItem(String name) {
        return profiles.stream().filter(item -> item.name().equals(name)).findFirst();
    }

    private void followSelected(ProfileItem item) {
        selectedState.unbind();
        status.unbind();
        if (item == null) {
            selectedState.set(ConnectionState.DISCONNECTED);
            status.set(profiles.isEmpty() ? "No cluster profiles yet" : "No profile selected");
        } else {
            selectedState.bind(item.stateProperty());
            status.bind(item.statusTextProperty());
        }
    }

    private List<String> names() {
        return profiles.stream().map(ProfileItem::name).toList();
    }

    private void add() {
        openEditor(ProfileEditorViewModel.forNew(services.profiles(), names()));
    }

    /** Welcome screen's "Import client.properties": a new profile's editor, filled from the chosen file. */
    private void importProperties() {
        dialogs.chooseFileToOpen("Import a Kafka client configuration", "Kafka client properties", "*.properties",
                "*.conf", "*.config").ifPresent(file -> {
                    ProfileEditorViewModel editor = ProfileEditorViewModel.forNew(services.profiles(), names());
                    editor.importFrom(file, false);
                    openEditor(editor);
                });
    }

    private void edit(ProfileItem item, Credentials credentials) {
        openEditor(ProfileEditorViewModel.forEdit(services.profiles(), item.profile(), credentials, names()));
    }

    private void duplicate(ProfileItem item, Credentials credentials) {
        openEditor(ProfileEditorViewModel.forCopy(services.profiles(), item.profile(), credentials, names()));
    }

    private void openEditor(ProfileEditorViewModel editor) {
        dialogs.editProfile(editor);
        ClusterProfile saved = editor.savedProperty().get();
        if (saved != null) {
            reload(saved.name(), false);
            masterPassword.offerToKeep();
        }
    }

    /** Secrets are read on a worker thread: a keychain-backed store may block. */
    private void withSelectedCredentials(java.util.function.BiConsumer<ProfileItem, Credentials> then) {
        ProfileItem item = selected.get();
        runner.run(() -> secrets.load(item.name()), credentials -> then.accept(item, credentials),
                e -> dialogs.showError("Secrets", "Could not read the secrets of " + item.name() + ": " + e.getMessage()));
    }

    private void delete() {
        ProfileItem item = selected.get();
        String message = "Delete the profile '" + item.name() + "'?\n\nThis removes the saved connection settings"
                + " and passwords from Partita. The cluster itself is not touched.";
        if (!dialogs.confirm("Delete profile", message, "Delete")) {
            return;
        }
        item.disconnect();
        String name = item.name();
        runner.run(() -> {
            store.remove(name);
            secrets.remove(name);
            return name;
        }, removed -> reload(null, false), e -> dialogs.showError("Delete profile", "Could not delete: " + e.getMessage()));
    }

    // Properties

    public ObservableList<ProfileItem> profiles() { return FXCollections.unmodifiableObservableList(profiles); }
    public ObjectProperty<ProfileItem> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<ConnectionState> selectedStateProperty() { return selectedState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public BooleanBinding showWelcomeProperty() { return showWelcome; }
    public BooleanProperty darkThemeProperty() { return darkTheme; }
    /** True when secrets are kept in the encrypted file (not a keyring): its master password can be changed. */
    public ReadOnlyBooleanProperty masterPasswordInUseProperty() { return masterPasswordInUse.getReadOnlyProperty(); }
    public WelcomeViewModel welcome() { return welcome; }
    /** For view-only helpers (the About dialog reads versions on it). */
    TaskRunner runner() { return runner; }

    // Commands

    public Command addCommand() { return addCommand; }
    public Command editCommand() { return editCommand; }
    public Command duplicateCommand() { return duplicateCommand; }
    public Command deleteCommand() { return deleteCommand; }
    public Command connectCommand() { return connectCommand; }
    public Command disconnectCommand() { return disconnectCommand; }
    public Command toggleThemeCommand() { return toggleThemeCommand; }
    public Command changeMasterPasswordCommand() { return changeMasterPasswordCommand; }
}
