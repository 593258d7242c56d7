package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.ClusterProfile;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path configDir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(configDir);
    }

    @Test
    void addedProfileIsListedAsJsonWithTheDocumentedFields() throws Exception {
        assertThat(cli.run("profiles", "add", "dev", "--bootstrap", "localhost:9092, kafka2:9093",
                "--registry", "http://localhost:8081", "--read-only").code()).isZero();

        CliHarness.Result list = cli.run("profiles", "list", "--json");

        assertThat(list.code()).isZero();
        JsonNode profiles = JSON.readTree(list.out());
        assertThat(profiles.isArray()).isTrue();
        assertThat(profiles).hasSize(1);
        JsonNode dev = profiles.get(0);
        assertThat(dev.get("name").asText()).isEqualTo("dev");
        assertThat(dev.get("bootstrap").asText()).isEqualTo("localhost:9092,kafka2:9093");
        assertThat(dev.get("registry").asText()).isEqualTo("http://localhost:8081");
        assertThat(dev.get("readOnly").asBoolean()).isTrue();
        assertThat(dev.get("securityProtocol").asText()).isEqualTo("PLAINTEXT");
    }

    @Test
    void listWithoutJsonPrintsATableRowPerProfile() {
        cli.run("profiles", "add", "b-cluster", "--bootstrap", "b:9092");
        cli.run("profiles", "add", "a-cluster", "--bootstrap", "a:9092");

        String[] lines = cli.run("profiles", "list").out().strip().split("\\R");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("NAME").contains("BOOTSTRAP");
        assertThat(lines[1]).startsWith("a-cluster").contains("a:9092");
        assertThat(lines[2]).startsWith("b-cluster").contains("b:9092");
    }

    @Test
    void showJsonHasSecurityAndPropertiesButNoPassword() throws Exception {
        cli.run("profiles", "add", "prod", "--bootstrap", "broker:9093", "--security-protocol", "sasl_ssl",
                "--sasl-mechanism", "scram-sha-512", "--sasl-user", "alice", "--property", "client.rack=eu-1");

        CliHarness.Result show = cli.run("profiles", "show", "prod", "--json");

        assertThat(show.code()).isZero();
        JsonNode prod = JSON.readTree(show.out());
        assertThat(prod.get("name").asText()).isEqualTo("prod");
        assertThat(prod.get("securityProtocol").asText()).isEqualTo("SASL_SSL");
        assertThat(prod.get("saslMechanism").asText()).isEqualTo("SCRAM-SHA-512");
        assertThat(prod.get("saslUser").asText()).isEqualTo("alice");
        assertThat(prod.get("properties").get("client.rack").asText()).isEqualTo("eu-1");
        assertThat(prod.has("password")).isFalse();
    }

    @Test
    void showMasksPropertiesThatHoldSecrets() {
        cli.store().save(new ClusterProfile("tls", "broker:9093", SecurityConfig.plaintext(),
                Map.of("ssl.truststore.password", "hunter2", "linger.ms", "5"), RegistryConfig.none(), false, null));

        CliHarness.Result text = cli.run("profiles", "show", "tls");
        CliHarness.Result json = cli.run("profiles", "show", "tls", "--json");

        assertThat(text.out()).contains("linger.ms=5").contains("ssl.truststore.password=" + ProfileOutput.MASK)
                .doesNotContain("hunter2");
        assertThat(json.out()).contains("\"linger.ms\":\"5\"").doesNotContain("hunter2");
    }

    @Test
    void removedProfileIsNoLongerListed() throws Exception {
        cli.run("profiles", "add", "dev", "--bootstrap", "localhost:9092");

        CliHarness.Result remove = cli.run("profiles", "remove", "dev");

        assertThat(remove.code()).isZero();
        assertThat(remove.out()).contains("Removed profile 'dev'");
        assertThat(JSON.readTree(cli.run("profiles", "list", "--json").out())).isEmpty();
    }

    @Test
    void addingADuplicateFailsAndKeepsTheOriginal() {
        cli.run("profiles", "add", "dev", "--bootstrap", "first:9092");

        CliHarness.Result again = cli.run("profiles", "add", "dev", "--bootstrap", "second:9092");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("partita: a profile named 'dev' already exists (add --force to replace it)");
        assertThat(cli.store().find("dev").orElseThrow().bootstrapServers()).isEqualTo("first:9092");
    }

    @Test
    void forceReplacesAnExistingProfile() {
        cli.run("profiles", "add", "dev", "--bootstrap", "first:9092");

        CliHarness.Result again = cli.run("profiles", "add", "dev", "--bootstrap", "second:9092", "--force");

        assertThat(again.code()).isZero();
        assertThat(cli.store().find("dev").orElseThrow().bootstrapServers()).isEqualTo("second:9092");
    }

    @Test
    void badHostPortIsAUsageErrorNamingTheEntry() {
        CliHarness.Result result = cli.run("profiles", "add", "dev", "--bootstrap", "localhost:9092,kafka2");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--bootstrap").contains("'kafka2' is not host:port");
        assertThat(cli.store().list()).isEmpty();
    }

    @Test
    void badRegistryUrlIsAUsageError() {
        CliHarness.Result result = cli.run("profiles", "add", "dev", "--bootstrap", "h:1", "--registry", "ftp://x");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--registry").contains("not an http(s) URL");
    }

    @Test
    void secretsAreRefusedAsProperties() {
        CliHarness.Result result = cli.run("profiles", "add", "dev", "--bootstrap", "h:1",
                "--property", "sasl.jaas.config=org.Foo required password=\"x\";");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("secrets are not accepted on the command line");
        assertThat(cli.store().list()).isEmpty();
    }

    @Test
    void saslOptionsNeedASaslProtocol() {
        CliHarness.Result result = cli.run("profiles", "add", "dev", "--bootstrap", "h:1", "--sasl-user", "bob");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--security-protocol SASL_PLAINTEXT or SASL_SSL");
    }

    @Test
    void addingASaslUserSaysThatNoPasswordIsStored() {
        CliHarness.Result result = cli.run("profiles", "add", "prod", "--bootstrap", "h:1",
                "--security-protocol", "SASL_PLAINTEXT", "--sasl-mechanism", "PLAIN", "--sasl-user", "alice");

        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("no password is stored").contains("--sasl-password-stdin");
    }

    @Test
    void showingAnUnknownProfileListsTheKnownOnes() {
        cli.run("profiles", "add", "dev", "--bootstrap", "h:1");
        cli.run("profiles", "add", "prod", "--bootstrap", "h:2");

        CliHarness.Result result = cli.run("profiles", "show", "staging");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("partita: no profile named 'staging'; known profiles: 'dev', 'prod'");
    }

    @Test
    void removingAnUnknownProfileFails() {
        CliHarness.Result result = cli.run("profiles", "remove", "staging");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("no profile named 'staging'").contains("no profiles are saved yet");
    }
}
