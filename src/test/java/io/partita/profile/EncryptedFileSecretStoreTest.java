package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {

    private static final int FAST = 1_000;
    private static final String SASL = "sasl-Pa55-word!";

    @TempDir
    Path dir;

    private EncryptedFileSecretStore unlocked(String password) throws Exception {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir, FAST);
        store.unlock(password.toCharArray());
        return store;
    }

    private static Credentials sasl(String value) {
        return Credentials.of(Map.of(SecretKind.SASL_PASSWORD, value, SecretKind.TRUSTSTORE_PASSWORD, "trust-ü€"));
    }

    @Test
    void secretsSurviveANewStoreOpenedWithTheSamePassword() throws Exception {
        unlocked("master one").save("prod", sasl(SASL));

        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(dir, FAST);
        assertThat(reopened.state()).isEqualTo(EncryptedFileSecretStore.State.LOCKED);
        reopened.unlock("master one".toCharArray());

        Credentials loaded = reopened.load("prod");
        assertThat(loaded.get(SecretKind.SASL_PASSWORD)).contains(SASL);
        assertThat(loaded.get(SecretKind.TRUSTSTORE_PASSWORD)).contains("trust-ü€");
        assertThat(reopened.load("other").isEmpty()).isTrue();
    }

    @Test
    void theFileHoldsNoSecretInClearText() throws Exception {
        unlocked("master").save("prod", sasl(SASL));

        String raw = new String(Files.readAllBytes(dir.resolve(EncryptedFileSecretStore.FILE_NAME)),
                StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("PRTS").doesNotContain(SASL).doesNotContain("prod").doesNotContain("SASL");
    }

    @Test
    void wrongPasswordIsRefusedAndTheFileStaysAsItWas() throws Exception {
        unlocked("right").save("prod", sasl(SASL));
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);
        byte[] before = Files.readAllBytes(file);

        EncryptedFileSecretStore other = new EncryptedFileSecretStore(dir, FAST);
        assertThatThrownBy(() -> other.unlock("wrong".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class)
                .hasMessageContaining("master password is wrong").hasMessageContaining("Nothing was changed");
        assertThat(other.state()).isEqualTo(EncryptedFileSecretStore.State.LOCKED);
        assertThat(other.load("prod").isEmpty()).isTrue();
        assertThatThrownBy(() -> other.save("prod", Credentials.none())).isInstanceOf(SecretsLockedException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        other.unlock("right".toCharArray());
        assertThat(other.load("prod").get(SecretKind.SASL_PASSWORD)).contains(SASL);
    }

    @Test
    void aChangedCiphertextByteIsDetected() throws Exception {
        unlocked("master").save("prod", sasl(SASL));
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir, FAST).unlock("master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
    }

    @Test
    void aChangedHeaderIsDetectedToo() throws Exception {
        unlocked("master").save("prod", sasl(SASL));
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // Last byte of the nonce: part of the authenticated header, not of the ciphertext.
        int nonceEnd = 4 + 1 + 1 + 4 + 1 + bytes[10] + 1 + 12 - 1;
        bytes[nonceEnd] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir, FAST).unlock("master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
    }

    @Test
    void aFileFromANewerFormatIsNamedAsSuch() throws Exception {
        unlocked("master").save("prod", sasl(SASL));
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[4] = 9;
        Files.write(file, bytes);

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir, FAST).unlock("master".toCharArray()))
                .hasMessageContaining("newer Partita");
    }

    @Test
    void everyWriteUsesAFreshNonceButKeepsTheSalt() throws Exception {
        EncryptedFileSecretStore store = unlocked("master");
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);
        store.save("prod", sasl(SASL));
        byte[] first = Files.readAllBytes(file);
        store.save("prod", sasl(SASL));
        byte[] second = Files.readAllBytes(file);

        int saltLength = first[10];
        int saltEnd = 11 + saltLength;
        assertThat(java.util.Arrays.copyOfRange(first, 0, saltEnd))
                .isEqualTo(java.util.Arrays.copyOfRange(second, 0, saltEnd));
        assertThat(java.util.Arrays.copyOfRange(first, saltEnd + 1, saltEnd + 13))
                .isNotEqualTo(java.util.Arrays.copyOfRange(second, saltEnd + 1, saltEnd + 13));
    }

    @Test
    void writesAreAtomicOwnerOnlyAndLeaveNoTempFiles() throws Exception {
        EncryptedFileSecretStore store = unlocked("master");
        for (int i = 0; i < 5; i++) {
            store.save("p" + i, sasl(SASL + i));
        }
        Path file = dir.resolve(EncryptedFileSecretStore.FILE_NAME);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(EncryptedFileSecretStore.FILE_NAME);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void twoStoresOnOneFileDoNotUndoEachOthersChanges() throws Exception {
        EncryptedFileSecretStore gui = unlocked("master");
        EncryptedFileSecretStore cli = unlocked("master");
        gui.save("a", sasl("secret-a"));
        cli.save("b", sasl("secret-b"));
        gui.remove("zzz");
        gui.save("c", sasl("secret-c"));

        EncryptedFileSecretStore fresh = unlocked("master");
        assertThat(fresh.load("a").get(SecretKind.SASL_PASSWORD)).contains("secret-a");
        assertThat(fresh.load("b").get(SecretKind.SASL_PASSWORD)).contains("secret-b");
        assertThat(fresh.load("c").get(SecretKind.SASL_PASSWORD)).contains("secret-c");
    }

    @Test
    void removingTheLastSecretOfAProfileForgetsIt() throws Exception {
        EncryptedFileSecretStore store = unlocked("master");
        store.save("prod", sasl(SASL));
        store.remove("prod");

        assertThat(unlocked("master").load("prod").isEmpty()).isTrue();
    }

    @Test
    void theDefaultKeyDerivationUsesAtLeast600kIterations() throws Exception {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir);
        store.unlock("master".toCharArray());

        byte[] bytes = Files.readAllBytes(store.file());
        assertThat(bytes[5]).isEqualTo(SecretFileCipher.KDF_PBKDF2_SHA256);
        assertThat(ByteBuffer.wrap(bytes, 6, 4).getInt()).isGreaterThanOrEqualTo(600_000);
        assertThat(bytes[10]).isGreaterThanOrEqualTo((byte) 16);
    }
}
