package io.pmo.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.PmoJson;

/**
 * A small HTTP client as an API user would call the platform: with a bearer token from the stack's dev
 * issuer for one of its clients ({@code dev-<tenant>-<role>}), or with whatever {@code Authorization} a test
 * wants to try.
 */
final class Api {

    /** HTTP/1.1 as the gateway serves it, without the default client's h2c upgrade (see the gateway's tests). */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Tokens by issuer and client: the dev issuer's tokens live an hour and its key survives restarts. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String baseUrl;

    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The shared test stack's gateway, as client {@code dev-<tenant>-<role>} (role in lower case). */
    static Api as(String tenant, String role) {
        DevStack stack = TestStack.get();
        return at(stack.gatewayUrl(), stack.issuerUrl(), tenant, role);
    }

    /** Any base URL (a service called directly, another stack's gateway) with a token from that issuer. */
    static Api at(String baseUrl, String issuerUrl, String tenant, String role) {
        return new Api(baseUrl, "Bearer " + token(issuerUrl, "dev-" + tenant + "-" + role));
    }

    /** No Authorization header at all. */
    static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null);
    }

    /** The same caller against another base URL, e.g. a service directly instead of the gateway. */
    Api on(String otherBaseUrl) {
        return new Api(otherBaseUrl, authorization);
    }

    /** The same base URL with another {@code Authorization} header value (a forged or broken token). */
    Api withAuthorization(String value) {
        return new Api(baseUrl, value);
    }

    /** An access token from the issuer's standard client-credentials grant, as the README shows with curl. */
    static String token(String issuerUrl, String clientId) {
        return TOKENS.computeIfAbsent(issuerUrl + " " + clientId, key -> {
            String basic = Base64.getEncoder()
                    .encodeToString((clientId + ":dev-secret").getBytes(StandardCharsets.UTF_8));
            Response response = anonymous(issuerUrl).send(HttpRequest.newBuilder(URI.create(issuerUrl + "/oauth2/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + basic));
            if (response.status() != 200) {
                throw new AssertionError("no token for " + clientId + ": " + response.status() + " " + response.body());
            }
            return response.json().get("access_token").asText();
        });
    }

    record Response(int status, Map<String, List<String>> headers, String body) {

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

        /** This answer if it is 200, else an assertion error with its status and body. */
        Response ok() {
            return expect(200);
        }

        /** The {@code id} of a 201 answer, else an assertion error with its status and body. */
        String createdId() {
            return expect(201).json().get("id").asText();
        }

        private Response expect(int wanted) {
            if (status != wanted) {
                throw new AssertionError("expected " + wanted + " but was " + status + ": " + body);
            }
            return this;
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

    Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), headers);
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
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
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
