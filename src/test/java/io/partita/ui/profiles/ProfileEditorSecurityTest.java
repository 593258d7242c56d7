package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import io.partita.ui.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's security fields and advanced table, without a UI toolkit. */
class ProfileEditorSecurityTest {

    @TempDir
    Path dir;

    private ProfileEditorViewModel editor() {
        ProfileEditorViewModel editor = ProfileEditorViewModel.forNew(TestSupport.services(dir), List.of());
        editor.form().nameProperty().set("p");
        editor.form().bootstrapServersProperty().set("k:9093");
        return editor;
    }

    @Test
    void eachMechanismShowsOnlyItsOwnFields() {
        SecurityForm f = editor().form().security();
        f.protocolProperty().set(SecurityProtocol.SASL_SSL);

        f.mechanismProperty().set("SCRAM-SHA-256");
        assertThat(List.of(f.userPasswordShown().get(), f.oauthShown().get(), f.kerberosShown().get()))
                .containsExactly(true, false, false);
        f.mechanismProperty().set("OAUTHBEARER");
        assertThat(List.of(f.userPasswordShown().get(), f.oauthShown().get(), f.kerberosShown().get()))
                .containsExactly(false, true, false);
        f.mechanismProperty().set("GSSAPI");
        assertThat(List.of(f.userPasswordShown().get(), f.oauthShown().get(), f.kerberosShown().get()))
                .containsExactly(false, false, true);
        f.protocolProperty().set(SecurityProtocol.SSL);
        assertThat(f.kerberosShown().get()).isFalse();
        assertThat(f.tlsShown().get()).isTrue();
    }

    @Test
    void oauthNeedsATokenEndpointAndAClientIdAndKeepsTheSecretApart() {
        ProfileEditorViewModel editor = editor();
        SecurityForm f = editor.form().security();
        f.protocolProperty().set(SecurityProtocol.SASL_SSL);
        f.mechanismProperty().set("OAUTHBEARER");
        assertThat(editor.saslErrorProperty().get()).startsWith("Enter the token endpoint");
        f.tokenUrlProperty().set("https://idp/token");
        assertThat(editor.saslErrorProperty().get()).isEqualTo("Enter the OAuth client id");
        f.clientIdProperty().set("app");
        f.clientSecretProperty().set("cs-1");
        f.usernameProperty().set("leftover-user");

        assertThat(editor.saslErrorProperty().get()).isNull();
        SecurityConfig sec = editor.form().toProfile().security();
        assertThat(sec.oauth()).isEqualTo(new OAuthSettings("https://idp/token", "app", null));
        assertThat(sec.saslUsername()).isNull();
        assertThat(editor.form().toCredentials().get(SecretKind.OAUTH_CLIENT_SECRET)).contains("cs-1");
        assertThat(editor.form().toCredentials().get(SecretKind.SASL_PASSWORD)).isEmpty();
    }

    @Test
    void kerberosFieldsAndARawJaasLine() {
        ProfileEditorViewModel editor = editor();
        SecurityForm f = editor.form().security();
        f.protocolProperty().set(SecurityProtocol.SASL_PLAINTEXT);
        f.mechanismProperty().set("GSSAPI");
        assertThat(editor.saslErrorProperty().get()).contains("principal");
        f.principalProperty().set("app@REALM");
        f.keytabProperty().set("/k/app.keytab");
        f.rawJaasProperty().set("com.sun.security.auth.module.Krb5LoginModule required useTicketCache=true;");

        SecurityConfig sec = editor.form().toProfile().security();
        assertThat(sec.kerberos().principal()).isEqualTo("app@REALM");
        assertThat(sec.kerberos().serviceName()).isEqualTo("kafka");
        assertThat(sec.kerberos().keytabPath()).isEqualTo("/k/app.keytab");
        assertThat(editor.form().toCredentials().get(SecretKind.SASL_JAAS_CONFIG)).contains(
                "com.sun.security.auth.module.Krb5LoginModule required useTicketCache=true;");
    }

    @Test
    void keystoreSettingsGoToTheProfileAndTheirPasswordsToTheSecrets() {
        ProfileEditorViewModel editor = editor();
        SecurityForm f = editor.form().security();
        f.protocolProperty().set(SecurityProtocol.SSL);
        f.keystorePathProperty().set("/c/client.pem");
        f.keystoreTypeProperty().set("PEM");
        f.keystorePasswordProperty().set("ks-pw");
        f.keyPasswordProperty().set("key-pw");

        SecurityConfig sec = editor.form().toProfile().security();
        assertThat(sec.keystorePath()).isEqualTo("/c/client.pem");
        assertThat(sec.keystoreType()).isEqualTo("PEM");
        Credentials creds = editor.form().toCredentials();
        assertThat(creds.get(SecretKind.KEYSTORE_PASSWORD)).contains("ks-pw");
        assertThat(creds.get(SecretKind.KEY_PASSWORD)).contains("key-pw");

        f.protocolProperty().set(SecurityProtocol.PLAINTEXT);
        assertThat(editor.form().toProfile().security().keystorePath()).isNull();
        assertThat(editor.form().toCredentials().isEmpty()).isTrue();
    }

    @Test
    void unknownPropertyKeysAreWarnedAboutButKept() {
        ProfileEditorViewModel editor = editor();
        editor.form().clientProperties().add(new ClientPropertyRow("linger.ms", "5"));
        assertThat(editor.propertiesWarningProperty().get()).isNull();

        editor.addProperty();
        editor.form().clientProperties().get(1).keyProperty().set("my.interceptor.setting");
        editor.form().clientProperties().get(1).valueProperty().set("on");

        assertThat(editor.propertiesWarningProperty().get()).contains("my.interceptor.setting").contains("kept");
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.form().toProfile().clientProperties())
                .containsEntry("linger.ms", "5").containsEntry("my.interceptor.setting", "on");
    }

    @Test
    void importFillsTheFormAndKeepsTheTypedName() throws Exception {
        Path file = dir.resolve("kcat.conf");
        Files.writeString(file, "bootstrap.servers=b:9092\nsecurity.protocol=sasl_ssl\nsasl.mechanisms=SCRAM-SHA-256\n"
                + "sasl.username=u1\nsasl.password=imp-pw\nssl.ca.location=/ca.pem\nfetch.wait.max.ms=10\n");
        ProfileEditorViewModel editor = editor();

        editor.importFrom(file, true);

        ProfileForm form = editor.form();
        assertThat(form.nameProperty().get()).isEqualTo("p");
        assertThat(form.bootstrapServersProperty().get()).isEqualTo("b:9092");
        assertThat(form.saslUsernameProperty().get()).isEqualTo("u1");
        assertThat(form.saslPasswordProperty().get()).isEqualTo("imp-pw");
        assertThat(form.truststoreTypeProperty().get()).isEqualTo("PEM");
        assertThat(editor.transferMessageProperty().get()).startsWith("Imported").contains("fetch.wait.max.ms");
    }

    @Test
    void exportWritesPlaceholdersOrOwnerOnlySecrets() throws Exception {
        ProfileEditorViewModel editor = editor();
        editor.form().protocolProperty().set(SecurityProtocol.SASL_PLAINTEXT);
        editor.form().saslMechanismProperty().set("PLAIN");
        editor.form().saslUsernameProperty().set("u");
        editor.form().saslPasswordProperty().set("exp-pw");

        Path plain = dir.resolve("plain.properties");
        editor.exportTo(plain, false);
        Path secret = dir.resolve("secret.properties");
        editor.exportTo(secret, true);

        assertThat(Files.readString(plain)).contains("<secret: SASL password>").doesNotContain("exp-pw");
        assertThat(Files.readString(secret)).contains("password=\"exp-pw\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(editor.transferMessageProperty().get()).contains("readable by you only");
    }

    @Test
    void loadingAProfileShowsItsOAuthSettings() {
        ClusterProfile profile = new ClusterProfile("o", "k:1", new SecurityConfig(SecurityProtocol.SASL_SSL,
                "OAUTHBEARER", null, null, null, null, null, true, new OAuthSettings("https://i/t", "c", "s"), null),
                Map.of(), null, false, null);
        ProfileEditorViewModel editor = ProfileEditorViewModel.forEdit(TestSupport.services(dir), profile,
                Credentials.of(Map.of(SecretKind.OAUTH_CLIENT_SECRET, "cs")), List.of("o"));

        SecurityForm f = editor.form().security();
        assertThat(f.tokenUrlProperty().get()).isEqualTo("https://i/t");
        assertThat(f.clientSecretProperty().get()).isEqualTo("cs");
        assertThat(editor.form().toProfile()).isEqualTo(profile);
    }
}
