package io.partita.ui.schemas;

import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Both dialog services for view-model tests: confirmations answered as told, typed text as the test sets it. */
final class ScriptedSchemaDialogs implements DialogService, SchemaDialogs {

    final List<String> confirmations = new ArrayList<>();
    final List<String> typedPrompts = new ArrayList<>();
    boolean confirm = true;
    /** What the user "types" in a typed confirmation; null types the expected text. */
    String typed;
    Path importFile;
    Path exportFile;
    String subjectName;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title);
        return confirm;
    }

    @Override
    public void showError(String title, String message) {
        throw new AssertionError("unexpected error dialog: " + message);
    }

    @Override
    public void editProfile(ProfileEditorViewModel editor) {
        throw new AssertionError("no profile editor here");
    }

    @Override
    public Optional<Path> chooseSchemaFile() {
        return Optional.ofNullable(importFile);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        return Optional.ofNullable(exportFile == null ? null : exportFile.resolve(suggestedName));
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        typedPrompts.add(title);
        return expected.equals(typed == null ? expected : typed);
    }

    @Override
    public Optional<String> askSubjectName(List<String> suggestions) {
        return Optional.ofNullable(subjectName);
    }
}
