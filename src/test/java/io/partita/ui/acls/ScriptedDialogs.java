package io.partita.ui.acls;

import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Dialog doubles: answers confirmations as told, fills the create dialog with a script, records what it saw. */
final class ScriptedDialogs implements DialogService, AclDialogs {

    boolean confirmAnswer = true;
    Consumer<AclEditorViewModel> createScript = editor -> { };
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void editProfile(ProfileEditorViewModel editor) {
        throw new AssertionError("not expected");
    }

    @Override
    public void createAcl(AclEditorViewModel editor) {
        createScript.accept(editor);
    }
}
