package io.pmo.project.command;

import java.util.List;
import java.util.Map;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.springframework.http.HttpStatus;

import io.pmo.platform.web.DomainException;

/** Matchers for a command refused by a domain rule, for {@code expectException(...)} of aggregate fixtures. */
final class DomainRejections {

    private DomainRejections() {
    }

    /** A DomainException of this status whose {@code errors} name every one of {@code fields} (none: any). */
    static Matcher<DomainException> rejected(HttpStatus status, String... fields) {
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
