package io.partita.ui.acls;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclResourceType;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import java.time.Duration;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create-ACL dialog: one binding (principal, host, permission, operation on a resource), checked as the user
 * types; Create runs in the background and the broker's refusal, if any, is shown in {@code message}.
 */
public final class AclEditorViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ClusterSession session;
    private final BusyRunner busy;

    // Properties
    private final StringProperty principal = new SimpleStringProperty(this, "principal", "User:");
    private final StringProperty host = new SimpleStringProperty(this, "host", "*");
    private final ObjectProperty<AclPermission> permission = new SimpleObjectProperty<>(this, "permission",
            AclPermission.ALLOW);
    private final ObjectProperty<AclOperation> operation = new SimpleObjectProperty<>(this, "operation",
            AclOperation.READ);
    private final ObjectProperty<AclResourceType> resourceType = new SimpleObjectProperty<>(this, "resourceType",
            AclResourceType.TOPIC);
    private final StringProperty resourceName = new SimpleStringProperty(this, "resourceName", "");
    private final ObjectProperty<AclPatternType> patternType = new SimpleObjectProperty<>(this, "patternType",
            AclPatternType.LITERAL);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<AclEntry> created = new ReadOnlyObjectWrapper<>(this, "created");

    // Commands
    private final Command createCommand;

    public AclEditorViewModel(TaskRunner runner, ClusterSession session) {
        this.session = session;
        this.busy = new BusyRunner(runner);
        for (Observable input : new Observable[] {principal, host, permission, operation, resourceType, resourceName,
                patternType}) {
            input.addListener(o -> check());
        }
        check();
        BooleanBinding ready = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem)
                .and(busy.busyProperty().not()).and(created.isNull())
                .and(new SimpleBooleanProperty(session.allowsMutations()));
        createCommand = new Command(ready, this::create);
    }

    /** The binding as entered; only meaningful while {@code problem} is empty. */
    public AclEntry entry() {
        return new AclEntry(principal.get(), host.get(), operation.get(), permission.get(), resourceType.get(),
                resourceName.get(), patternType.get());
    }

    private void check() {
        String text = entry().problem().orElse("");
        problem.set(text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1));
        if (!busy.isBusy()) {
            message.set("");
        }
    }

    private void create() {
        AclEntry entry = entry();
        message.set("Creating " + entry.describe() + "…");
        busy.run(() -> {
            session.acls().create(List.of(entry), TIMEOUT);
            return entry;
        }, done -> {
            message.set("Created " + done.describe() + ".");
            created.set(done);
        }, e -> message.set("The broker refuses: " + BusyRunner.message(e)));
    }

    public List<AclOperation> operations() {
        return List.of(AclOperation.values());
    }

    // Properties

    public StringProperty principalProperty() { return principal; }
    public StringProperty hostProperty() { return host; }
    public ObjectProperty<AclPermission> permissionProperty() { return permission; }
    public ObjectProperty<AclOperation> operationProperty() { return operation; }
    public ObjectProperty<AclResourceType> resourceTypeProperty() { return resourceType; }
    public StringProperty resourceNameProperty() { return resourceName; }
    public ObjectProperty<AclPatternType> patternTypeProperty() { return patternType; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
    /** The binding once created; the dialog closes then. */
    public ReadOnlyObjectProperty<AclEntry> createdProperty() { return created.getReadOnlyProperty(); }

    // Commands

    public Command createCommand() { return createCommand; }
}
