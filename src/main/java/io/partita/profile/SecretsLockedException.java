package io.partita.profile;

/** A secret was read or written while the encrypted secret store is still locked (no master password given). */
public final class SecretsLockedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public SecretsLockedException(String message) {
        super(message);
    }
}
