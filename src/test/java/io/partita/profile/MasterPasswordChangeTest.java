package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterPasswordChangeTest {

    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    private EncryptedFileSecretStore unlocked(String password) throws Exception {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir, FAST);
        store.unlock(password.toCharArray());
        return store;
    }

    private static Credentials sasl(String value) {
        return Credentials.of(Map.of(SecretKind.SASL_PASSWORD, value));
    }

    private byte[] fileBytes() throws Exception {
        return Files.readAllBytes(dir.resolve(EncryptedFileSecretStore.FILE_NAME));
    }

    @Test
    void theNewPasswordOpensTheFileTheOldOneNoLongerDoesAndEveryEntryIsKept() throws Exception {
        EncryptedFileSecretStore store = unlocked("old master");
        store.save("prod", sasl("prod-pw"));
        store.save("dev", sasl("dev-pw-ü"));

        new EncryptedFileSecretStore(dir, FAST).changeMasterPassword("old master".toCharArray(),
                "new master".toCharArray());

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir, FAST).unlock("old master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        EncryptedFileSecretStore reopened = unlocked("new master");
        assertThat(reopened.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
        assertThat(reopened.load("dev").get(SecretKind.SASL_PASSWORD)).contains("dev-pw-ü");
    }

    @Test
    void theStoreStaysUnlockedWithTheNewKey() throws Exception {
        unlocked("old").save("prod", sasl("prod-pw"));
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir, FAST);

        store.changeMasterPassword("old".toCharArray(), "new".toCharArray());
        store.save("dev", sasl("dev-pw"));

        assertThat(store.state()).isEqualTo(EncryptedFileSecretStore.State.UNLOCKED);
        assertThat(store.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
        assertThat(unlocked("new").load("dev").get(SecretKind.SASL_PASSWORD)).contains("dev-pw");
    }

    @Test
    void aWrongCurrentPasswordLeavesTheFileByteIdenticalAndTheStoreAsItWas() throws Exception {
        EncryptedFileSecretStore store = unlocked("right");
        store.save("prod", sasl("prod-pw"));
        byte[] before = fileBytes();

        assertThatThrownBy(() -> store.changeMasterPassword("wrong".toCharArray(), "new".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        assertThatThrownBy(() -> store.changeMasterPassword(new char[0], "new".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);

        assertThat(fileBytes()).isEqualTo(before);
        assertThat(store.state()).isEqualTo(EncryptedFileSecretStore.State.UNLOCKED);
        assertThat(store.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
        assertThat(unlocked("right").load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }

    @Test
    void theNewKeyComesWithAFreshSalt() throws Exception {
        unlocked("old").save("prod", sasl("prod-pw"));
        byte[] before = fileBytes();

        new EncryptedFileSecretStore(dir, FAST).changeMasterPassword("old".toCharArray(), "old".toCharArray());

        byte[] after = fileBytes();
        int saltEnd = 11 + before[10];
        assertThat(Arrays.copyOfRange(after, 11, saltEnd)).isNotEqualTo(Arrays.copyOfRange(before, 11, saltEnd));
        assertThat(unlocked("old").load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }

    @Test
    void anEmptyNewPasswordIsRefusedBeforeAnythingIsRead() throws Exception {
        unlocked("old").save("prod", sasl("prod-pw"));
        byte[] before = fileBytes();

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir, FAST).changeMasterPassword("old".toCharArray(),
                new char[0])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThat(fileBytes()).isEqualTo(before);
    }

    @Test
    void withoutAFileThereIsNothingToChange() {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir, FAST);

        assertThatThrownBy(() -> store.changeMasterPassword("a".toCharArray(), "b".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no master password has been chosen");
        assertThat(dir.resolve(EncryptedFileSecretStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void aStoreStillHoldingTheOldKeyAsksAgainInsteadOfOverwriting() throws Exception {
        EncryptedFileSecretStore gui = unlocked("old");
        gui.save("prod", sasl("prod-pw"));
        new EncryptedFileSecretStore(dir, FAST).changeMasterPassword("old".toCharArray(), "new".toCharArray());
        byte[] changed = fileBytes();

        assertThatThrownBy(() -> gui.save("dev", sasl("dev-pw"))).isInstanceOf(SecretsLockedException.class);
        assertThat(gui.state()).isEqualTo(EncryptedFileSecretStore.State.LOCKED);
        assertThat(fileBytes()).isEqualTo(changed);
    }

    @Test
    void removingWithAnOutdatedKeyNotesTheProfileForTheNextUnlock() throws Exception {
        EncryptedFileSecretStore gui = unlocked("old");
        gui.save("prod", sasl("prod-pw"));
        new EncryptedFileSecretStore(dir, FAST).changeMasterPassword("old".toCharArray(), "new".toCharArray());

        gui.remove("prod");

        assertThat(new PendingRemovals(dir).names()).containsExactly("prod");
        assertThat(unlocked("new").load("prod").isEmpty()).isTrue();
    }

    @Test
    void theAppStoreKeepsSessionSecretsOnceTheChangeUnlockedIt() throws Exception {
        unlocked("old").save("prod", sasl("prod-pw"));
        AppSecretStore app = new AppSecretStore(() -> new EncryptedFileSecretStore(dir, FAST));
        app.save("dev", sasl("typed-while-locked"));

        app.changeMasterPassword("old".toCharArray(), "new".toCharArray());

        assertThat(app.hasSessionOnlySecrets()).isFalse();
        EncryptedFileSecretStore check = unlocked("new");
        assertThat(check.load("dev").get(SecretKind.SASL_PASSWORD)).contains("typed-while-locked");
        assertThat(check.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }

    @Test
    void storesWithoutAMasterPasswordSaySo() {
        assertThatThrownBy(() -> new MemorySecretStore().changeMasterPassword("a".toCharArray(), "b".toCharArray()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("no master password");
    }
}
