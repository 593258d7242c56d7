package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PowerShell protocol against {@link FakePowerShell}: what can be checked without a Windows machine. */
class WindowsCredentialManagerTest {

    private static final String ACCOUNT = "partita:0a1b2c3d4e5f:cHJvZA";
    private static final String SECRET = "{\"SASL_PASSWORD\":\"s3cr'et ü€\"}";

    @TempDir
    Path root;

    private FakePowerShell fake;
    private WindowsCredentialManager manager;

    @BeforeEach
    void installStandIn() throws Exception {
        assumeTrue(FakePowerShell.runsHere(), "the stand-in for powershell.exe is a bash script");
        fake = FakePowerShell.install(root);
        manager = new WindowsCredentialManager(WindowsCredentialManager.find(fake.env()));
    }

    @Test
    void aSecretRoundTripsAndNeverShowsUpInTheCommandLineOrTheScript() throws Exception {
        manager.write(ACCOUNT, "Partita: prød", SECRET);

        assertThat(manager.read(ACCOUNT)).contains(SECRET);
        assertThat(fake.log("args.log")).doesNotContain("s3cr").doesNotContain(ACCOUNT);
        assertThat(fake.log("scripts.log")).doesNotContain("s3cr")
                .doesNotContain(CredentialManagerScript.base64(SECRET));
    }

    @Test
    void theCommandLineIsFixedAndReadsTheScriptFromStdin() {
        assertThat(manager.command()).isEqualTo(List.of(fake.exe().toString(), "-NoProfile", "-NonInteractive",
                "-Command", "-"));
    }

    @Test
    void aMissingEntryReadsAsEmptyAndDeletingItIsNoError() throws Exception {
        assertThat(manager.read(ACCOUNT)).isEmpty();
        manager.delete(ACCOUNT);

        manager.write(ACCOUNT, "label", SECRET);
        manager.delete(ACCOUNT);
        assertThat(manager.read(ACCOUNT)).isEmpty();
    }

    @Test
    void anErrorAnswerBecomesAKeyringFailureWithItsReason() throws Exception {
        fake.mode("denied");

        assertThatThrownBy(() -> manager.write(ACCOUNT, "label", SECRET)).isInstanceOf(Keyring.KeyringException.class)
                .hasMessage("could not write in the Windows Credential Manager: Access is denied.");
    }

    @Test
    void noAnswerNamesTheExitCodeAndTheFirstErrorLine() throws Exception {
        fake.mode("broken");

        assertThatThrownBy(() -> manager.read(ACCOUNT)).isInstanceOf(Keyring.KeyringException.class)
                .hasMessageContaining("PowerShell gave no answer (exit code 1, Add-Type : Cannot add type.)");
    }

    @Test
    void aSecretLargerThanAnEntryHoldsIsRefusedBeforePowerShellStarts() {
        String huge = "x".repeat(CredentialManagerScript.MAX_SECRET_BYTES + 1);

        assertThatThrownBy(() -> manager.write(ACCOUNT, "label", huge)).isInstanceOf(Keyring.KeyringException.class)
                .hasMessageContaining("at most 2560 bytes").hasMessageContaining("PARTITA_SECRET_STORE=file");
        assertThat(fake.ran()).isFalse();
    }

    @Test
    void theProbeWritesReadsBackAndDeletesLeavingNothing() throws Exception {
        assertThat(manager.probeProblem()).isEmpty();

        assertThat(fake.holdsAValue()).isFalse();
        String calls = ".*\\[PartitaCredMan\\]::(\\w+).*";
        assertThat(fake.log("scripts.log").lines().map(line -> line.replaceAll(calls, "$1")))
                .containsExactly("Write", "Read", "Delete");
    }

    @Test
    void theProbeReportsWhyItFailed() throws Exception {
        fake.mode("denied");

        assertThat(manager.probeProblem()).hasValueSatisfying(why -> assertThat(why).contains("Access is denied"));
    }

    @Test
    void powerShellIsLookedForUnderSystemRootThenOnPath() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("bin"));
        Path onPath = Files.copy(fake.exe(), elsewhere.resolve("powershell.exe"));

        assertThat(WindowsCredentialManager.find(fake.env())).isEqualTo(fake.exe().toString());
        assertThat(WindowsCredentialManager.find(Map.of("PATH", elsewhere.toString()))).isEqualTo(onPath.toString());
        assertThat(WindowsCredentialManager.find(Map.of("SystemRoot", root.resolve("none").toString()))).isNull();
    }
}
