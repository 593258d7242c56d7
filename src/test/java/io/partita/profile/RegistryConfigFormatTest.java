package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry TLS fields came after the first profile format: old files still read, new ones round-trip. */
class RegistryConfigFormatTest {

    @TempDir
    Path dir;

    @Test
    void profileWrittenBeforeTheTlsFieldsReadsWithDefaultTrust() throws Exception {
        Files.writeString(dir.resolve(ProfileStore.FILE_NAME), "{\"version\":1,\"profiles\":[{\"name\":\"old\","
                + "\"bootstrapServers\":\"h:9092\",\"registry\":{\"url\":\"https://sr:8081\",\"auth\":\"BASIC\","
                + "\"username\":\"u\"},\"readOnly\":false}]}");

        RegistryConfig registry = new ProfileStore(dir).find("old").orElseThrow().registry();

        assertThat(registry).isEqualTo(new RegistryConfig("https://sr:8081", RegistryAuth.BASIC, "u"));
        assertThat(registry.truststorePath()).isNull();
        assertThat(registry.keystorePath()).isNull();
    }

    @Test
    void tlsSettingsSurviveSaveAndLoad() {
        RegistryConfig registry = new RegistryConfig("https://sr:8081", RegistryAuth.BEARER, null, "/etc/ca.pem",
                "PEM", "/etc/client.p12", "PKCS12");
        ClusterProfile profile = ClusterProfile.simple("tls", "h:9092", null);
        new ProfileStore(dir).save(new ClusterProfile(profile.name(), profile.bootstrapServers(), profile.security(),
                profile.clientProperties(), registry, false, null));

        assertThat(new ProfileStore(dir).find("tls").orElseThrow().registry()).isEqualTo(registry);
    }
}
