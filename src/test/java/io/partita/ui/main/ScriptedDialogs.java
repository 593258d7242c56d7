package io.partita.ui.main;

import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A dialog service for view-model tests: answers confirmations as told and lets the test drive the editor. */
final class ScriptedDialogs implements DialogService {

    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean answer;
    Consumer<ProfileEditorViewModel> editorScript = editor -> { };
    ProfileEditorViewModel lastEditor;
    final List<String> secretsAsked = new ArrayList<>();
    String secretAnswer;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public java.util.Optional<String> askSecret(String profileName, String what) {
        secretsAsked.add(profileName + ": " + what);
        return java.util.Optional.ofNullable(secretAnswer);
    }

    java.nio.file.Path fileToOpen;

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String kind, String... patterns) {
        return java.util.Optional.ofNullable(fileToOpen);
    }

    final List<io.partita.ui.profiles.ChangeMasterPasswordViewModel> passwordChanges = new ArrayList<>();

    @Override
    public void changeMasterPassword(io.partita.ui.profiles.ChangeMasterPasswordViewModel dialog) {
        passwordChanges.add(dialog);
    }

    @Override
    public void editProfile(ProfileEditorViewModel editor) {
        lastEditor = editor;
        editorScript.accept(editor);
    }
}
