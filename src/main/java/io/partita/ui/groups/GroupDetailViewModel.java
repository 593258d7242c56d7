package io.partita.ui.groups;

import io.partita.async.TaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.GroupMember;
import io.partita.model.PartitionLag;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.SnapshotCommand;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One group: header facts, per-partition lag (absent, not zero, where nothing is committed), members with their
 * assignments, and the commands on it (chart, reset offsets, delete offsets of a topic, delete the group).
 */
public final class GroupDetailViewModel {

    /** What the detail tells the rest of the tab. */
    public record Hooks(Consumer<String> chart, Consumer<String> changed, Consumer<String> deleted) {
    }

    private final TaskRunner runner;
    private final GroupsBackend backend;
    private final DialogService dialogs;
    private final GroupDialogs groupDialogs;
    private final Hooks hooks;

    // Properties
    private final ReadOnlyStringWrapper groupId = new ReadOnlyStringWrapper(this, "groupId");
    private final ReadOnlyObjectWrapper<GroupDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper totalLag = new ReadOnlyStringWrapper(this, "totalLag", GroupFormats.ABSENT);
    private final ObservableList<PartitionLag> partitions = FXCollections.observableArrayList();
    private final ObservableList<PartitionLag> partitionsView = FXCollections.unmodifiableObservableList(partitions);
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final ObservableList<GroupMember> membersView = FXCollections.unmodifiableObservableList(members);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasMembers = new ReadOnlyBooleanWrapper(this, "hasMembers");
    private final ReadOnlyBooleanWrapper hasOffsets = new ReadOnlyBooleanWrapper(this, "hasOffsets");

    // Commands
    private final SnapshotCommand<String, GroupDetail> loadCommand;
    private final Command refreshCommand;
    private final Command chartCommand;
    private final Command resetCommand;
    private final Command deleteCommand;
    private final Command deleteOffsetsCommand;

    public GroupDetailViewModel(TaskRunner runner, GroupsBackend backend, DialogService dialogs,
                                GroupDialogs groupDialogs, Hooks hooks) {
        this.runner = runner;
        this.backend = backend;
        this.dialogs = dialogs;
        this.groupDialogs = groupDialogs;
        this.hooks = hooks;
        this.loadCommand = new SnapshotCommand<>(runner, new SimpleBooleanProperty(true), groupId::get,
                backend::describe, this::showDetail, e -> error.set("Could not describe the group: "
                        + GroupsViewModel.message(e)));
        BooleanBinding loaded = detail.isNotNull();
        BooleanBinding idle = busy.not();
        BooleanBinding mutable = loaded.and(idle).and(Bindings.createBooleanBinding(backend::allowsMutations));
        this.refreshCommand = new Command(groupId.isNotNull(), () -> show(groupId.get()));
        this.chartCommand = new Command(groupId.isNotNull(), () -> hooks.chart().accept(groupId.get()));
        this.resetCommand = new Command(loaded.and(idle), this::openReset);
        this.deleteCommand = new Command(mutable.and(hasMembers.not()), this::delete);
        this.deleteOffsetsCommand = new Command(mutable.and(hasOffsets), this::deleteOffsets);
    }

    /** Loads {@code id}, dropping whatever load was still running for another group. */
    public void show(String id) {
        loadCommand.cancel();
        if (!id.equals(groupId.get())) {
            clear();
        }
        groupId.set(id);
        error.set("");
        loadCommand.execute();
    }

    private void clear() {
        detail.set(null);
        partitions.clear();
        members.clear();
        summary.set("");
        totalLag.set(GroupFormats.ABSENT);
        hasMembers.set(false);
        hasOffsets.set(false);
    }

    private void showDetail(GroupDetail d) {
        detail.set(d);
        partitions.setAll(d.partitions());
        members.setAll(d.members());
        totalLag.set(GroupFormats.count(d.totalLag()));
        hasMembers.set(d.hasActiveMembers());
        hasOffsets.set(d.partitions().stream().anyMatch(p -> p.committedOffset() != null));
        summary.set(d.type().label() + " · " + d.state() + (d.assignor().isEmpty() ? "" : " · " + d.assignor())
                + " · " + d.members().size() + (d.members().size() == 1 ? " member" : " members")
                + " · coordinator " + GroupFormats.broker(d.coordinator()));
        error.set("");
    }

    private void openReset() {
        GroupDetail d = detail.get();
        groupDialogs.showReset(new OffsetResetViewModel(runner, backend, dialogs, d, () -> {
            show(d.groupId());
            hooks.changed().accept(d.groupId());
        }));
    }

    private void delete() {
        String id = groupId.get();
        if (dialogs.confirm("Delete group", "Delete consumer group " + id + " and all its committed offsets? "
                + "This cannot be undone.", "Delete group")) {
            mutate(() -> {
                backend.delete(id);
                return null;
            }, done -> {
                clear();
                groupId.set(null);
                hooks.deleted().accept(id);
            }, "Could not delete group " + id);
        }
    }

    private void deleteOffsets() {
        String id = groupId.get();
        List<String> topics = partitions.stream().filter(p -> p.committedOffset() != null)
                .map(PartitionLag::topic).distinct().sorted().toList();
        Optional<String> topic = groupDialogs.chooseTopic("Delete committed offsets",
                "Forget the offsets group " + id + " committed on which topic?", topics);
        if (topic.isPresent() && dialogs.confirm("Delete committed offsets", "Delete the committed offsets of group "
                + id + " on " + topic.get() + "? The group restarts there by its auto.offset.reset policy.",
                "Delete offsets")) {
            mutate(() -> backend.deleteOffsets(id, topic.get()), done -> {
                show(id);
                hooks.changed().accept(id);
            }, "Could not delete the offsets of " + id + " on " + topic.get());
        }
    }

    private <T> void mutate(Callable<T> work, Consumer<T> done, String failure) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            error.set(failure + ": " + GroupsViewModel.message(e));
            dialogs.showError(failure, GroupsViewModel.message(e));
        });
    }

    public void dispose() {
        loadCommand.cancel();
    }

    // Properties

    public ReadOnlyStringProperty groupIdProperty() { return groupId.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GroupDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty totalLagProperty() { return totalLag.getReadOnlyProperty(); }
    public ObservableList<PartitionLag> partitions() { return partitionsView; }
    public ObservableList<GroupMember> members() { return membersView; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loadCommand.runningProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
    public Command chartCommand() { return chartCommand; }
    public Command resetCommand() { return resetCommand; }
    public Command deleteCommand() { return deleteCommand; }
    public Command deleteOffsetsCommand() { return deleteOffsetsCommand; }
}
