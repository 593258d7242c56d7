package io.partita.ui.schemas;

import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.RegisteredSchema;
import io.partita.schema.SchemaFormat;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The subject's actions that ask first: export a version, soft delete a version or the subject, and delete
 * permanently (only after a soft delete, and only once the subject's name is typed). The service refuses all
 * deletes on read-only profiles whatever the buttons say.
 */
public final class SubjectDeletes {

    private final SubjectViewModel subject;
    private final SchemaRegistryService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SchemaDialogs files;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final Command exportCommand;
    private final Command deleteVersionCommand;
    private final Command purgeVersionCommand;
    private final Command deleteSubjectCommand;
    private final Command purgeSubjectCommand;

    SubjectDeletes(SubjectViewModel subject, SchemaRegistryService service, TaskRunner runner, DialogService dialogs,
                   SchemaDialogs files) {
        this.subject = subject;
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.files = files;
        BooleanBinding idle = busy.not();
        BooleanBinding mutable = subject.canMutateProperty().and(idle);
        exportCommand = new Command(subject.schemaProperty().isNotNull().and(idle), this::export);
        deleteVersionCommand = new Command(mutable.and(subject.selection(v -> !v.deleted())), this::deleteVersion);
        purgeVersionCommand = new Command(mutable.and(subject.selection(VersionItem::deleted)), this::purgeVersion);
        deleteSubjectCommand = new Command(mutable.and(subject.deletedProperty().not())
                .and(javafx.beans.binding.Bindings.isNotEmpty(subject.versions())), this::deleteSubject);
        purgeSubjectCommand = new Command(mutable.and(subject.deletedProperty()), this::purgeSubject);
    }

    private void export() {
        RegisteredSchema schema = subject.schemaProperty().get();
        String name = subject.subject() + "-v" + schema.version() + SchemaFormat.extension(schema.schemaType());
        Optional<Path> target = files.chooseExportFile(name);
        target.ifPresent(path -> run(() -> {
            Files.writeString(path, SchemaFormat.pretty(schema.schemaType(), schema.schema()) + System.lineSeparator());
            return null;
        }, () -> subject.changedLocally("Exported version " + schema.version() + " to " + path), "Export failed"));
    }

    private void deleteVersion() {
        int version = subject.selectedVersionProperty().get().version();
        if (dialogs.confirm("Delete version " + version, "Soft-delete version " + version + " of " + subject.subject()
                + "?\n\nIt disappears from the versions list; consumers that know its id can still read old "
                + "messages. It can then be deleted permanently.", "Delete version")) {
            run(() -> service.deleteVersion(subject.subject(), version, false),
                    () -> subject.changed("Version " + version + " soft-deleted"), "Delete failed");
        }
    }

    private void purgeVersion() {
        int version = subject.selectedVersionProperty().get().version();
        if (files.confirmTyped("Delete version " + version + " permanently", "Version " + version + " of "
                + subject.subject() + " will be gone for good: messages written with its id can no longer be decoded."
                + "\n\nType the subject name to confirm.", subject.subject())) {
            run(() -> service.deleteVersion(subject.subject(), version, true),
                    () -> subject.changed("Version " + version + " deleted permanently"), "Permanent delete failed");
        }
    }

    private void deleteSubject() {
        if (dialogs.confirm("Delete subject", "Soft-delete " + subject.subject() + " with all its versions?\n\n"
                + "Registering a schema under it again revives it. It can then be deleted permanently.",
                "Delete subject")) {
            run(() -> service.deleteSubject(subject.subject(), false),
                    () -> subject.changed("Subject soft-deleted"), "Delete failed");
        }
    }

    private void purgeSubject() {
        if (files.confirmTyped("Delete subject permanently", subject.subject() + " and every version of it will be "
                + "gone for good: messages written with their ids can no longer be decoded.\n\n"
                + "Type the subject name to confirm.", subject.subject())) {
            run(() -> service.deleteSubject(subject.subject(), true),
                    () -> subject.changed("Subject deleted permanently"), "Permanent delete failed");
        }
    }

    private void run(Callable<?> work, Runnable done, String failure) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            done.run();
        }, e -> {
            busy.set(false);
            subject.failed(failure + ": " + SchemasViewModel.message(e));
        });
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Command exportCommand() { return exportCommand; }
    public Command deleteVersionCommand() { return deleteVersionCommand; }
    public Command purgeVersionCommand() { return purgeVersionCommand; }
    public Command deleteSubjectCommand() { return deleteSubjectCommand; }
    public Command purgeSubjectCommand() { return purgeSubjectCommand; }
}
