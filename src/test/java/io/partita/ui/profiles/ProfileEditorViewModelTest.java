package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.ui.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileEditorViewModelTest {

    @TempDir
    Path dir;

    private ProfileEditorViewModel newEditor(List<String> existing) {
        return ProfileEditorViewModel.forNew(TestSupport.services(dir), existing);
    }

    @Test
    void badHostPortShowsWhichEntryIsWrong() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().nameProperty().set("dev");
        editor.form().bootstrapServersProperty().set("kafka-1:9092, kafka-2");

        assertThat(editor.bootstrapErrorProperty().get()).isEqualTo("'kafka-2' is not host:port");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.saveCommand().executableProperty().get()).isFalse();
    }

    @Test
    void duplicateNameIsRefusedWhateverItsCase() {
        ProfileEditorViewModel editor = newEditor(List.of("Prod"));
        editor.form().nameProperty().set("prod ");

        assertThat(editor.nameErrorProperty().get()).isEqualTo("A profile named 'prod' already exists");
    }

    @Test
    void editingKeepsItsOwnNameValid() {
        ClusterProfile prod = ClusterProfile.simple("prod", "k:9092", null);
        ProfileEditorViewModel editor = ProfileEditorViewModel.forEdit(TestSupport.services(dir), prod,
                io.partita.model.Credentials.none(), List.of("prod", "dev"));

        assertThat(editor.nameErrorProperty().get()).isNull();
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void registryUrlMustBeHttpOrHttps() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().registryUrlProperty().set("ftp://registry:8081");
        assertThat(editor.registryErrorProperty().get()).startsWith("Enter an http:// or https:// URL");

        editor.form().registryUrlProperty().set("http://");
        assertThat(editor.registryErrorProperty().get()).isNotNull();

        editor.form().registryUrlProperty().set("https://registry.example.com/apis/ccompat/v7");
        assertThat(editor.registryErrorProperty().get()).isNull();
    }

    @Test
    void aClientPropertyThatHoldsASecretIsRefused() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().clientProperties().add(new ClientPropertyRow("request.timeout.ms", "30000"));
        assertThat(editor.propertiesErrorProperty().get()).isNull();

        editor.form().clientProperties().add(new ClientPropertyRow("ssl.truststore.password", "x"));

        assertThat(editor.propertiesErrorProperty().get()).contains("holds a secret");
        assertThat(editor.validProperty().get()).isFalse();
    }

    @Test
    void saveBuildsTheRecordAndKeepsPasswordsInTheSecretStoreOnly() throws Exception {
        ProfileServices services = TestSupport.services(dir);
        ProfileEditorViewModel editor = ProfileEditorViewModel.forNew(services, List.of());
        ProfileForm form = editor.form();
        form.nameProperty().set("prod");
        form.bootstrapServersProperty().set("k1:9093,k2:9093");
        form.protocolProperty().set(SecurityProtocol.SASL_SSL);
        form.saslMechanismProperty().set("SCRAM-SHA-512");
        form.saslUsernameProperty().set("alice");
        form.saslPasswordProperty().set("s3cret-pw");
        form.truststorePathProperty().set("/etc/trust.p12");
        form.registryUrlProperty().set("https://registry:8081");
        form.registryAuthProperty().set(RegistryAuth.BASIC);
        form.registryUsernameProperty().set("reg");
        form.registrySecretProperty().set("reg-pw");
        form.readOnlyProperty().set(true);
        form.colourProperty().set("#e5534b");
        form.clientProperties().add(new ClientPropertyRow("request.timeout.ms", "20000"));

        editor.saveCommand().execute();

        ClusterProfile expected = new ClusterProfile("prod", "k1:9093,k2:9093",
                new SecurityConfig(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", "alice", "/etc/trust.p12", "PKCS12",
                        null, null, true),
                Map.of("request.timeout.ms", "20000"),
                new RegistryConfig("https://registry:8081", RegistryAuth.BASIC, "reg"), true, "#e5534b");
        assertThat(editor.savedProperty().get()).isEqualTo(expected);
        assertThat(services.store().find("prod")).contains(expected);
        assertThat(services.secrets().load("prod").get(SecretKind.SASL_PASSWORD)).contains("s3cret-pw");
        assertThat(services.secrets().load("prod").get(SecretKind.REGISTRY_PASSWORD)).contains("reg-pw");
        assertThat(Files.readString(services.store().file())).doesNotContain("s3cret-pw").doesNotContain("reg-pw");
    }

    @Test
    void passwordsOfSettingsNotInUseAreDropped() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().protocolProperty().set(SecurityProtocol.SASL_PLAINTEXT);
        editor.form().saslPasswordProperty().set("pw");
        editor.form().protocolProperty().set(SecurityProtocol.PLAINTEXT);

        assertThat(editor.form().toCredentials().isEmpty()).isTrue();
        assertThat(editor.form().toProfile().security().saslUsername()).isNull();
    }

    @Test
    void sessionOnlySecretsAreSaidSo() {
        assertThat(newEditor(List.of()).secretsNote()).contains("this session only");
    }

    @Test
    void testConnectionToAPortNobodyListensOnReportsConnectionRefused() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().bootstrapServersProperty().set("127.0.0.1:" + TestSupport.freePort());

        editor.testConnectionCommand().execute();

        assertThat(editor.testOutcomeProperty().get()).isEqualTo(ConnectionTestOutcome.FAILURE);
        assertThat(editor.kafkaResultProperty().get()).contains("connection refused");
        assertThat(editor.registryResultProperty().get()).isEqualTo("Schema registry: not configured");
    }

    @Test
    void changingTheBootstrapClearsAnEarlierTestResult() {
        ProfileEditorViewModel editor = newEditor(List.of());
        editor.form().bootstrapServersProperty().set("127.0.0.1:" + TestSupport.freePort());
        editor.testConnectionCommand().execute();

        editor.form().bootstrapServersProperty().set("127.0.0.1:1");

        assertThat(editor.testOutcomeProperty().get()).isEqualTo(ConnectionTestOutcome.NONE);
        assertThat(editor.kafkaResultProperty().get()).isEmpty();
    }

    @Test
    void copyGetsAFreeNameAndSavesAsANewProfile() {
        ProfileServices services = TestSupport.services(dir);
        ClusterProfile prod = ClusterProfile.simple("prod", "k:9092", null);
        services.store().save(prod);
        services.store().save(prod.withName("prod (copy)"));

        ProfileEditorViewModel copy = ProfileEditorViewModel.forCopy(services, prod,
                io.partita.model.Credentials.none(), List.of("prod", "prod (copy)"));
        assertThat(copy.form().nameProperty().get()).isEqualTo("prod (copy 2)");
        copy.saveCommand().execute();

        assertThat(services.store().list()).extracting(ClusterProfile::name)
                .containsExactly("prod", "prod (copy 2)", "prod (copy)");
    }
}
