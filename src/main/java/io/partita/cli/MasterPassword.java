package io.partita.cli;

import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.SecretStore;
import io.partita.profile.SecretStores;
import io.partita.profile.UnlockOnDemand;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's secret store: the OS keyring when there is one, else the encrypted file, unlocked on first use with
 * {@value #ENV} or a prompt on the terminal. Never a command-line option: arguments show up in {@code ps}.
 */
final class MasterPassword {

    static final String ENV = "PARTITA_MASTER_PASSWORD";

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
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        if (console == null) {
            return Optional.empty();
        }
        if (state == EncryptedFileSecretStore.State.NO_FILE) {
            char[] first = console.readPassword("New master password for Partita's saved passwords: ");
            char[] again = console.readPassword("Repeat it: ");
            if (first == null || again == null || first.length == 0 || !Arrays.equals(first, again)) {
                console.printf("The two entries differ (or are empty); nothing was saved.%n");
                return Optional.empty();
            }
            Arrays.fill(again, '\0');
            return Optional.of(first);
        }
        char[] entered = console.readPassword("Master password for Partita's saved passwords: ");
        return entered == null || entered.length == 0 ? Optional.empty() : Optional.of(entered);
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
        public String description() {
            return store().description();
        }
    }
}
