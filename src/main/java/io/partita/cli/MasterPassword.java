package io.partita.cli;

import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.SecretStore;
import io.partita.profile.SecretStores;
import io.partita.profile.UnlockOnDemand;
import io.partita.profile.WrongMasterPasswordException;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's secret store: the OS keyring when there is one, else the encrypted file, unlocked on first use with
 * {@value #ENV} or a prompt on the terminal. Never a command-line option: arguments show up in {@code ps}.
 * Changing it ({@link ChangeMasterPasswordCommand}) reads the new one from {@value #NEW_ENV} or the terminal.
 */
final class MasterPassword {

    static final String ENV = "PARTITA_MASTER_PASSWORD";
    /** The new password for {@code profiles change-master-password} without a terminal. */
    static final String NEW_ENV = "PARTITA_NEW_MASTER_PASSWORD";

    private MasterPassword() {
    }

    /** Chosen on first use: most commands need no secret, and probing the keyring starts a helper process. */
    static SecretStore store(Path configDir, Map<String, String> env, Console console) {
        return new Lazy(() -> choose(configDir, env, console));
    }

    private static SecretStore choose(Path configDir, Map<String, String> env, Console console) {
        SecretStore chosen = SecretStores.forThisUser(configDir);
        if (chosen instanceof EncryptedFileSecretStore file) {
            return new UnlockOnDemand(file, state -> password(state, env, console),
                    "passwords are kept in " + file.file() + ", encrypted with a master password: set " + ENV
                            + " or run the command in a terminal to be asked for it");
        }
        return chosen;
    }

    static Optional<char[]> password(EncryptedFileSecretStore.State state, Map<String, String> env, Console console) {
        Optional<char[]> fromEnv = fromEnv(env, ENV);
        if (fromEnv.isPresent() || console == null) {
            return fromEnv;
        }
        return state == EncryptedFileSecretStore.State.NO_FILE
                ? chosenTwice(console, "New master password for Partita's saved passwords: ", "nothing was saved")
                : askedOnce(console);
    }

    /** The master password in use: {@value #ENV}, else asked once on the terminal; empty when neither is there. */
    static Optional<char[]> current(Map<String, String> env, Console console) {
        Optional<char[]> fromEnv = fromEnv(env, ENV);
        return fromEnv.isPresent() || console == null ? fromEnv : askedOnce(console);
    }

    /** A new master password: {@value #NEW_ENV}, else asked twice on the terminal; empty when none was had. */
    static Optional<char[]> next(Map<String, String> env, Console console) {
        Optional<char[]> fromEnv = fromEnv(env, NEW_ENV);
        return fromEnv.isPresent() || console == null ? fromEnv
                : chosenTwice(console, "New master password: ", "nothing was changed");
    }

    private static Optional<char[]> fromEnv(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    private static Optional<char[]> askedOnce(Console console) {
        char[] entered = console.readPassword("Master password for Partita's saved passwords: ");
        return entered == null || entered.length == 0 ? Optional.empty() : Optional.of(entered);
    }

    private static Optional<char[]> chosenTwice(Console console, String prompt, String outcome) {
        char[] first = console.readPassword(prompt);
        char[] again = console.readPassword("Repeat it: ");
        if (first == null || again == null || first.length == 0 || !Arrays.equals(first, again)) {
            console.printf("The two entries differ (or are empty); %s.%n", outcome);
            return Optional.empty();
        }
        Arrays.fill(again, '\0');
        return Optional.of(first);
    }

    /** Delegates to the store chosen on the first call. */
    private static final class Lazy implements SecretStore {
        private final java.util.function.Supplier<SecretStore> chooser;
        private SecretStore chosen;

        Lazy(java.util.function.Supplier<SecretStore> chooser) {
            this.chooser = chooser;
        }

        private synchronized SecretStore store() {
            if (chosen == null) {
                chosen = chooser.get();
            }
            return chosen;
        }

        @Override
        public io.partita.model.Credentials load(String profileName) {
            return store().load(profileName);
        }

        @Override
        public void save(String profileName, io.partita.model.Credentials credentials) {
            store().save(profileName, credentials);
        }

        @Override
        public void remove(String profileName) {
            store().remove(profileName);
        }

        @Override
        public boolean persistent() {
            return store().persistent();
        }

        @Override
        public Optional<EncryptedFileSecretStore.State> masterPasswordState() {
            return store().masterPasswordState();
        }

        @Override
        public void unlock(char[] masterPassword) throws WrongMasterPasswordException {
            store().unlock(masterPassword);
        }

        @Override
        public void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
            store().changeMasterPassword(current, next);
        }

        @Override
        public String description() {
            return store().description();
        }
    }
}
