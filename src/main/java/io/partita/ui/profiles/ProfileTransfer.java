package io.partita.ui.profiles;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClientConfigNames;
import io.partita.kafka.ProfileExport;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.profile.AtomicFiles;
import io.partita.profile.ImportedProfile;
import io.partita.profile.ProfileImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The editor's import and export: file I/O on the task runner, the result as one message line. */
final class ProfileTransfer {

    private final TaskRunner runner;
    private final ProfileForm form;
    private final Consumer<String> message;

    ProfileTransfer(TaskRunner runner, ProfileForm form, Consumer<String> message) {
        this.runner = runner;
        this.form = form;
        this.message = message;
    }

    void importFrom(Path file, boolean kcat) {
        String name = form.nameProperty().get();
        runner.run(() -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return kcat ? ProfileImport.kcat(name, text, ClientConfigNames::isKnown)
                    : ProfileImport.clientProperties(name, text, ClientConfigNames::isKnown);
        }, this::imported, e -> message.accept("Could not import " + file.getFileName() + ": " + reason(e)));
    }

    private void imported(ImportedProfile imported) {
        form.importFrom(imported.profile(), imported.credentials());
        StringBuilder text = new StringBuilder("Imported the settings; check them and save.");
        imported.notes().forEach(note -> text.append("\n• ").append(note));
        message.accept(text.toString());
    }

    void exportTo(Path file, boolean includeSecrets) {
        ClusterProfile profile = form.toProfile();
        Credentials credentials = includeSecrets ? form.toCredentials() : Credentials.none();
        runner.run(() -> {
            String text = ProfileExport.clientProperties(profile, credentials, includeSecrets);
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), includeSecrets);
            return file;
        }, written -> message.accept("Exported to " + written + (includeSecrets ? " (with secrets, readable by you only)"
                : " (secrets left as placeholders)")), e -> message.accept("Could not export: " + reason(e)));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
