package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * The HTTP side of the registry client: builds requests (headers, auth, timeouts), sends them and turns the
 * answer into JSON or a {@link RegistryException}. Thread-safe: {@link HttpClient} and {@link ObjectMapper}
 * are, and nothing else here changes after construction.
 */
final class RegistryHttp {

    static final String ACCEPT = "application/vnd.schemaregistry.v1+json, application/json";
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    /** A connect that takes longer than this is a dead host, whatever the request timeout. */
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final Duration requestTimeout;
    private final RegistryAuthHeader auth;
    private final RegistryTls tls;
    private final HttpClient client;
    private final ObjectMapper json;

    RegistryHttp(String baseUrl, RegistryAuthHeader auth, RegistryTls tls, Duration requestTimeout, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
        this.auth = auth;
        this.tls = tls;
        this.json = json;
        Duration connect = requestTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? requestTimeout : MAX_CONNECT_TIMEOUT;
        // Redirects are not followed: a registry never redirects, so one means the URL points elsewhere
        // (a web UI, a login page), and the error names the target instead of parsing a stranger's page.
        // HTTP/1.1: over http:// the JDK would otherwise send h2c upgrade headers, which some proxies in front
        // of registries mishandle; the API is small request/response calls that gain nothing from HTTP/2.
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER);
        tls.context().ifPresent(builder::sslContext);
        this.client = builder.build();
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** One GET's answer: the JSON, or the failure. */
    record Fetched(String path, JsonNode json, RegistryException error) {
    }

    /**
     * GETs every path with at most {@code parallel} requests in flight (the HTTP client's own async I/O, no
     * threads of ours); each answer is bounded by the request timeout. The calling thread waits, so call it off
     * the FX thread. Failures are returned per path, not thrown, so one bad subject does not hide the others.
     */
    List<Fetched> getAll(List<String> paths, int parallel) {
        Semaphore inFlight = new Semaphore(parallel);
        List<CompletableFuture<Fetched>> answers = new ArrayList<>(paths.size());
        try {
            for (String path : paths) {
                inFlight.acquire();
                answers.add(getAsync(path).whenComplete((r, e) -> inFlight.release()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers.forEach(a -> a.cancel(true));
            throw new RegistryException(RegistryException.Kind.UNREACHABLE, "interrupted while asking the registry at "
                    + baseUrl, 0, 0, e);
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Fetched> getAsync(String path) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest request;
        try {
            request = request("GET", uri, null);
        } catch (RegistryException e) {
            return CompletableFuture.completedFuture(new Fetched(path, null, e));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> {
                    try {
                        return new Fetched(path, answer("GET", uri, response, failure), null);
                    } catch (RegistryException e) {
                        return new Fetched(path, null, e);
                    }
                });
    }

    private JsonNode answer(String method, URI uri, HttpResponse<String> response, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof IOException io) {
            throw RegistryErrors.fromIoFailure(uri, io, requestTimeout);
        }
        if (cause != null) {
            throw new RegistryException(RegistryException.Kind.UNREACHABLE, "request to " + uri + " failed: "
                    + cause, 0, 0, cause);
        }
        if (response.statusCode() / 100 != 2) {
            throw RegistryErrors.fromResponse(method, uri, response, json);
        }
        return RegistryErrors.parseJson(uri, response, json);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest request = request(method, uri, body);
        HttpResponse<String> response = exchange(request, uri);
        if (response.statusCode() / 100 != 2) {
            throw RegistryErrors.fromResponse(method, uri, response, json);
        }
        return RegistryErrors.parseJson(uri, response, json);
    }

    private HttpRequest request(String method, URI uri, JsonNode body) {
        auth.failIfMissing(baseUrl);
        tls.failIfBroken(baseUrl);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", ACCEPT);
        Optional<String> authorization = auth.value();
        authorization.ifPresent(value -> builder.header("Authorization", value));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        // JsonNode.toString() writes standard JSON, so no checked serialization exception to handle here.
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return builder.header("Content-Type", CONTENT_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    private HttpResponse<String> exchange(HttpRequest request, URI uri) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw RegistryErrors.fromIoFailure(uri, e, requestTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(RegistryException.Kind.UNREACHABLE,
                    "request to " + uri + " was interrupted", 0, 0, e);
        }
    }
}
