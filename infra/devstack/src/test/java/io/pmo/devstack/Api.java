package io.pmo.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.PmoJson;

/** A small HTTP client for the gateway, as an API user would call it. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static Api of(DevStack stack) {
        return new Api(stack.gatewayUrl());
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            try {
                return PmoJson.mapper().readTree(body);
            }
            catch (IOException ex) {
                throw new AssertionError("not JSON: " + body, ex);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), headers);
    }

    Response post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    Response put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    /** Creates a project and answers its id. */
    String createProject(String name) {
        Response response = post("/api/v1/projects",
                "{\"name\":\"" + name + "\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-06-30\"}");
        if (response.status() != 201) {
            throw new AssertionError("create failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asText();
    }

    private Response send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
