package io.partita.ui.profiles;

import io.partita.async.TaskRunner;
import io.partita.profile.AppSecretStore;
import io.partita.profile.EncryptedFileSecretStore.State;
import io.partita.profile.SecretStore;
import io.partita.ui.common.DialogService;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks for the master password of an encrypted secret store: at start when the file exists and is locked, and after
 * a profile was saved with secrets that are so far kept for this session only. The key derivation runs on the
 * task runner, never on the UI thread; a wrong password asks again with the reason, "Skip" keeps the store locked
 * (secrets then live for this session only). Call the methods on the UI thread.
 */
public final class MasterPasswordPrompt {

    static final String UNLOCK_TEXT = "Partita keeps the passwords of your cluster profiles in a file encrypted with "
            + "your master password. Enter it to use them (skip: they are asked again when needed).";
    static final String CREATE_TEXT = "Choose a master password to keep the passwords you entered: Partita "
            + "encrypts them with it (AES-256). Without one they are kept until Partita closes.";

    private final TaskRunner runner;
    private final SecretStore secrets;
    private final DialogService dialogs;

    public MasterPasswordPrompt(TaskRunner runner, SecretStore secrets, DialogService dialogs) {
        this.runner = runner;
        this.secrets = secrets;
        this.dialogs = dialogs;
    }

    /** Unlocks an existing encrypted store (no question when there is none, or for a keyring). */
    public void unlockAtStart() {
        runner.run(() -> secrets.masterPasswordState().orElse(State.UNLOCKED), state -> {
            if (state == State.LOCKED) {
                ask(false, null);
            }
        }, e -> { });
    }

    /** After a save: offers to keep the secrets typed so far, if they are only in memory. */
    public void offerToKeep() {
        if (!(secrets instanceof AppSecretStore app)) {
            return;
        }
        runner.run(() -> app.hasSessionOnlySecrets() ? app.masterPasswordState().orElse(State.UNLOCKED) : State.UNLOCKED,
                state -> {
                    if (state != State.UNLOCKED) {
                        ask(state == State.NO_FILE, null);
                    }
                }, e -> { });
    }

    private void ask(boolean create, String error) {
        Optional<String> password = dialogs.askMasterPassword(create, create ? CREATE_TEXT : UNLOCK_TEXT, error);
        if (password.isEmpty() || password.get().isEmpty()) {
            return;
        }
        char[] chars = password.get().toCharArray();
        runner.run(() -> {
            try {
                secrets.unlock(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
            return null;
        }, ok -> { }, e -> ask(create, e.getMessage()));
    }
}
