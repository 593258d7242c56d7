package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.KerberosSettings;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class KafkaClientConfigSaslTest {

    private static ClusterProfile profile(SecurityConfig security) {
        return new ClusterProfile("p", "127.0.0.1:1", security, Map.of(), RegistryConfig.none(), false, null);
    }

    private static SecurityConfig oauth(String url) {
        return new SecurityConfig(SecurityProtocol.SASL_PLAINTEXT, SecurityConfig.OAUTHBEARER, null, null, null, null,
                null, true, new OAuthSettings(url, "partita-app", "kafka.read"), null);
    }

    @Test
    void oauthBearerUsesKafkasLoginHandlerAndAllowsTheTokenEndpoint() {
        Credentials creds = Credentials.of(Map.of(SecretKind.OAUTH_CLIENT_SECRET, "cs-123"));

        Map<String, Object> props = KafkaClientConfig.common(profile(oauth("https://idp.example/token")), creds);

        assertThat(props).containsEntry("sasl.mechanism", "OAUTHBEARER")
                .containsEntry("sasl.login.callback.handler.class",
                        "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler")
                .containsEntry("sasl.oauthbearer.token.endpoint.url", "https://idp.example/token")
                .containsEntry("sasl.oauthbearer.client.credentials.client.id", "partita-app")
                .containsEntry("sasl.oauthbearer.client.credentials.client.secret", "cs-123")
                .containsEntry("sasl.oauthbearer.scope", "kafka.read");
        assertThat(System.getProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls"))
                .contains("https://idp.example/token");
    }

    @Test
    void oauthBearerConfigFetchesATokenWithTheClientCredentials() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer idp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        idp.createContext("/token", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"" + unsignedJwt() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        idp.start();
        try {
            String url = "http://127.0.0.1:" + idp.getAddress().getPort() + "/token";
            Map<String, Object> props = KafkaClientConfig.admin(profile(oauth(url)),
                    Credentials.of(Map.of(SecretKind.OAUTH_CLIENT_SECRET, "cs-123")), Duration.ofSeconds(2));
            // The login (and so the token request) happens while the client is built.
            try (Admin admin = Admin.create(props)) {
                assertThat(admin).isNotNull();
            }
        } finally {
            idp.stop(0);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString("partita-app:cs-123".getBytes(StandardCharsets.UTF_8));
        assertThat(requests).isNotEmpty();
        assertThat(requests.get(0)).startsWith(basic).contains("grant_type=client_credentials").contains("scope=kafka.read");
    }

    @Test
    void gssapiUsesKrb5LoginModuleWithTheKeytab() {
        SecurityConfig krb = new SecurityConfig(SecurityProtocol.SASL_SSL, SecurityConfig.GSSAPI, null, null, null,
                null, null, true, null, new KerberosSettings("kafka-svc", "app@EXAMPLE.COM", "/etc/app.keytab",
                "/etc/krb5-test.conf"));

        Map<String, Object> props = KafkaClientConfig.common(profile(krb), Credentials.none());

        assertThat(props).containsEntry("sasl.mechanism", "GSSAPI").containsEntry("sasl.kerberos.service.name", "kafka-svc")
                .containsEntry("sasl.jaas.config", "com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true"
                        + " storeKey=true keyTab=\"/etc/app.keytab\" principal=\"app@EXAMPLE.COM\";");
        assertThat(System.getProperty("java.security.krb5.conf")).isEqualTo("/etc/krb5-test.conf");
    }

    @Test
    void aRawJaasLineFromTheSecretStoreReplacesTheGeneratedOne() {
        SecurityConfig krb = new SecurityConfig(SecurityProtocol.SASL_PLAINTEXT, SecurityConfig.GSSAPI, null, null,
                null, null, null, true, null, new KerberosSettings(null, null, null, null));
        String raw = "com.sun.security.auth.module.Krb5LoginModule required useTicketCache=true renewTGT=true;";

        Map<String, Object> props = KafkaClientConfig.common(profile(krb),
                Credentials.of(Map.of(SecretKind.SASL_JAAS_CONFIG, raw)));

        assertThat(props).containsEntry("sasl.jaas.config", raw).containsEntry("sasl.kerberos.service.name", "kafka");
    }

    private static String unsignedJwt() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"sub\":\"partita-app\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                + ",\"scope\":\"kafka.read\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + b64.encodeToString("sig".getBytes(StandardCharsets.UTF_8));
    }
}
