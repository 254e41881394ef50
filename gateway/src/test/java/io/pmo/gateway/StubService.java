package io.pmo.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service behind the gateway, for slice tests: the JDK's HTTP server on a port of its own, answering 200 with
 * a small JSON body, or the status a path asks for ({@code .../status/503}), and remembering every raw request path
 * it saw, so a test can tell whether a request reached it; {@code ?delayMs=N} makes it answer late. It can be stopped and started again on the same port
 * (a service that goes down and comes back).
 */
final class StubService implements AutoCloseable {

    private final int port;

    private final List<String> paths = new CopyOnWriteArrayList<>();

    private HttpServer server;

    private StubService(int port) {
        this.port = port;
    }

    /** A stub on a free port, not started: its port refuses connections until {@link #start()}. */
    static StubService onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new StubService(socket.getLocalPort());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    synchronized StubService start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        }
        catch (IOException ex) {
            throw new IllegalStateException("port " + port, ex);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    String uri() {
        return "http://localhost:" + port;
    }

    /** The raw paths (with query) of every request this stub received, in order. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        paths.add(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.startsWith("delayMs=")) {
            try {
                Thread.sleep(Long.parseLong(query.substring("delayMs=".length())));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        int status = 200;
        String body = "{\"path\":\"" + path.replaceAll("[^A-Za-z0-9/._-]", "") + "\"}";
        int marker = path.indexOf("/status/");
        if (marker >= 0) {
            status = Integer.parseInt(path.substring(marker + "/status/".length()));
            body = "{\"status\":" + status + "}";
        }
        if (path.equals("/v3/api-docs")) {
            body = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub\",\"version\":\"v1\"},"
                    + "\"paths\":{\"/api/v1/projects\":{}}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
