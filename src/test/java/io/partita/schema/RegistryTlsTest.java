package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.schema.RegistryException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https:// registry with its own CA: trusted through a PKCS12 or PEM truststore, and with mutual TLS through a
 * client keystore. Keys are made with the JDK's keytool; the server is the JDK's HttpsServer answering /subjects.
 */
class RegistryTlsTest {

    private static final String STORE_PASSWORD = "changeit-test";

    @TempDir
    static Path dir;
    private static HttpsServer tlsServer;
    private static HttpsServer mtlsServer;

    @BeforeAll
    static void startServers() throws Exception {
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file("server.p12"), "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", file("server.p12"),
                "-storepass", STORE_PASSWORD, "-file", file("server.pem"));
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", file("server.pem"), "-storetype", "PKCS12",
                "-keystore", file("trust.p12"), "-storepass", STORE_PASSWORD);
        keytool("-genkeypair", "-alias", "client", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=partita",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file("client.p12"), "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "client", "-keystore", file("client.p12"),
                "-storepass", STORE_PASSWORD, "-file", file("client.pem"));
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", file("client.pem"), "-storetype", "PKCS12",
                "-keystore", file("server-trust.p12"), "-storepass", STORE_PASSWORD);
        tlsServer = server(false);
        mtlsServer = server(true);
    }

    @AfterAll
    static void stopServers() {
        tlsServer.stop(0);
        mtlsServer.stop(0);
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static HttpsServer server(boolean needClientAuth) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load("server.p12"), STORE_PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("server-trust.p12"));
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(needClientAuth);
                params.setSSLParameters(ssl);
            }
        });
        server.createContext("/", exchange -> {
            byte[] body = "[\"tls-subject\"]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static KeyStore load(String name) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store;
    }

    private static String url(HttpsServer server) {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private static SchemaRegistryClient client(RegistryConfig config, Map<SecretKind, String> secrets) {
        return HttpSchemaRegistryClient.create(config, Credentials.of(secrets), Duration.ofSeconds(5));
    }

    private static RegistryConfig config(HttpsServer server, String trust, String trustType, String keys) {
        return new RegistryConfig(url(server), RegistryAuth.NONE, null, trust, trustType, keys,
                keys == null ? null : "PKCS12");
    }

    @Test
    void unknownCertificateAuthorityIsATlsFailure() {
        SchemaRegistryClient registry = client(RegistryConfig.of(url(tlsServer)), Map.of());

        assertThatThrownBy(registry::subjects).asInstanceOf(type(RegistryException.class))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.TLS));
    }

    @Test
    void pkcs12TruststoreTrustsTheRegistry() {
        SchemaRegistryClient registry = client(config(tlsServer, file("trust.p12"), "PKCS12", null),
                Map.of(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, STORE_PASSWORD));

        assertThat(registry.subjects()).containsExactly("tls-subject");
    }

    @Test
    void pemTruststoreNeedsNoPassword() {
        SchemaRegistryClient registry = client(config(tlsServer, file("server.pem"), "PEM", null), Map.of());

        assertThat(registry.subjects()).containsExactly("tls-subject");
    }

    @Test
    void mutualTlsWorksWithTheClientKeystore() {
        SchemaRegistryClient registry = client(config(mtlsServer, file("trust.p12"), "PKCS12", file("client.p12")),
                Map.of(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, STORE_PASSWORD,
                        SecretKind.REGISTRY_KEYSTORE_PASSWORD, STORE_PASSWORD));

        assertThat(registry.subjects()).containsExactly("tls-subject");
    }

    @Test
    void mutualTlsWithoutAClientCertificateFails() {
        SchemaRegistryClient registry = client(config(mtlsServer, file("trust.p12"), "PKCS12", null),
                Map.of(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, STORE_PASSWORD));

        assertThatThrownBy(registry::subjects).isInstanceOf(RegistryException.class);
    }

    @Test
    void wrongTruststorePasswordFailsEachCallNamingTheFileNotTheClientCreation() {
        SchemaRegistryClient registry = client(config(tlsServer, file("trust.p12"), "PKCS12", null),
                Map.of(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD, "wrong"));

        assertThatThrownBy(registry::subjects).asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TLS);
                    assertThat(e.getMessage()).contains("trust.p12").contains("wrong password")
                            .doesNotContain("wrong)");
                });
    }

    @Test
    void missingTruststoreFileIsNamed() throws IOException {
        SchemaRegistryClient registry = client(config(tlsServer, file("nope.p12"), "PKCS12", null), Map.of());

        assertThatThrownBy(registry::subjects).hasMessageContaining("nope.p12 does not exist");
    }
}
