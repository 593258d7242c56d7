package io.partita.ui.acls;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.NoAuthorizerException;
import io.partita.model.AclEntry;
import io.partita.model.AclQuery;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The ACLs of the cluster: a table filtered as the user types (principal, resource, operation …), create through a
 * dialog, delete the selected bindings after a confirmation. A cluster without an authorizer is a state with its own
 * message, not an error. Mutations are offered only when the profile allows them (the service refuses anyway).
 */
public final class AclsViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TaskRunner runner;
    private final ClusterSession session;
    private final DialogService dialogs;
    private final AclDialogs aclDialogs;
    private final BusyRunner busy;

    // Properties
    private final ObservableList<AclEntry> bindings = FXCollections.observableArrayList();
    private final FilteredList<AclEntry> shown = new FilteredList<>(bindings, e -> true);
    private final ObservableList<AclEntry> selected = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper noAuthorizer = new ReadOnlyBooleanWrapper(this, "noAuthorizer");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Commands
    private final Command refreshCommand;
    private final Command createCommand;
    private final Command deleteCommand;

    public AclsViewModel(TaskRunner runner, ClusterSession session, DialogService dialogs, AclDialogs aclDialogs) {
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.aclDialogs = aclDialogs;
        this.busy = new BusyRunner(runner);
        filter.addListener((obs, o, text) -> applyFilter(text));
        var idle = busy.busyProperty().not();
        var mutable = idle.and(noAuthorizer.not()).and(new SimpleBooleanProperty(session.allowsMutations()));
        refreshCommand = new Command(idle, this::refresh);
        createCommand = new Command(mutable, this::create);
        deleteCommand = new Command(mutable.and(Bindings.isNotEmpty(selected)), this::deleteSelected);
        if (!session.allowsMutations()) {
            notice.set("This profile is read-only: ACLs can be looked at, not changed.");
        }
    }

    private void refresh() {
        busy.run(() -> session.acls().list(AclQuery.any(), TIMEOUT), this::show, this::failed);
    }

    private void show(List<AclEntry> rows) {
        noAuthorizer.set(false);
        error.set("");
        bindings.setAll(rows);
        applyFilter(filter.get());
    }

    private void failed(Throwable e) {
        if (e instanceof NoAuthorizerException) {
            bindings.clear();
            noAuthorizer.set(true);
            error.set("");
            summary.set("");
            notice.set("This cluster has no authorizer configured, so it has no ACLs: every client may do "
                    + "everything. Set authorizer.class.name on the brokers to use ACLs.");
            return;
        }
        error.set("Could not read the ACLs: " + BusyRunner.message(e));
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> needle.isEmpty() || e.describe().toLowerCase(Locale.ROOT).contains(needle));
        summary.set(shown.size() == bindings.size() ? count(bindings.size())
                : shown.size() + " of " + count(bindings.size()));
    }

    private static String count(int n) {
        return n + (n == 1 ? " binding" : " bindings");
    }

    private void create() {
        AclEditorViewModel editor = new AclEditorViewModel(runner, session);
        aclDialogs.createAcl(editor);
        if (editor.createdProperty().get() != null) {
            refresh();
        }
    }

    private void deleteSelected() {
        List<AclEntry> doomed = List.copyOf(selected);
        String list = doomed.stream().limit(10).map(AclEntry::describe).reduce((a, b) -> a + "\n" + b).orElse("")
                + (doomed.size() > 10 ? "\n… and " + (doomed.size() - 10) + " more" : "");
        if (!dialogs.confirm("Delete ACLs", "Delete " + count(doomed.size()) + "? Clients that rely on them lose "
                + "access at once.\n\n" + list, "Delete")) {
            return;
        }
        busy.run(() -> session.acls().deleteExactly(doomed, TIMEOUT), deleted -> {
            selected.clear();
            refresh();
        }, e -> error.set("Could not delete: " + BusyRunner.message(e)));
    }

    public void dispose() {
        busy.cancel();
    }

    // Properties

    /** The bindings that pass the filter, for the table. */
    public ObservableList<AclEntry> shown() { return shown; }
    /** The table's selection; the view keeps it up to date. */
    public ObservableList<AclEntry> selected() { return selected; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyBooleanProperty noAuthorizerProperty() { return noAuthorizer.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
    public Command createCommand() { return createCommand; }
    public Command deleteCommand() { return deleteCommand; }
}
