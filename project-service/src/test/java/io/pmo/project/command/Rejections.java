package io.pmo.project.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.springframework.http.HttpStatus;

import io.pmo.platform.web.DomainException;

/** Matchers for the domain exceptions the project aggregate answers with. */
final class Rejections {

    private Rejections() {
    }

    /** A DomainException of this status naming {@code field} in its errors (any field if null). */
    static Matcher<DomainException> rejected(HttpStatus status, String field) {
        return rejected(status, field, null, null);
    }

    /** As {@link #rejected(HttpStatus, String)}, with a problem property {@code key = value} too (if key given). */
    static Matcher<DomainException> rejected(HttpStatus status, String field, String key, Object value) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(DomainException ex, Description mismatch) {
                boolean fieldMatches = field == null || ex.properties().get("errors") instanceof List<?> errors
                        && errors.stream().anyMatch(error -> error instanceof Map<?, ?> map
                                && field.equals(map.get("field")));
                boolean propertyMatches = key == null || Objects.equals(ex.properties().get(key), value);
                if (ex.status() != status || !fieldMatches || !propertyMatches) {
                    mismatch.appendText("was ").appendValue(ex.status()).appendText(" ").appendValue(ex.properties())
                            .appendText(": ").appendValue(ex.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException " + status + " on field " + field
                        + (key == null ? "" : " with " + key + "=" + value));
            }
        };
    }

    /** A DomainException of this status whose {@code errors} name every one of {@code fields}. */
    static Matcher<DomainException> rejectedNaming(HttpStatus status, String... fields) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(DomainException ex, Description mismatch) {
                List<?> errors = ex.properties().get("errors") instanceof List<?> list ? list : List.of();
                List<?> named = errors.stream().map(error -> error instanceof Map<?, ?> map ? map.get("field")
                        : null).toList();
                if (ex.status() != status || !named.containsAll(List.of(fields))) {
                    mismatch.appendText("was ").appendValue(ex.status()).appendText(" ").appendValue(ex.properties())
                            .appendText(": ").appendValue(ex.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException " + status + " naming " + List.of(fields));
            }
        };
    }
}
