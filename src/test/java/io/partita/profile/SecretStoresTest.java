package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store {@link SecretStores#choose} picks on Windows, with a stand-in for powershell.exe or none at all. */
class SecretStoresTest {

    private static final String WINDOWS = "Windows 11";

    @TempDir
    Path configDir;

    @TempDir
    Path systemRoot;

    private FakePowerShell fake() throws Exception {
        assumeTrue(FakePowerShell.runsHere(), "the stand-in for powershell.exe is a bash script");
        return FakePowerShell.install(systemRoot);
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    @Test
    void withoutPowerShellWindowsKeepsSecretsInTheEncryptedFile() {
        Map<String, String> env = Map.of("SystemRoot", systemRoot.toString(), "PATH", systemRoot.toString());

        assertThat(SecretStores.choose(configDir, env, WINDOWS)).isInstanceOf(EncryptedFileSecretStore.class);
    }

    @Test
    void aCredentialManagerThatFailsItsSelfProbeIsNotUsed() throws Exception {
        FakePowerShell fake = fake();
        fake.mode("broken");

        SecretStore chosen = SecretStores.choose(configDir, fake.env(), WINDOWS);

        assertThat(chosen).isInstanceOf(EncryptedFileSecretStore.class);
        assertThat(fake.ran()).isTrue();
    }

    @Test
    void aCredentialManagerThatAnswersWithErrorsIsNotUsedEvenWhenForced() throws Exception {
        FakePowerShell fake = fake();
        fake.mode("denied");

        SecretStore chosen = SecretStores.choose(configDir, with(fake.env(), SecretStores.ENV_STORE, "keyring"),
                WINDOWS);

        assertThat(chosen).isInstanceOf(EncryptedFileSecretStore.class);
    }

    @Test
    void aCredentialManagerThatPassesItsSelfProbeIsUsed() throws Exception {
        FakePowerShell fake = fake();

        SecretStore chosen = SecretStores.choose(configDir, fake.env(), WINDOWS);

        assertThat(chosen).isInstanceOf(KeyringSecretStore.class);
        assertThat(chosen.description()).isEqualTo("the Windows Credential Manager");
        assertThat(fake.holdsAValue()).isFalse();
    }

    @Test
    void anExistingSecretsFileStaysTheStoreWithoutStartingPowerShell() throws Exception {
        FakePowerShell fake = fake();
        Files.write(configDir.resolve(EncryptedFileSecretStore.FILE_NAME), new byte[] {1, 2, 3});

        SecretStore chosen = SecretStores.choose(configDir, fake.env(), WINDOWS);

        assertThat(chosen).isInstanceOf(EncryptedFileSecretStore.class);
        assertThat(fake.ran()).isFalse();
    }

    @Test
    void forcingTheKeyringMovesToAWorkingCredentialManagerDespiteAnExistingFile() throws Exception {
        FakePowerShell fake = fake();
        Files.write(configDir.resolve(EncryptedFileSecretStore.FILE_NAME), new byte[] {1, 2, 3});

        SecretStore chosen = SecretStores.choose(configDir, with(fake.env(), SecretStores.ENV_STORE, "keyring"),
                WINDOWS);

        assertThat(chosen).isInstanceOf(KeyringSecretStore.class);
    }

    @Test
    void forcingTheFileNeverStartsPowerShell() throws Exception {
        FakePowerShell fake = fake();

        SecretStore chosen = SecretStores.choose(configDir, with(fake.env(), SecretStores.ENV_STORE, "file"), WINDOWS);

        assertThat(chosen).isInstanceOf(EncryptedFileSecretStore.class);
        assertThat(fake.ran()).isFalse();
    }
}
