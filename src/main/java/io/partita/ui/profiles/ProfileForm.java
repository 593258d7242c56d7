package io.partita.ui.profiles;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The editor's input fields: a profile and its secrets copied into properties, and back into a new record.
 * Fields that the form does not show (client keystore) are carried over from the profile it was loaded from.
 */
public final class ProfileForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty bootstrapServers = new SimpleStringProperty(this, "bootstrapServers", "");
    private final ObjectProperty<SecurityProtocol> protocol =
            new SimpleObjectProperty<>(this, "protocol", SecurityProtocol.PLAINTEXT);
    private final StringProperty saslMechanism = new SimpleStringProperty(this, "saslMechanism", "PLAIN");
    private final StringProperty saslUsername = new SimpleStringProperty(this, "saslUsername", "");
    private final StringProperty saslPassword = new SimpleStringProperty(this, "saslPassword", "");
    private final StringProperty truststorePath = new SimpleStringProperty(this, "truststorePath", "");
    private final StringProperty truststoreType = new SimpleStringProperty(this, "truststoreType", "PKCS12");
    private final StringProperty truststorePassword = new SimpleStringProperty(this, "truststorePassword", "");
    private final BooleanProperty verifyHostname = new SimpleBooleanProperty(this, "verifyHostname", true);
    private final StringProperty registryUrl = new SimpleStringProperty(this, "registryUrl", "");
    private final ObjectProperty<RegistryAuth> registryAuth =
            new SimpleObjectProperty<>(this, "registryAuth", RegistryAuth.NONE);
    private final StringProperty registryUsername = new SimpleStringProperty(this, "registryUsername", "");
    private final StringProperty registrySecret = new SimpleStringProperty(this, "registrySecret", "");
    private final StringProperty registryTruststorePath = new SimpleStringProperty(this, "registryTruststorePath", "");
    private final StringProperty registryTruststoreType =
            new SimpleStringProperty(this, "registryTruststoreType", "PKCS12");
    private final StringProperty registryTruststorePassword =
            new SimpleStringProperty(this, "registryTruststorePassword", "");
    private final StringProperty registryKeystorePath = new SimpleStringProperty(this, "registryKeystorePath", "");
    private final StringProperty registryKeystorePassword =
            new SimpleStringProperty(this, "registryKeystorePassword", "");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");
    private final StringProperty clientProperties = new SimpleStringProperty(this, "clientProperties", "");
    private SecurityConfig loadedSecurity = SecurityConfig.plaintext();
    private Credentials loadedCredentials = Credentials.none();

    void load(ClusterProfile profile, Credentials credentials) {
        SecurityConfig sec = profile.security();
        name.set(profile.name());
        bootstrapServers.set(profile.bootstrapServers());
        protocol.set(sec.protocol());
        saslMechanism.set(sec.saslMechanism() == null ? "PLAIN" : sec.saslMechanism());
        saslUsername.set(orEmpty(sec.saslUsername()));
        saslPassword.set(credentials.get(SecretKind.SASL_PASSWORD).orElse(""));
        truststorePath.set(orEmpty(sec.truststorePath()));
        truststoreType.set(sec.truststoreType() == null ? "PKCS12" : sec.truststoreType());
        truststorePassword.set(credentials.get(SecretKind.TRUSTSTORE_PASSWORD).orElse(""));
        verifyHostname.set(sec.endpointIdentification());
        RegistryConfig registry = profile.registry();
        registryUrl.set(orEmpty(registry.url()));
        registryAuth.set(registry.auth());
        registryUsername.set(orEmpty(registry.username()));
        registrySecret.set(credentials.get(registry.auth() == RegistryAuth.BEARER
                ? SecretKind.REGISTRY_TOKEN : SecretKind.REGISTRY_PASSWORD).orElse(""));
        registryTruststorePath.set(orEmpty(registry.truststorePath()));
        registryTruststoreType.set(registry.truststoreType() == null ? "PKCS12" : registry.truststoreType());
        registryTruststorePassword.set(credentials.get(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD).orElse(""));
        registryKeystorePath.set(orEmpty(registry.keystorePath()));
        registryKeystorePassword.set(credentials.get(SecretKind.REGISTRY_KEYSTORE_PASSWORD).orElse(""));
        readOnly.set(profile.readOnly());
        colour.set(orEmpty(profile.color()));
        clientProperties.set(ProfileValidator.formatProperties(profile.clientProperties()));
        loadedSecurity = sec;
        loadedCredentials = credentials;
    }

    /** A new record from the fields; call only when the form is valid (bad property lines are dropped). */
    public ClusterProfile toProfile() {
        SecurityProtocol p = protocol.get();
        boolean sasl = p.usesSasl();
        boolean tls = p.usesTls();
        String trustPath = tls ? blankToNull(truststorePath.get()) : null;
        SecurityConfig security = new SecurityConfig(p,
                sasl ? blankToNull(saslMechanism.get()) : null,
                sasl ? blankToNull(saslUsername.get()) : null,
                trustPath, trustPath == null ? null : blankToNull(truststoreType.get()),
                tls ? loadedSecurity.keystorePath() : null, tls ? loadedSecurity.keystoreType() : null,
                verifyHostname.get());
        String url = blankToNull(registryUrl.get());
        RegistryAuth auth = url == null ? RegistryAuth.NONE : registryAuth.get();
        String keyPath = registryTls() ? blankToNull(registryKeystorePath.get()) : null;
        RegistryConfig registry = new RegistryConfig(url, auth,
                auth == RegistryAuth.BASIC ? blankToNull(registryUsername.get()) : null,
                registryTls() ? blankToNull(registryTruststorePath.get()) : null, registryTruststoreType.get(),
                keyPath, keyPath != null && keyPath.toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12");
        return new ClusterProfile(name.get(), bootstrapServers.get(), security, safeProperties(), registry,
                readOnly.get(), blankToNull(colour.get()));
    }

    /** The secrets that go with {@link #toProfile()}: only those its settings use. */
    public Credentials toCredentials() {
        SecurityProtocol p = protocol.get();
        Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
        if (p.usesSasl()) {
            secrets.put(SecretKind.SASL_PASSWORD, saslPassword.get());
        }
        if (p.usesTls()) {
            secrets.put(SecretKind.TRUSTSTORE_PASSWORD, truststorePassword.get());
            loadedCredentials.get(SecretKind.KEYSTORE_PASSWORD).ifPresent(v -> secrets.put(SecretKind.KEYSTORE_PASSWORD, v));
            loadedCredentials.get(SecretKind.KEY_PASSWORD).ifPresent(v -> secrets.put(SecretKind.KEY_PASSWORD, v));
        }
        if (blankToNull(registryUrl.get()) != null) {
            if (registryAuth.get() == RegistryAuth.BASIC) {
                secrets.put(SecretKind.REGISTRY_PASSWORD, registrySecret.get());
            } else if (registryAuth.get() == RegistryAuth.BEARER) {
                secrets.put(SecretKind.REGISTRY_TOKEN, registrySecret.get());
            }
            if (registryTls()) {
                secrets.put(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, registryTruststorePassword.get());
                secrets.put(SecretKind.REGISTRY_KEYSTORE_PASSWORD, registryKeystorePassword.get());
            }
        }
        return Credentials.of(secrets);
    }

    /** Fields whose change makes an earlier connection test result stale. */
    List<ObservableValue<?>> connectionFields() {
        return List.of(bootstrapServers, protocol, saslMechanism, saslUsername, saslPassword,
            truststorePath, truststoreType, truststorePassword, verifyHostname, registryUrl, registryAuth,
            registryUsername, registrySecret, registryTruststorePath, registryTruststoreType,
            registryTruststorePassword, registryKeystorePath, registryKeystorePassword, clientProperties);
    }

    /** TLS settings for the registry apply only to an https:// URL. */
    boolean registryTls() {
        String url = blankToNull(registryUrl.get());
        return url != null && url.toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }

    private Map<String, String> safeProperties() {
        try {
            return ProfileValidator.parseProperties(clientProperties.get());
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty bootstrapServersProperty() { return bootstrapServers; }
    public ObjectProperty<SecurityProtocol> protocolProperty() { return protocol; }
    public StringProperty saslMechanismProperty() { return saslMechanism; }
    public StringProperty saslUsernameProperty() { return saslUsername; }
    public StringProperty saslPasswordProperty() { return saslPassword; }
    public StringProperty truststorePathProperty() { return truststorePath; }
    public StringProperty truststoreTypeProperty() { return truststoreType; }
    public StringProperty truststorePasswordProperty() { return truststorePassword; }
    public BooleanProperty verifyHostnameProperty() { return verifyHostname; }
    public StringProperty registryUrlProperty() { return registryUrl; }
    public ObjectProperty<RegistryAuth> registryAuthProperty() { return registryAuth; }
    public StringProperty registryUsernameProperty() { return registryUsername; }
    public StringProperty registrySecretProperty() { return registrySecret; }
    public StringProperty registryTruststorePathProperty() { return registryTruststorePath; }
    public StringProperty registryTruststoreTypeProperty() { return registryTruststoreType; }
    public StringProperty registryTruststorePasswordProperty() { return registryTruststorePassword; }
    public StringProperty registryKeystorePathProperty() { return registryKeystorePath; }
    public StringProperty registryKeystorePasswordProperty() { return registryKeystorePassword; }
    public BooleanProperty readOnlyProperty() { return readOnly; }
    public StringProperty colourProperty() { return colour; }
    public StringProperty clientPropertiesProperty() { return clientProperties; }
}
