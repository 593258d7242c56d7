package io.partita.ui.common;

import io.partita.ui.profiles.ChangeMasterPasswordViewModel;
import io.partita.ui.profiles.ProfileEditorViewModel;

/**
 * Every dialog a view model may need. View models call it and never build windows themselves; tests pass a
 * scripted implementation. Methods are called on the UI thread and return when the dialog closes.
 */
public interface DialogService {

    /** @return true when the user chose {@code confirmLabel} */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    /** Shows the profile editor modally. The editor saves by itself; check its saved profile afterwards. */
    void editProfile(ProfileEditorViewModel editor);

    /**
     * Asks for one secret a profile needs and the store does not have (e.g. after the keyring was reset).
     *
     * @return the value, or empty when the user cancels (the connection is then tried without it)
     */
    default java.util.Optional<String> askSecret(String profileName, String what) {
        return java.util.Optional.empty();
    }

    /**
     * Asks for the master password of the encrypted secrets file.
     *
     * @param create  true to choose a new one (asked twice), false to unlock the existing file
     * @param message what it is for; {@code error} (or null) what went wrong with the last attempt
     * @return the password, or empty when the user chose not to give one
     */
    default java.util.Optional<String> askMasterPassword(boolean create, String message, String error) {
        return java.util.Optional.empty();
    }

    /** Shows the "Change master password" dialog modally; the view model does the change and says when it is done. */
    default void changeMasterPassword(ChangeMasterPasswordViewModel dialog) {
    }

    /**
     * Asks for an existing file to read.
     *
     * @param patterns file name patterns offered first, e.g. {@code *.properties}
     * @return the file, or empty when the user cancels
     */
    default java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String kind, String... patterns) {
        return java.util.Optional.empty();
    }
}
