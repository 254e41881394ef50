package io.pmo.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Bad input found outside bean validation (a header, a query parameter, a cross-field rule on a request):
 * answered 400 naming the fields. A web concern, unlike the domain's {@link io.pmo.platform.domain.Rejection}s:
 * it says the request is malformed, not that a rule refused it.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<Map<String, String>> errors;

    public InvalidRequestException(String message, List<Map<String, String>> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The fields at fault, each as {@code {field, message}}. */
    public List<Map<String, String>> errors() {
        return errors;
    }
}
