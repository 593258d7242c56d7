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
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's input fields: a profile and its secrets copied into properties, and back into a new record.
 * Security fields are in {@link SecurityForm}; the advanced client properties are a list of rows.
 */
public final class ProfileForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty bootstrapServers = new SimpleStringProperty(this, "bootstrapServers", "");
    private final SecurityForm security = new SecurityForm();
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
    private final ObservableList<ClientPropertyRow> clientProperties =
            FXCollections.observableArrayList(row -> new Observable[] {row.keyProperty(), row.valueProperty()});

    void load(ClusterProfile profile, Credentials credentials) {
        name.set(profile.name());
        bootstrapServers.set(profile.bootstrapServers());
        security.load(profile.security(), credentials);
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
        clientProperties.setAll(profile.clientProperties().entrySet().stream()
                .map(e -> new ClientPropertyRow(e.getKey(), e.getValue())).toList());
    }

    /** Fills the form from an imported profile; a name the user already typed is kept. */
    public void importFrom(ClusterProfile profile, Credentials credentials) {
        String typed = name.get();
        load(profile, credentials);
        if (typed != null && !typed.isBlank()) {
            name.set(typed);
        }
    }

    /** A new record from the fields; call only when the form is valid (bad property lines are dropped). */
    public ClusterProfile toProfile() {
        SecurityConfig securityConfig = security.toSecurity();
        String url = blankToNull(registryUrl.get());
        RegistryAuth auth = url == null ? RegistryAuth.NONE : registryAuth.get();
        String keyPath = registryTls() ? blankToNull(registryKeystorePath.get()) : null;
        RegistryConfig registry = new RegistryConfig(url, auth,
                auth == RegistryAuth.BASIC ? blankToNull(registryUsername.get()) : null,
                registryTls() ? blankToNull(registryTruststorePath.get()) : null, registryTruststoreType.get(),
                keyPath, keyPath != null && keyPath.toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12");
        return new ClusterProfile(name.get(), bootstrapServers.get(), securityConfig, properties(), registry,
                readOnly.get(), blankToNull(colour.get()));
    }

    /** The secrets that go with {@link #toProfile()}: only those its settings use. */
    public Credentials toCredentials() {
        Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
        security.secrets(secrets);
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
        List<ObservableValue<?>> fields = new java.util.ArrayList<>(security.fields());
        fields.addAll(List.of(bootstrapServers, registryUrl, registryAuth, registryUsername, registrySecret,
                registryTruststorePath, registryTruststoreType, registryTruststorePassword, registryKeystorePath,
                registryKeystorePassword));
        return fields;
    }

    /** TLS settings for the registry apply only to an https:// URL. */
    boolean registryTls() {
        String url = blankToNull(registryUrl.get());
        return url != null && url.toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }

    /** Rows with a key; a later row wins over an earlier one with the same key. */
    private Map<String, String> properties() {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        for (ClientPropertyRow row : clientProperties) {
            String key = row.keyProperty().get() == null ? "" : row.keyProperty().get().strip();
            if (!key.isEmpty()) {
                result.put(key, row.valueProperty().get() == null ? "" : row.valueProperty().get().strip());
            }
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty bootstrapServersProperty() { return bootstrapServers; }
    public SecurityForm security() { return security; }
    public ObjectProperty<SecurityProtocol> protocolProperty() { return security.protocolProperty(); }
    public StringProperty saslMechanismProperty() { return security.mechanismProperty(); }
    public StringProperty saslUsernameProperty() { return security.usernameProperty(); }
    public StringProperty saslPasswordProperty() { return security.passwordProperty(); }
    public StringProperty truststorePathProperty() { return security.truststorePathProperty(); }
    public StringProperty truststoreTypeProperty() { return security.truststoreTypeProperty(); }
    public StringProperty truststorePasswordProperty() { return security.truststorePasswordProperty(); }
    public BooleanProperty verifyHostnameProperty() { return security.verifyHostnameProperty(); }
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
    public ObservableList<ClientPropertyRow> clientProperties() { return clientProperties; }
}
