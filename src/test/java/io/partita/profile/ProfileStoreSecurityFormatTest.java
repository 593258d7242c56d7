package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.KerberosSettings;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreSecurityFormatTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenBeforeOAuthAndKerberosReadsThemAsNone() throws Exception {
        Files.writeString(dir.resolve(ProfileStore.FILE_NAME), """
                {"version":1,"profiles":[{"name":"old","bootstrapServers":"k:9093",
                 "security":{"protocol":"SASL_SSL","saslMechanism":"SCRAM-SHA-256","saslUsername":"bob",
                  "truststorePath":"/t.p12","truststoreType":"PKCS12","keystorePath":null,"keystoreType":null,
                  "endpointIdentification":true},
                 "clientProperties":{},"registry":{"url":null,"auth":"NONE","username":null},"readOnly":false,
                 "color":null}]}
                """);

        SecurityConfig sec = new ProfileStore(dir).find("old").orElseThrow().security();

        assertThat(sec.saslMechanism()).isEqualTo("SCRAM-SHA-256");
        assertThat(sec.saslUsername()).isEqualTo("bob");
        assertThat(sec.oauth()).isEqualTo(OAuthSettings.NONE);
        assertThat(sec.kerberos()).isEqualTo(KerberosSettings.NONE);
    }

    @Test
    void oauthAndKerberosSettingsRoundTrip() {
        SecurityConfig sec = new SecurityConfig(SecurityProtocol.SASL_SSL, "OAUTHBEARER", null, null, null, null, null,
                true, new OAuthSettings("https://idp/token", "app", "s1 s2"),
                new KerberosSettings("kafka", "me@REALM", "/k.keytab", "/krb5.conf"));
        ProfileStore store = new ProfileStore(dir);
        store.save(new ClusterProfile("new", "k:1", sec, Map.of(), null, false, null));

        assertThat(new ProfileStore(dir).find("new").orElseThrow().security()).isEqualTo(sec);
    }
}
