package io.partita.profile;

/**
 * The master password did not open the secrets file: either it is wrong or the file was changed (AES-GCM cannot tell
 * the two apart). The file is left as it was.
 */
public final class WrongMasterPasswordException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongMasterPasswordException() {
        super("The master password is wrong (or the secrets file was changed since it was written). "
                + "Nothing was changed; try again.");
    }
}
