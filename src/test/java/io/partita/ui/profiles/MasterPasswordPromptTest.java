package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.profile.AppSecretStore;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterPasswordPromptTest {

    @TempDir
    Path dir;

    /** Answers master-password questions from a script and records them. */
    private static final class Answers implements DialogService {
        final Deque<String> script = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        Answers(String... answers) {
            script.addAll(List.of(answers));
        }

        @Override
        public Optional<String> askMasterPassword(boolean create, String message, String error) {
            asked.add((create ? "create" : "unlock") + (error == null ? "" : " after: " + error));
            return script.isEmpty() ? Optional.empty() : Optional.of(script.pop());
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            throw new AssertionError("not expected");
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError("not expected: " + message);
        }

        @Override
        public void editProfile(ProfileEditorViewModel editor) {
            throw new AssertionError("not expected");
        }
    }

    private static Credentials sasl(String pw) {
        return Credentials.of(Map.of(SecretKind.SASL_PASSWORD, pw));
    }

    @Test
    void secretsTypedBeforeAnyMasterPasswordAreKeptOnceOneIsChosen() throws Exception {
        AppSecretStore secrets = new AppSecretStore(() -> new EncryptedFileSecretStore(dir));
        secrets.save("prod", sasl("typed-before"));
        assertThat(secrets.load("prod").get(SecretKind.SASL_PASSWORD)).contains("typed-before");
        Answers dialogs = new Answers("chosen master");

        new MasterPasswordPrompt(new DirectTaskRunner(), secrets, dialogs).offerToKeep();

        assertThat(dialogs.asked).containsExactly("create");
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(dir);
        file.unlock("chosen master".toCharArray());
        assertThat(file.load("prod").get(SecretKind.SASL_PASSWORD)).contains("typed-before");
        assertThat(secrets.hasSessionOnlySecrets()).isFalse();
    }

    @Test
    void aWrongPasswordAtStartIsAskedAgainWithTheReason() throws Exception {
        EncryptedFileSecretStore existing = new EncryptedFileSecretStore(dir);
        existing.unlock("right".toCharArray());
        existing.save("prod", sasl("stored-pw"));
        AppSecretStore secrets = new AppSecretStore(() -> new EncryptedFileSecretStore(dir));
        Answers dialogs = new Answers("wrong", "right");

        new MasterPasswordPrompt(new DirectTaskRunner(), secrets, dialogs).unlockAtStart();

        assertThat(dialogs.asked).hasSize(2);
        assertThat(dialogs.asked.get(0)).isEqualTo("unlock");
        assertThat(dialogs.asked.get(1)).startsWith("unlock after: The master password is wrong");
        assertThat(secrets.load("prod").get(SecretKind.SASL_PASSWORD)).contains("stored-pw");
    }

    @Test
    void skippingKeepsTheFileLockedAndNewSecretsInTheSession() throws Exception {
        EncryptedFileSecretStore existing = new EncryptedFileSecretStore(dir);
        existing.unlock("right".toCharArray());
        existing.save("prod", sasl("stored-pw"));
        AppSecretStore secrets = new AppSecretStore(() -> new EncryptedFileSecretStore(dir));
        Answers dialogs = new Answers();

        new MasterPasswordPrompt(new DirectTaskRunner(), secrets, dialogs).unlockAtStart();
        secrets.save("dev", sasl("session-pw"));

        assertThat(dialogs.asked).containsExactly("unlock");
        assertThat(secrets.load("prod").isEmpty()).isTrue();
        assertThat(secrets.load("dev").get(SecretKind.SASL_PASSWORD)).contains("session-pw");
        assertThat(secrets.persistent()).isFalse();
        EncryptedFileSecretStore check = new EncryptedFileSecretStore(dir);
        check.unlock("right".toCharArray());
        assertThat(check.load("prod").get(SecretKind.SASL_PASSWORD)).contains("stored-pw");
        assertThat(check.load("dev").isEmpty()).isTrue();
    }
}
