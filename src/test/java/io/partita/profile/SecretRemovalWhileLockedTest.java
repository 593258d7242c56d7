package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRemovalWhileLockedTest {

    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    private EncryptedFileSecretStore unlocked() throws Exception {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir, FAST);
        store.unlock("master".toCharArray());
        return store;
    }

    private EncryptedFileSecretStore locked() {
        return new EncryptedFileSecretStore(dir, FAST);
    }

    private static Credentials sasl(String value) {
        return Credentials.of(Map.of(SecretKind.SASL_PASSWORD, value));
    }

    private Path sideFile() {
        return dir.resolve(PendingRemovals.FILE_NAME);
    }

    private void savedProdAndDev() throws Exception {
        EncryptedFileSecretStore store = unlocked();
        store.save("prod", sasl("old-prod-pw"));
        store.save("dev", sasl("dev-pw"));
    }

    @Test
    void removingWhileLockedNotesTheNameBesideTheUntouchedFile() throws Exception {
        savedProdAndDev();
        byte[] before = Files.readAllBytes(dir.resolve(EncryptedFileSecretStore.FILE_NAME));

        locked().remove("prod");

        assertThat(Files.readAllBytes(dir.resolve(EncryptedFileSecretStore.FILE_NAME))).isEqualTo(before);
        assertThat(Files.readString(sideFile())).contains("\"prod\"").doesNotContain("old-prod-pw");
        assertThat(new PendingRemovals(dir).names()).containsExactly("prod");
    }

    @Test
    void theNextUnlockPurgesTheEntryAndDeletesTheSideFile() throws Exception {
        savedProdAndDev();
        locked().remove("prod");

        EncryptedFileSecretStore store = unlocked();

        assertThat(store.load("prod").isEmpty()).isTrue();
        assertThat(store.load("dev").get(SecretKind.SASL_PASSWORD)).contains("dev-pw");
        assertThat(sideFile()).doesNotExist();
        store.lock();
        assertThat(unlocked().load("prod").isEmpty()).isTrue();
    }

    @Test
    void aProfileRecreatedAfterTheUnlockKeepsWhatIsSavedForItThen() throws Exception {
        savedProdAndDev();
        locked().remove("prod");
        EncryptedFileSecretStore store = unlocked();

        store.save("prod", sasl("new-prod-pw"));

        EncryptedFileSecretStore later = unlocked();
        assertThat(later.load("prod").get(SecretKind.SASL_PASSWORD)).contains("new-prod-pw");
        assertThat(later.load("dev").get(SecretKind.SASL_PASSWORD)).contains("dev-pw");
    }

    @Test
    void aSaveByAStoreThatWasAlreadyUnlockedWinsOverAnEarlierRemoval() throws Exception {
        savedProdAndDev();
        EncryptedFileSecretStore gui = unlocked();
        locked().remove("prod");
        assertThat(gui.load("prod").isEmpty()).isTrue();

        gui.save("prod", sasl("new-prod-pw"));

        assertThat(sideFile()).doesNotExist();
        assertThat(unlocked().load("prod").get(SecretKind.SASL_PASSWORD)).contains("new-prod-pw");
        assertThat(unlocked().load("dev").get(SecretKind.SASL_PASSWORD)).contains("dev-pw");
    }

    @Test
    void removalsWhileLockedAddUpAndAreAppliedTogether() throws Exception {
        savedProdAndDev();
        locked().remove("prod");
        locked().remove("dev");
        locked().remove("prod");

        assertThat(new PendingRemovals(dir).names()).containsExactly("dev", "prod");
        EncryptedFileSecretStore store = unlocked();
        assertThat(store.load("prod").isEmpty()).isTrue();
        assertThat(store.load("dev").isEmpty()).isTrue();
    }

    @Test
    void withoutASecretsFileThereIsNothingToNote() {
        locked().remove("prod");

        assertThat(sideFile()).doesNotExist();
    }

    @Test
    void aNewSecretsFileForgetsAListLeftFromAnOldOne() throws Exception {
        Files.writeString(sideFile(), "{\"version\":1,\"profiles\":[\"prod\"]}");

        EncryptedFileSecretStore store = unlocked();
        store.save("prod", sasl("prod-pw"));

        assertThat(sideFile()).doesNotExist();
        assertThat(unlocked().load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }

    @Test
    void aDamagedListCountsAsEmptyAndIsClearedAtUnlock() throws Exception {
        savedProdAndDev();
        Files.writeString(sideFile(), "{not json");

        EncryptedFileSecretStore store = unlocked();

        assertThat(store.load("prod").get(SecretKind.SASL_PASSWORD)).contains("old-prod-pw");
        assertThat(sideFile()).doesNotExist();
    }

    @Test
    void theAppStoreNotesTheRemovalAndKeepsTheSessionSecretsOfARecreatedProfile() throws Exception {
        savedProdAndDev();
        AppSecretStore app = new AppSecretStore(() -> new EncryptedFileSecretStore(dir, FAST));
        app.remove("prod");
        app.save("prod", sasl("typed-while-locked"));

        app.unlock("master".toCharArray());

        assertThat(sideFile()).doesNotExist();
        assertThat(unlocked().load("prod").get(SecretKind.SASL_PASSWORD)).contains("typed-while-locked");
    }

    @Test
    void theCliStoreRemovesWithoutAskingForTheMasterPassword() throws Exception {
        savedProdAndDev();
        UnlockOnDemand cli = new UnlockOnDemand(locked(), state -> {
            throw new AssertionError("no master password should be asked to remove a profile");
        }, "locked");

        cli.remove("prod");

        assertThat(new PendingRemovals(dir).names()).containsExactly("prod");
        assertThat(cli.masterPasswordState()).isEqualTo(Optional.of(EncryptedFileSecretStore.State.LOCKED));
    }
}
