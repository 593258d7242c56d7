package io.partita.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.schema.RegistryException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns HTTP failures into {@link RegistryException}s a person can act on. The most common mistake is a URL
 * that reaches some server but not the Confluent API (Apicurio's root, a web UI, a proxy), so every answer that
 * is not the registry's own error shape says so and shows what the URL probably should be.
 */
final class RegistryErrors {

    private static final int SNIPPET = 120;

    private RegistryErrors() {
    }

    /** The body of a 2xx answer as JSON, or BAD_RESPONSE when it is HTML, empty or not JSON. */
    static JsonNode parseJson(URI uri, HttpResponse<String> response, ObjectMapper json) {
        String body = response.body() == null ? "" : response.body().strip();
        if (isHtml(response, body)) {
            throw badResponse(uri + " answered with HTML, not the registry API — is the URL right? " + hint(uri));
        }
        if (body.isEmpty()) {
            throw badResponse(uri + " answered HTTP " + response.statusCode() + " with an empty body, "
                    + "not the registry API — is the URL right? " + hint(uri));
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RegistryException(Kind.BAD_RESPONSE, uri + " answered with something that is not JSON ("
                    + snippet(body) + ") — is the URL right? " + hint(uri), response.statusCode(), 0, e);
        }
    }

    static RegistryException fromResponse(String method, URI uri, HttpResponse<String> response, ObjectMapper json) {
        int status = response.statusCode();
        JsonNode error = registryError(response.body(), json);
        String registryMessage = error == null ? "" : error.path("message").asText("");
        int code = error == null ? 0 : error.path("error_code").asInt(0);
        if (status == 401 || status == 403) {
            return new RegistryException(Kind.UNAUTHORIZED, "the registry at " + uri + " refused the request (HTTP "
                    + status + (registryMessage.isEmpty() ? "" : ": " + registryMessage)
                    + ") — check the registry user/password or token", status, code, null);
        }
        if (status / 100 == 3) {
            String target = response.headers().firstValue("Location").orElse("somewhere else");
            return new RegistryException(Kind.BAD_RESPONSE, uri + " answered with a redirect to " + target
                    + ", not the registry API — is the URL right? " + hint(uri), status, 0, null);
        }
        if (error == null) {
            return notTheRegistry(method, uri, response);
        }
        return fromRegistryError(method, uri, status, code, registryMessage);
    }

    private static RegistryException fromRegistryError(String method, URI uri, int status, int code, String message) {
        if (isStateConflict(code)) {
            return new RegistryException(Kind.CONFLICT, conflictText(code, message) + " (" + uri + ")", status, code,
                    null);
        }
        if (status == 404) {
            return new RegistryException(Kind.NOT_FOUND, message + " (" + uri + ")", status, code, null);
        }
        if (status == 409) {
            return new RegistryException(Kind.INCOMPATIBLE, "the registry at " + uri
                    + " rejected the schema as incompatible: " + withoutJavaClass(message), status, code, null);
        }
        // 42202 (bad version) and 42203 (bad compatibility level) are mistakes in the request, not the schema.
        if (status == 422 && code != 42202 && code != 42203) {
            return new RegistryException(Kind.INVALID_SCHEMA, "the registry at " + uri
                    + " says the schema is invalid: " + message, status, code, null);
        }
        return new RegistryException(Kind.HTTP, method + " " + uri + " failed with HTTP " + status + ": "
                + message + (code == 0 ? "" : " (error " + code + ")"), status, code, null);
    }

    /** Apicurio puts its exception class before the reason ("io.apicurio…RuleViolationException: Incompatible…"). */
    static String withoutJavaClass(String message) {
        return message.replaceFirst("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):\\s*", "");
    }

    /** Soft-delete state codes: Confluent sends them with 404, Apicurio with 409; 42206 = still referenced. */
    private static boolean isStateConflict(int code) {
        return code >= 40404 && code <= 40407 || code == 42206;
    }

    /** Confluent's and Apicurio's texts differ ("artifact"); these say the same thing in the user's terms. */
    private static String conflictText(int code, String registryMessage) {
        return switch (code) {
            case 40404 -> "the subject is soft-deleted already; delete it permanently or register to revive it";
            case 40405 -> "the subject must be soft-deleted before it can be deleted permanently";
            case 40406 -> "this version is soft-deleted already";
            case 40407 -> "the version must be soft-deleted before it can be deleted permanently";
            default -> "other schemas reference it, so the registry keeps it: " + registryMessage;
        };
    }

    /** An error answer without the registry's {error_code, message} shape: some other server answered. */
    private static RegistryException notTheRegistry(String method, URI uri, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body().strip();
        if (status >= 500) {
            return new RegistryException(Kind.HTTP, method + " " + uri + " failed with HTTP " + status
                    + (body.isEmpty() ? "" : ": " + snippet(body)), status, 0, null);
        }
        String what = isHtml(response, body) ? "HTML" : "HTTP " + status + " without a registry error";
        return new RegistryException(Kind.BAD_RESPONSE, uri + " answered with " + what
                + ", not the registry API — is the URL right? " + hint(uri), status, 0, null);
    }

    private static JsonNode registryError(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() && node.has("error_code") ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static RegistryException fromIoFailure(URI uri, IOException e, Duration timeout) {
        String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        if (causedBy(e, HttpConnectTimeoutException.class)) {
            return unreachable("could not connect to " + hostPort + " within " + timeout.toMillis()
                    + " ms — is the host reachable and the port right?", e);
        }
        if (causedBy(e, HttpTimeoutException.class)) {
            return unreachable("the registry at " + uri + " did not answer within " + timeout.toMillis() + " ms", e);
        }
        // java.net.http reports an unknown host as a ConnectException caused by UnresolvedAddressException,
        // so the whole chain is searched before falling back to "connection refused".
        if (causedBy(e, UnknownHostException.class) || causedBy(e, UnresolvedAddressException.class)) {
            return unreachable("unknown host '" + uri.getHost() + "' — check the registry URL", e);
        }
        Throwable ssl = first(e, SSLException.class);
        if (ssl != null) {
            return tls(uri, hostPort, ssl, e);
        }
        Throwable refused = first(e, ConnectException.class);
        if (refused != null) {
            return unreachable("could not connect to " + hostPort + " (" + reason(refused, "connection refused")
                    + ") — is the registry running there and the port right?", e);
        }
        return unreachable("request to " + uri + " failed: " + reason(e, e.getClass().getSimpleName()), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return first(e, type) != null;
    }

    /** The first throwable of {@code type} in the cause chain, or null. */
    private static Throwable first(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static RegistryException tls(URI uri, String hostPort, Throwable ssl, IOException e) {
        String reason = reason(ssl, "handshake failed");
        String lower = reason.toLowerCase(Locale.ROOT);
        String advice = lower.contains("unrecognized ssl message") || lower.contains("plaintext")
                ? " — " + hostPort + " does not seem to speak TLS; use http:// instead of https://"
                : " — check the server certificate and the truststore";
        return new RegistryException(Kind.TLS, "TLS failure talking to " + uri + ": " + reason + advice, 0, 0, e);
    }

    private static RegistryException unreachable(String message, IOException cause) {
        return new RegistryException(Kind.UNREACHABLE, message, 0, 0, cause);
    }

    private static RegistryException badResponse(String message) {
        return new RegistryException(Kind.BAD_RESPONSE, message);
    }

    private static boolean isHtml(HttpResponse<String> response, String body) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return type.contains("html") || body.startsWith("<");
    }

    /** Where the Confluent API lives on Apicurio, for the "is the URL right?" hint. */
    private static String hint(URI uri) {
        return "For Apicurio use " + uri.getScheme() + "://" + uri.getRawAuthority() + "/apis/ccompat/v7";
    }

    private static String reason(Throwable t, String fallback) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? fallback : message;
    }

    private static String snippet(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "…";
    }
}
