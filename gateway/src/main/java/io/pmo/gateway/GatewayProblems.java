package io.pmo.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import io.pmo.platform.web.ProblemType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers (429 rate limited, 503 service unavailable) as RFC 9457 problem+json with the platform's
 * problem types, and a {@code Retry-After} in whole seconds, so a client handles them like any service's problem.
 */
public final class GatewayProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayProblems() {
    }

    /** Writes the problem and completes the exchange; nothing goes to any service. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
            long retryAfterSeconds) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemType.of(status.value()).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }
}
