package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.MemorySecretStore;
import io.partita.profile.WrongMasterPasswordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeMasterPasswordCommandTest {

    @TempDir
    Path configDir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(configDir);
    }

    private void fileWithProdSecret() throws Exception {
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(configDir);
        file.unlock("old master".toCharArray());
        file.save("prod", Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "prod-pw")));
        cli.secrets = new EncryptedFileSecretStore(configDir);
    }

    private byte[] fileBytes() throws Exception {
        return Files.readAllBytes(configDir.resolve(EncryptedFileSecretStore.FILE_NAME));
    }

    @Test
    void bothPasswordsFromTheEnvironmentReEncryptTheFile() throws Exception {
        fileWithProdSecret();
        cli.env.put(MasterPassword.ENV, "old master");
        cli.env.put(MasterPassword.NEW_ENV, "new master");

        CliHarness.Result result = cli.run("profiles", "change-master-password");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Changed the master password of the encrypted file");
        assertThat(result.err()).contains(MasterPassword.ENV + " still holds the old password");
        assertThatThrownBy(() -> new EncryptedFileSecretStore(configDir).unlock("old master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(configDir);
        reopened.unlock("new master".toCharArray());
        assertThat(reopened.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }

    @Test
    void aWrongCurrentPasswordFailsAndLeavesTheFileAsItWas() throws Exception {
        fileWithProdSecret();
        byte[] before = fileBytes();
        cli.env.put(MasterPassword.ENV, "not it");
        cli.env.put(MasterPassword.NEW_ENV, "new master");

        CliHarness.Result result = cli.run("profiles", "change-master-password");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err().strip()).isEqualTo("partita: the current master password is wrong (or the file was "
                + "changed meanwhile); nothing was changed");
        assertThat(fileBytes()).isEqualTo(before);
    }

    @Test
    void withoutATerminalTheMissingVariableIsNamed() throws Exception {
        fileWithProdSecret();
        cli.env.put(MasterPassword.ENV, "old master");

        CliHarness.Result result = cli.run("profiles", "change-master-password");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("no new master password given").contains(MasterPassword.NEW_ENV);
    }

    @Test
    void aKeyringHasNoMasterPasswordToChange() {
        cli.secrets = new MemorySecretStore();
        cli.env.put(MasterPassword.ENV, "a");
        cli.env.put(MasterPassword.NEW_ENV, "b");

        CliHarness.Result result = cli.run("profiles", "change-master-password");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("which has no master password to change");
    }

    @Test
    void beforeAnyPasswordWasKeptThereIsNothingToChange() {
        cli.secrets = new EncryptedFileSecretStore(configDir);

        CliHarness.Result result = cli.run("profiles", "change-master-password");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("no master password has been chosen yet");
    }

    @Test
    void removingAProfileWhileLockedSaysWhenItsPasswordsGo() throws Exception {
        fileWithProdSecret();
        cli.run("profiles", "add", "prod", "--bootstrap", "h:1");

        CliHarness.Result result = cli.run("profiles", "remove", "prod");

        assertThat(result.code()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Removed profile 'prod'")
                .contains("leave secrets.enc the next time the master password is entered");
    }
}
