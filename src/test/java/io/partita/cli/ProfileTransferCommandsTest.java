package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.UnlockOnDemand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTransferCommandsTest {

    private static final String SCRAM_FILE = """
            bootstrap.servers=k1:9093
            security.protocol=SASL_SSL
            sasl.mechanism=SCRAM-SHA-256
            sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ann" password="ann-Secret-42";
            ssl.truststore.location=/t/ca.p12
            ssl.truststore.password=trust-Secret-7
            """;

    @TempDir
    Path configDir;

    @TempDir
    Path work;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(configDir);
    }

    @Test
    void importPutsFieldsInTheProfileAndPasswordsInTheSecretStoreOnly() throws Exception {
        Path file = work.resolve("client.properties");
        Files.writeString(file, SCRAM_FILE);

        CliHarness.Result r = cli.run("profiles", "import", file.toString(), "--name", "prod");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported profile 'prod'").doesNotContain("ann-Secret-42");
        SecurityConfig sec = cli.store().find("prod").orElseThrow().security();
        assertThat(sec.protocol()).isEqualTo(SecurityProtocol.SASL_SSL);
        assertThat(sec.saslUsername()).isEqualTo("ann");
        assertThat(cli.secrets.load("prod").get(SecretKind.SASL_PASSWORD)).contains("ann-Secret-42");
        assertThat(Files.readString(configDir.resolve("profiles.json")))
                .doesNotContain("ann-Secret-42").doesNotContain("trust-Secret-7");
        assertThat(cli.run("profiles", "show", "prod").out()).doesNotContain("ann-Secret-42");
    }

    @Test
    void kcatImportTakesLibrdkafkaNamesAndNamesTheProfileAfterTheFile() throws Exception {
        Path file = work.resolve("kcat.conf");
        Files.writeString(file, "metadata.broker.list=b:9092\nsecurity.protocol=SASL_PLAINTEXT\n"
                + "sasl.mechanisms=PLAIN\nsasl.username=u\nsasl.password=kcat-Pw\nqueue.buffering.max.ms=5\n");

        CliHarness.Result r = cli.run("profiles", "import", file.toString(), "--kcat");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cli.store().find("kcat").orElseThrow().security().saslMechanism()).isEqualTo("PLAIN");
        assertThat(cli.secrets.load("kcat").get(SecretKind.SASL_PASSWORD)).contains("kcat-Pw");
        assertThat(r.err()).contains("queue.buffering.max.ms was left out");
    }

    @Test
    void exportLeavesPlaceholdersUnlessSecretsAreAskedFor() throws Exception {
        Path file = work.resolve("in.properties");
        Files.writeString(file, SCRAM_FILE);
        cli.run("profiles", "import", file.toString(), "--name", "prod");

        CliHarness.Result plain = cli.run("profiles", "export", "prod");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("password=\"<secret: SASL password>\"").doesNotContain("ann-Secret-42")
                .doesNotContain("trust-Secret-7");

        Path out = work.resolve("out.properties");
        CliHarness.Result withSecrets = cli.run("profiles", "export", "prod", "--include-secrets", "-o", out.toString());
        assertThat(withSecrets.code()).as(withSecrets.err()).isZero();
        assertThat(Files.readString(out)).contains("ann-Secret-42").contains("ssl.truststore.password=trust-Secret-7");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    @Test
    void theEncryptedStoreIsUnlockedFromTheEnvironmentAndAWrongPasswordFailsClearly() throws Exception {
        Path file = work.resolve("c.properties");
        Files.writeString(file, SCRAM_FILE);
        cli.env.put(MasterPassword.ENV, "cli-master");
        cli.secrets = new UnlockOnDemand(new EncryptedFileSecretStore(configDir),
                state -> MasterPassword.password(state, cli.env, null), "locked");
        assertThat(cli.run("profiles", "import", file.toString(), "--name", "enc").code()).isZero();
        assertThat(Files.exists(configDir.resolve(EncryptedFileSecretStore.FILE_NAME))).isTrue();

        cli.env.put(MasterPassword.ENV, "not-it");
        cli.secrets = new UnlockOnDemand(new EncryptedFileSecretStore(configDir),
                state -> MasterPassword.password(state, cli.env, null), "locked");
        CliHarness.Result wrong = cli.run("profiles", "export", "enc", "--include-secrets");

        assertThat(wrong.code()).isEqualTo(Cli.FAILED);
        assertThat(wrong.err()).contains("master password is wrong");
        assertThat(wrong.out()).doesNotContain("ann-Secret-42");
    }

    @Test
    void removingAProfileWhoseSecretsAreLockedRemovesItAndItsSecretsAtTheNextUnlock() throws Exception {
        Path file = work.resolve("c.properties");
        Files.writeString(file, SCRAM_FILE);
        cli.env.put(MasterPassword.ENV, "cli-master");
        cli.secrets = new UnlockOnDemand(new EncryptedFileSecretStore(configDir),
                state -> MasterPassword.password(state, cli.env, null), "locked");
        cli.run("profiles", "import", file.toString(), "--name", "enc");

        cli.env.remove(MasterPassword.ENV);
        cli.secrets = new UnlockOnDemand(new EncryptedFileSecretStore(configDir),
                state -> MasterPassword.password(state, cli.env, null), "no master password given");
        CliHarness.Result removed = cli.run("profiles", "remove", "enc");

        assertThat(removed.code()).isZero();
        assertThat(removed.err()).isEmpty();
        assertThat(removed.out()).contains("leave secrets.enc the next time the master password is entered");
        assertThat(cli.store().find("enc")).isEmpty();
        EncryptedFileSecretStore unlocked = new EncryptedFileSecretStore(configDir);
        unlocked.unlock("cli-master".toCharArray());
        assertThat(unlocked.load("enc").isEmpty()).isTrue();
    }
}
