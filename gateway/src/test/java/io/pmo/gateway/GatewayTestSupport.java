package io.pmo.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * What the gateway's slice tests share: tokens that are just {@code tenant.subject} (a decoder that trusts them, in
 * place of the issuer's keys, which the ITs exercise), a clock the tests move by hand, and a plain HTTP client that
 * sends a path exactly as written (no normalising of {@code ..} or percent-escapes).
 */
final class GatewayTestSupport {

    /**
     * HTTP/1.1, which is what the gateway serves: the JDK client's default (HTTP/2) sends an h2c upgrade with the
     * first request of every connection, which the gateway ignores. One request of a CI run once got no answer in
     * 30 s, and neither the gateway's response timeout (10 s) nor its breaker's time limit (15 s) answered it, so it
     * never reached a route; the upgrade path is the one part of that leg the gateway's clients do not share.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private GatewayTestSupport() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        /** {@code Bearer acme.alice} is alice of tenant acme, a viewer; {@code Bearer bad} is a refused token. */
        @Bean
        ReactiveJwtDecoder testTokens() {
            return token -> {
                String[] parts = token.split("\\.");
                if (parts.length != 2) {
                    return Mono.error(new BadJwtException("not a test token"));
                }
                return Mono.just(Jwt.withTokenValue(token).header("alg", "none").subject(parts[1])
                        .claim("tenant", parts[0]).claim("roles", List.of("VIEWER"))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build());
            };
        }

        @Bean
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    /** A clock that stands still until a test moves it. */
    static final class MutableClock extends Clock {

        private volatile Instant now = Instant.parse("2027-01-04T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** GET the path as written, with this bearer token (null: none). */
    static HttpResponse<String> get(int port, String rawPath, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
