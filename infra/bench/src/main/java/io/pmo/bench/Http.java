package io.pmo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load generator's HTTP side, kept lean because it shares the machine's cores with the stack: one
 * {@link HttpClient} (HTTP/1.1, keep-alive, a connection per in-flight request, reused) whose completions run on
 * two threads.
 */
final class Http implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "bench-http");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

    static HttpRequest.Builder request(String url, String authorization) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", authorization);
    }

    static HttpRequest.Builder json(String url, String authorization, String method, String body) {
        return request(url, authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends without reading more of the answer than its status; the body is drained for keep-alive. */
    CompletableFuture<OpenLoad.Outcome> send(HttpRequest request, boolean command) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new OpenLoad.Outcome(response.statusCode(), command));
    }

    /** Sends and answers the JSON body, which must come with {@code expectedStatus}. */
    JsonNode call(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(request.method() + " " + request.uri() + ": expected " + expectedStatus + " but was "
                    + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** {@code Bearer <token>} from the dev issuer's client-credentials grant for {@code dev-<tenant>-<role>}. */
    String bearer(String issuerUrl, String tenant, String role) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("dev-" + tenant + "-" + role + ":dev-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(issuerUrl + "/oauth2/token", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return "Bearer " + call(request, 200).get("access_token").asText();
    }

    /** A GET's body as text, whatever its status (a Prometheus scrape). */
    String text(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
