package io.pmo.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Bad input found outside bean validation (a header, a cross-field rule); answered 400 with the fields. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message, List<Map<String, String>> errors) {
        super(HttpStatus.BAD_REQUEST, message, Map.of("errors", errors));
    }
}
