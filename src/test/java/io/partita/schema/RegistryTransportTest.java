package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.schema.RegistryException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the client sends and how it reacts to answers that are not a registry's, checked against a tiny local
 * HTTP server (for headers and strange answers) or nothing at all (for connection failures).
 */
class RegistryTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static SchemaRegistryClient client(String url) {
        return HttpSchemaRegistryClient.create(RegistryConfig.of(url), Credentials.none(), TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void connectionRefusedIsUnreachableAndFailsFast() throws IOException {
        int port = freePort();
        SchemaRegistryClient registry = client("http://127.0.0.1:" + port);
        long start = System.nanoTime();

        assertThatThrownBy(registry::subjects)
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("could not connect to 127.0.0.1:" + port)
                            .contains("is the registry running there");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void unknownHostIsUnreachableAndNamesTheHost() {
        SchemaRegistryClient registry = client("http://no-such-registry.invalid:8081");

        assertThatThrownBy(registry::subjects)
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("unknown host 'no-such-registry.invalid'");
                });
    }

    @Test
    void registryThatDoesNotAnswerTimesOutAsUnreachable() {
        try (LocalHttpServer server = LocalHttpServer.slow(10_000)) {
            SchemaRegistryClient registry = HttpSchemaRegistryClient.create(RegistryConfig.of(server.url()),
                    Credentials.none(), Duration.ofMillis(500));
            long start = System.nanoTime();

            assertThatThrownBy(registry::subjects)
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                        assertThat(e.getMessage()).contains("did not answer within 500 ms");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void htmlAnswerIsABadResponseThatSuggestsTheApiPath() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "text/html", "<html><body>Welcome</body></html>")) {
            SchemaRegistryClient registry = client(server.url() + "/");

            assertThatThrownBy(registry::subjects)
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
                        assertThat(e.getMessage()).isEqualTo(server.url() + "/subjects answered with HTML, not the "
                                + "registry API — is the URL right? For Apicurio use " + server.url()
                                + "/apis/ccompat/v7");
                    });
        }
    }

    @Test
    void jsonOfTheWrongShapeIsABadResponse() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "{\"status\":\"UP\"}")) {
            SchemaRegistryClient registry = client(server.url());

            assertThatThrownBy(registry::subjects)
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
                        assertThat(e.getMessage()).contains(server.url() + "/subjects").contains("JSON array");
                    });
        }
    }

    @Test
    void textThatIsNotJsonIsABadResponse() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "text/plain", "OK")) {
            assertThatThrownBy(() -> client(server.url()).compatibilityLevel(null))
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
                        assertThat(e.getMessage()).contains("not JSON (OK)");
                    });
        }
    }

    @Test
    void basicAuthSendsUserAndPasswordAndTheRegistryAcceptHeader() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "[\"a\"]")) {
            RegistryConfig config = new RegistryConfig(server.url(), RegistryAuth.BASIC, "alice");
            Credentials secrets = Credentials.of(Map.of(SecretKind.REGISTRY_PASSWORD, "s3cret:ü"));

            assertThat(HttpSchemaRegistryClient.create(config, secrets, TIMEOUT).subjects()).containsExactly("a");

            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString("alice:s3cret:ü".getBytes(StandardCharsets.UTF_8));
            assertThat(server.lastRequest().headers().getFirst("Authorization")).isEqualTo(expected);
            assertThat(server.lastRequest().headers().getFirst("Accept"))
                    .isEqualTo("application/vnd.schemaregistry.v1+json, application/json");
        }
    }

    @Test
    void bearerAuthSendsTheToken() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "[]")) {
            RegistryConfig config = new RegistryConfig(server.url(), RegistryAuth.BEARER, null);
            Credentials secrets = Credentials.of(Map.of(SecretKind.REGISTRY_TOKEN, "tok-123"));

            HttpSchemaRegistryClient.create(config, secrets, TIMEOUT).subjects();

            assertThat(server.lastRequest().headers().getFirst("Authorization")).isEqualTo("Bearer tok-123");
        }
    }

    @Test
    void noAuthSendsNoAuthorizationHeader() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "[]")) {
            client(server.url()).subjects();

            assertThat(server.lastRequest().headers().containsKey("Authorization")).isFalse();
        }
    }

    @Test
    void missingTokenFailsTheCallWithoutSendingIt() {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "[]")) {
            RegistryConfig config = new RegistryConfig(server.url(), RegistryAuth.BEARER, null);
            SchemaRegistryClient registry = HttpSchemaRegistryClient.create(config, Credentials.none(), TIMEOUT);

            assertThatThrownBy(registry::subjects)
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
                        assertThat(e.getMessage()).contains("no registry token is stored");
                    });
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void rejectedCredentialsAreUnauthorizedAndSayWhatToCheck() {
        String body = "{\"error_code\":40101,\"message\":\"Unauthorized\"}";
        try (LocalHttpServer server = LocalHttpServer.answering(401, "application/json", body)) {
            assertThatThrownBy(() -> client(server.url()).subjects())
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
                        assertThat(e.httpStatus()).isEqualTo(401);
                        assertThat(e.getMessage()).contains(server.url())
                                .contains("check the registry user/password or token");
                    });
        }
    }

    @Test
    void registerPostsTheSchemaAsRegistryJsonToTheEncodedSubject() throws IOException {
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", "{\"id\":42}")) {
            int id = client(server.url() + "///").register("orders/v value", "{\"type\":\"string\"}", "AVRO");

            assertThat(id).isEqualTo(42);
            LocalHttpServer.Received request = server.lastRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.rawPath()).isEqualTo("/subjects/orders%2Fv%20value/versions");
            assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(new ObjectMapper().readTree(request.body()))
                    .isEqualTo(new ObjectMapper().readTree("{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}"));
        }
    }

    @Test
    void schemaByIdAsksTheRegistryOnlyOnce() {
        String body = "{\"schema\":\"\\\"string\\\"\"}";
        try (LocalHttpServer server = LocalHttpServer.answering(200, "application/json", body)) {
            SchemaRegistryClient registry = client(server.url());

            registry.schemaById(7);
            registry.schemaById(7);

            assertThat(registry.schemaById(7).schema()).isEqualTo("\"string\"");
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void trailingSlashesAreRemovedFromTheBaseUrl() {
        SchemaRegistryClient registry = client("http://registry.example:8081/apis/ccompat/v7//");

        assertThat(registry.baseUrl()).isEqualTo("http://registry.example:8081/apis/ccompat/v7");
    }

    @Test
    void httpsToAServerWithoutTlsIsATlsFailureThatSuggestsHttp() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerPlainHttpOnce(plain));
            server.start();
            SchemaRegistryClient registry = client("https://127.0.0.1:" + plain.getLocalPort());

            assertThatThrownBy(registry::subjects)
                    .asInstanceOf(type(RegistryException.class))
                    .satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(Kind.TLS);
                        assertThat(e.getMessage()).contains("TLS failure").contains("use http://");
                    });
            server.join(5000);
        }
    }

    /** What a plain HTTP server does with a TLS hello: answers in clear text, which TLS cannot read. */
    private static void answerPlainHttpOnce(ServerSocket plain) {
        try (Socket socket = plain.accept()) {
            socket.getInputStream().read(new byte[1024]);
            socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The client hung up first: the assertion on its side tells the story.
        }
    }

    @Test
    void urlWithoutHttpSchemeIsRefusedAtCreation() {
        assertThatThrownBy(() -> client("registry.example:8081"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://host:port");
    }
}
