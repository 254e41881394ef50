package io.pmo.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import io.pmo.platform.domain.Rejection;

/**
 * Matchers for the rejections an aggregate answers with (in aggregate fixture tests): which kind (a rule broken, a conflict with the
 * current state, not found, not allowed), the fields it names and the facts it gives, never an HTTP status.
 */
public final class Rejections {

    private Rejections() {
    }

    /** A rejection of this kind naming {@code field} in its errors (any field if null). */
    public static Matcher<Rejection> rejected(Class<? extends Rejection> kind, String field) {
        return rejected(kind, field, null, null);
    }

    /** As {@link #rejected(Class, String)}, with a detail {@code key = value} too (if key given). */
    public static Matcher<Rejection> rejected(Class<? extends Rejection> kind, String field, String key, Object value) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(Rejection ex, Description mismatch) {
                boolean fieldMatches = field == null || fieldsOf(ex).contains(field);
                boolean detailMatches = key == null || Objects.equals(ex.details().get(key), value);
                if (!kind.isInstance(ex) || !fieldMatches || !detailMatches) {
                    describeMismatch(ex, mismatch);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind.getSimpleName() + " on field " + field
                        + (key == null ? "" : " with " + key + "=" + value));
            }
        };
    }

    /** A rejection of this kind whose {@code errors} name every one of {@code fields}. */
    public static Matcher<Rejection> rejectedNaming(Class<? extends Rejection> kind, String... fields) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(Rejection ex, Description mismatch) {
                if (!kind.isInstance(ex) || !fieldsOf(ex).containsAll(List.of(fields))) {
                    describeMismatch(ex, mismatch);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind.getSimpleName() + " naming " + List.of(fields));
            }
        };
    }

    private static List<?> fieldsOf(Rejection ex) {
        List<?> errors = ex.details().get("errors") instanceof List<?> list ? list : List.of();
        return errors.stream().map(error -> error instanceof Map<?, ?> map ? map.get("field") : null).toList();
    }

    private static void describeMismatch(Rejection ex, Description mismatch) {
        mismatch.appendText("was a ").appendText(ex.getClass().getSimpleName()).appendText(" ")
                .appendValue(ex.details()).appendText(": ").appendValue(ex.getMessage());
    }
}
