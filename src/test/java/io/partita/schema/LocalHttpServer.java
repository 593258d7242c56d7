package io.partita.schema;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server on 127.0.0.1 that answers every request with one canned response and remembers what it
 * received. Not a registry: it lets tests check what the client sends and how it treats strange answers.
 */
final class LocalHttpServer implements AutoCloseable {

    /** What the server saw of one request. */
    record Received(String method, String rawPath, Headers headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Handlers off the dispatcher thread, so a slow answer cannot block {@link #close()}. */
    private final ExecutorService handlers = Executors.newCachedThreadPool();

    private LocalHttpServer(int status, String contentType, String body, long delayMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> answer(exchange, status, contentType, body, delayMillis));
        server.setExecutor(handlers);
        server.start();
    }

    static LocalHttpServer answering(int status, String contentType, String body) {
        return new LocalHttpServer(status, contentType, body, 0);
    }

    /** Answers only after {@code delayMillis}: a registry that hangs. */
    static LocalHttpServer slow(long delayMillis) {
        return new LocalHttpServer(200, "application/json", "[]", delayMillis);
    }

    private void answer(HttpExchange exchange, int status, String contentType, String body, long delayMillis)
            throws IOException {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders(), requestBody));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    Received lastRequest() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        handlers.shutdownNow();
        server.stop(0);
    }
}
