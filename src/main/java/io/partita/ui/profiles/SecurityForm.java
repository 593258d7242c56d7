package io.partita.ui.profiles;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.KerberosSettings;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The connection-security fields of the editor: protocol, SASL mechanism with the fields each one needs, TLS stores.
 * Which fields apply is exposed as bindings so the view only shows or hides them.
 */
public final class SecurityForm {

    private final ObjectProperty<SecurityProtocol> protocol =
            new SimpleObjectProperty<>(this, "protocol", SecurityProtocol.PLAINTEXT);
    private final StringProperty mechanism = new SimpleStringProperty(this, "mechanism", "PLAIN");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty tokenUrl = new SimpleStringProperty(this, "tokenUrl", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty clientSecret = new SimpleStringProperty(this, "clientSecret", "");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", "");
    private final StringProperty serviceName = new SimpleStringProperty(this, "serviceName", "kafka");
    private final StringProperty principal = new SimpleStringProperty(this, "principal", "");
    private final StringProperty keytab = new SimpleStringProperty(this, "keytab", "");
    private final StringProperty krb5Conf = new SimpleStringProperty(this, "krb5Conf", "");
    private final StringProperty rawJaas = new SimpleStringProperty(this, "rawJaas", "");
    private final StringProperty truststorePath = new SimpleStringProperty(this, "truststorePath", "");
    private final StringProperty truststoreType = new SimpleStringProperty(this, "truststoreType", "PKCS12");
    private final StringProperty truststorePassword = new SimpleStringProperty(this, "truststorePassword", "");
    private final StringProperty keystorePath = new SimpleStringProperty(this, "keystorePath", "");
    private final StringProperty keystoreType = new SimpleStringProperty(this, "keystoreType", "PKCS12");
    private final StringProperty keystorePassword = new SimpleStringProperty(this, "keystorePassword", "");
    private final StringProperty keyPassword = new SimpleStringProperty(this, "keyPassword", "");
    private final BooleanProperty verifyHostname = new SimpleBooleanProperty(this, "verifyHostname", true);

    private final BooleanBinding sasl = Bindings.createBooleanBinding(() -> protocol.get().usesSasl(), protocol);
    private final BooleanBinding tls = Bindings.createBooleanBinding(() -> protocol.get().usesTls(), protocol);
    private final BooleanBinding userPassword = sasl.and(Bindings.createBooleanBinding(
            () -> isUserPassword(mechanism.get()), mechanism));
    private final BooleanBinding oauth = sasl.and(mechanism.isEqualTo(SecurityConfig.OAUTHBEARER));
    private final BooleanBinding kerberos = sasl.and(mechanism.isEqualTo(SecurityConfig.GSSAPI));

    void load(SecurityConfig sec, Credentials credentials) {
        protocol.set(sec.protocol());
        mechanism.set(sec.saslMechanism() == null ? "PLAIN" : sec.saslMechanism());
        username.set(orEmpty(sec.saslUsername()));
        password.set(credentials.get(SecretKind.SASL_PASSWORD).orElse(""));
        tokenUrl.set(orEmpty(sec.oauth().tokenEndpointUrl()));
        clientId.set(orEmpty(sec.oauth().clientId()));
        clientSecret.set(credentials.get(SecretKind.OAUTH_CLIENT_SECRET).orElse(""));
        scope.set(orEmpty(sec.oauth().scope()));
        serviceName.set(sec.kerberos().serviceName() == null ? "kafka" : sec.kerberos().serviceName());
        principal.set(orEmpty(sec.kerberos().principal()));
        keytab.set(orEmpty(sec.kerberos().keytabPath()));
        krb5Conf.set(orEmpty(sec.kerberos().krb5ConfPath()));
        rawJaas.set(credentials.get(SecretKind.SASL_JAAS_CONFIG).orElse(""));
        truststorePath.set(orEmpty(sec.truststorePath()));
        truststoreType.set(sec.truststoreType() == null ? "PKCS12" : sec.truststoreType());
        truststorePassword.set(credentials.get(SecretKind.TRUSTSTORE_PASSWORD).orElse(""));
        keystorePath.set(orEmpty(sec.keystorePath()));
        keystoreType.set(sec.keystoreType() == null ? "PKCS12" : sec.keystoreType());
        keystorePassword.set(credentials.get(SecretKind.KEYSTORE_PASSWORD).orElse(""));
        keyPassword.set(credentials.get(SecretKind.KEY_PASSWORD).orElse(""));
        verifyHostname.set(sec.endpointIdentification());
    }

    /** Only the settings the chosen protocol and mechanism use. */
    SecurityConfig toSecurity() {
        SecurityProtocol p = protocol.get();
        String trustPath = tls.get() ? blankToNull(truststorePath.get()) : null;
        String keyPath = tls.get() ? blankToNull(keystorePath.get()) : null;
        OAuthSettings oauthSettings = oauth.get()
                ? new OAuthSettings(tokenUrl.get(), clientId.get(), scope.get()) : null;
        KerberosSettings krb = kerberos.get()
                ? new KerberosSettings(serviceName.get(), principal.get(), keytab.get(), krb5Conf.get()) : null;
        return new SecurityConfig(p, sasl.get() ? blankToNull(mechanism.get()) : null,
                userPassword.get() ? blankToNull(username.get()) : null,
                trustPath, trustPath == null ? null : truststoreType.get(),
                keyPath, keyPath == null ? null : keystoreType.get(), verifyHostname.get(), oauthSettings, krb);
    }

    /** The secrets {@link #toSecurity()} uses, into {@code secrets}. */
    void secrets(Map<SecretKind, String> secrets) {
        if (userPassword.get()) {
            secrets.put(SecretKind.SASL_PASSWORD, password.get());
        }
        if (oauth.get()) {
            secrets.put(SecretKind.OAUTH_CLIENT_SECRET, clientSecret.get());
        }
        if (kerberos.get()) {
            secrets.put(SecretKind.SASL_JAAS_CONFIG, rawJaas.get().strip());
        }
        if (tls.get()) {
            secrets.put(SecretKind.TRUSTSTORE_PASSWORD, truststorePassword.get());
            if (blankToNull(keystorePath.get()) != null) {
                secrets.put(SecretKind.KEYSTORE_PASSWORD, keystorePassword.get());
                secrets.put(SecretKind.KEY_PASSWORD, keyPassword.get());
            }
        }
    }

    /** The message for the SASL fields, or null when they are complete. */
    String saslError() {
        if (!sasl.get()) {
            return null;
        }
        String m = mechanism.get();
        if (m == null || m.isBlank()) {
            return "Choose a SASL mechanism";
        }
        if (isUserPassword(m)) {
            return username.get().isBlank() ? "Enter the SASL user" : null;
        }
        if (m.equals(SecurityConfig.OAUTHBEARER)) {
            if (!tokenUrl.get().strip().matches("(?i)https?://\\S+")) {
                return "Enter the token endpoint, an http:// or https:// URL";
            }
            return clientId.get().isBlank() ? "Enter the OAuth client id" : null;
        }
        if (m.equals(SecurityConfig.GSSAPI) && rawJaas.get().isBlank() && principal.get().isBlank()) {
            return "Enter the Kerberos principal (or a raw JAAS line)";
        }
        return null;
    }

    List<ObservableValue<?>> fields() {
        return List.of(protocol, mechanism, username, password, tokenUrl, clientId, clientSecret, scope, serviceName,
                principal, keytab, krb5Conf, rawJaas, truststorePath, truststoreType, truststorePassword, keystorePath,
                keystoreType, keystorePassword, keyPassword, verifyHostname);
    }

    static boolean isUserPassword(String mechanism) {
        return "PLAIN".equals(mechanism) || (mechanism != null && mechanism.startsWith("SCRAM-"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // Properties

    public ObjectProperty<SecurityProtocol> protocolProperty() { return protocol; }
    public StringProperty mechanismProperty() { return mechanism; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty tokenUrlProperty() { return tokenUrl; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty clientSecretProperty() { return clientSecret; }
    public StringProperty scopeProperty() { return scope; }
    public StringProperty serviceNameProperty() { return serviceName; }
    public StringProperty principalProperty() { return principal; }
    public StringProperty keytabProperty() { return keytab; }
    public StringProperty krb5ConfProperty() { return krb5Conf; }
    public StringProperty rawJaasProperty() { return rawJaas; }
    public StringProperty truststorePathProperty() { return truststorePath; }
    public StringProperty truststoreTypeProperty() { return truststoreType; }
    public StringProperty truststorePasswordProperty() { return truststorePassword; }
    public StringProperty keystorePathProperty() { return keystorePath; }
    public StringProperty keystoreTypeProperty() { return keystoreType; }
    public StringProperty keystorePasswordProperty() { return keystorePassword; }
    public StringProperty keyPasswordProperty() { return keyPassword; }
    public BooleanProperty verifyHostnameProperty() { return verifyHostname; }
    public BooleanBinding saslShown() { return sasl; }
    public BooleanBinding tlsShown() { return tls; }
    public BooleanBinding userPasswordShown() { return userPassword; }
    public BooleanBinding oauthShown() { return oauth; }
    public BooleanBinding kerberosShown() { return kerberos; }
}
