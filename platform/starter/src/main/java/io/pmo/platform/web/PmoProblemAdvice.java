package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.Rejection;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem+json for every error (CONVENTIONS.md): 400 with the fields at fault, 404, 409 for a
 * conflict with the current state or version, 422 for a broken domain rule; never a stack trace.
 * This is the one place where the domain's {@link Rejection}s become statuses: {@link RuleViolated} 422,
 * {@link StateConflict} 409, {@link NotFound} 404, {@link NotAllowed} 403, their details as properties.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PmoProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PmoProblemAdvice.class);

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejected(Rejection ex) {
        HttpStatus status = statusOf(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        ex.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    /** The status each kind of rejection answers; the kinds are sealed, so every one is named here. */
    static HttpStatus statusOf(Rejection rejection) {
        if (rejection instanceof RuleViolated) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (rejection instanceof StateConflict) {
            return HttpStatus.CONFLICT;
        }
        if (rejection instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (rejection instanceof NotAllowed) {
            return HttpStatus.FORBIDDEN;
        }
        throw new IllegalStateException("No status for " + rejection.getClass());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "No such resource: " + ex.getAggregateIdentifier());
    }

    @ExceptionHandler({ ConflictingModificationException.class, ConcurrencyException.class,
            AggregateStreamCreationException.class })
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT,
                "The resource was changed by someone else (or already exists): read it again and retry with its current version");
    }

    /** A value derived from a request ran out of the platform's bounds: a rule broken, naming its field. */
    @ExceptionHandler(InputBounds.OutOfBoundsException.class)
    ResponseEntity<ProblemDetail> outOfBounds(InputBounds.OutOfBoundsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
        if (ex.getCause() instanceof Rejection rejection) {
            return rejected(rejection);
        }
        if (ex.getCause() instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid);
        }
        if (ex.getCause() instanceof InputBounds.OutOfBoundsException bounds) {
            return outOfBounds(bounds);
        }
        log.error("Command failed", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The command could not be executed");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors
                .add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeFilter.TooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return invalid(headers, List.of(Map.of("field", field, "message", describe(jackson))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON for this request");
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** A query parameter or path variable that does not convert, e.g. a date out of bounds: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof Rejection rejection) {
            // a path variable whose value object refused it, e.g. a malformed id: no such resource
            return ResponseEntity.status(rejected(rejection).getStatusCode()).headers(headers)
                    .body(rejected(rejection).getBody());
        }
        String message;
        if (cause instanceof InputBounds.OutOfBoundsException bounds) {
            message = bounds.getMessage();
        }
        else if (ex.getRequiredType() == java.time.LocalDate.class) {
            message = "must be a date as YYYY-MM-DD";
        }
        else if (ex.getRequiredType() == java.time.Instant.class) {
            message = "must be an instant as YYYY-MM-DDThh:mm:ssZ";
        }
        else if (ex.getRequiredType() != null && (Number.class.isAssignableFrom(ex.getRequiredType())
                || ex.getRequiredType().isPrimitive())) {
            message = "must be a whole number";
        }
        else {
            message = "has an invalid value";
        }
        return invalid(headers, List.of(Map.of("field", String.valueOf(name), "message", message)));
    }

    /**
     * A constraint on a controller method's parameter ({@code @Min(0) Long minVersion}): 400 naming it. When the
     * method has such constraints, Spring validates a {@code @Valid} body with them: its errors name the body's
     * field path ({@code amount.amount}), as they would without the parameter constraints.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = String.valueOf(result.getMethodParameter().getParameterName());
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage()))));
                body.getGlobalErrors().forEach(error -> errors.add(Map.of("field", parameter,
                        "message", String.valueOf(error.getDefaultMessage()))));
            }
            else {
                result.getResolvableErrors().forEach(error -> errors.add(Map.of("field", parameter,
                        "message", String.valueOf(error.getDefaultMessage()))));
            }
        });
        return invalid(headers, errors);
    }

    private static ResponseEntity<Object> invalid(HttpHeaders headers, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** A message a client can act on, naming no Java types. */
    private static String describe(JacksonException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputBounds.OutOfBoundsException bounds) {
                return bounds.getMessage();
            }
        }
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a field of this request (it cannot be set by a client)";
        }
        if (ex instanceof MismatchedInputException && ex.getOriginalMessage() != null
                && ex.getOriginalMessage().contains("`null`")) {
            return "is required";
        }
        if (ex instanceof InputCoercionException) {
            return "must be a whole number within range";
        }
        Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String value = ex instanceof InvalidFormatException invalid ? " \"" + abbreviated(invalid.getValue()) + "\"" : "";
        if (target == null) {
            return "has an invalid value";
        }
        if (target.isEnum()) {
            return "invalid value" + value + ": must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == java.time.LocalDate.class) {
            return "invalid value" + value + ": must be a date as YYYY-MM-DD";
        }
        if (target == java.time.Instant.class) {
            return "invalid value" + value + ": must be an instant as YYYY-MM-DDThh:mm:ssZ";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "invalid value" + value + ": must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "invalid value" + value + ": must be a number";
        }
        if (target == String.class || target == Boolean.class || target == boolean.class) {
            return "invalid value" + value + ": must be a " + (target == String.class ? "string" : "boolean");
        }
        return "has an invalid value" + value + " (see the API documentation for its shape)";
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
