package io.pmo.platform.web;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem+json answer a {@code type} (CONVENTIONS.md: type, title, status, detail): a problem that
 * names none ({@code about:blank}, which the JSON then leaves out) gets {@code https://pmo.io/problems/<status>},
 * e.g. {@code .../unprocessable-content} for a broken domain rule, so a client can tell problems apart by type.
 */
@RestControllerAdvice
public class ProblemTypes implements ResponseBodyAdvice<Object> {

    /** The base of every problem type of the platform. */
    public static final String BASE = ProblemTypeUri.BASE;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(of(problem.getStatus()));
        }
        return body;
    }

    /** The type of a problem with this status: {@code https://pmo.io/problems/not-found} for 404. */
    public static URI of(int status) {
        return ProblemTypeUri.of(status);
    }
}
