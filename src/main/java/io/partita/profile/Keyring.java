package io.partita.profile;

import java.util.Optional;

/**
 * One OS keyring: text entries addressed by an account string. Implementations call the platform's own tool in a
 * child process and hand the secret over stdin, never as a command-line argument (which others can see in ps).
 * Every call blocks up to a few seconds.
 */
interface Keyring {

    /** Human name for messages, e.g. "the Secret Service keyring". */
    String name();

    Optional<String> read(String account) throws KeyringException;

    void write(String account, String label, String secret) throws KeyringException;

    void delete(String account) throws KeyringException;

    /** The keyring could not be reached or refused the call. Never carries a secret. */
    final class KeyringException extends Exception {
        private static final long serialVersionUID = 1L;

        KeyringException(String message) {
            super(message);
        }
    }
}
