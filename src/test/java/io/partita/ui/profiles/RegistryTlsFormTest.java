package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile form carries the registry's TLS stores for https:// registries, and drops them for http://. */
class RegistryTlsFormTest {

    private static final RegistryConfig TLS = new RegistryConfig("https://sr:8081", RegistryAuth.NONE, null,
            "/etc/ca.pem", "PEM", "/etc/client.p12", "PKCS12");

    private static ProfileForm loaded() {
        ProfileForm form = new ProfileForm();
        ClusterProfile p = ClusterProfile.simple("tls", "h:9092", null);
        form.load(new ClusterProfile(p.name(), p.bootstrapServers(), p.security(), p.clientProperties(), TLS, false,
                null), Credentials.of(Map.of(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, "t",
                SecretKind.REGISTRY_KEYSTORE_PASSWORD, "k")));
        return form;
    }

    @Test
    void httpsRegistryKeepsItsStoresAndTheirPasswords() {
        ProfileForm form = loaded();

        assertThat(form.toProfile().registry()).isEqualTo(TLS);
        assertThat(form.toCredentials().get(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD)).contains("t");
        assertThat(form.toCredentials().get(SecretKind.REGISTRY_KEYSTORE_PASSWORD)).contains("k");
    }

    @Test
    void httpRegistryDropsTheStores() {
        ProfileForm form = loaded();
        form.registryUrlProperty().set("http://sr:8081");

        RegistryConfig registry = form.toProfile().registry();

        assertThat(registry.truststorePath()).isNull();
        assertThat(registry.keystorePath()).isNull();
        assertThat(form.toCredentials().get(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD)).isEmpty();
    }
}
