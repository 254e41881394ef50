package io.pmo.reporting.evm;

import java.math.BigDecimal;

/**
 * A figure that may be undefined: either a value, or no value and the reason why (a division by zero, or a
 * figure it depends on being undefined). A reader of a report sees why a number is missing instead of an
 * infinity or an error page.
 */
public record Figure(BigDecimal value, String reason) {

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("A figure has either a value or the reason it has none");
        }
    }

    public static Figure of(BigDecimal value) {
        return new Figure(value, null);
    }

    public static Figure undefined(String reason) {
        return new Figure(null, reason);
    }

    /** Named so that Jackson, which publishes {@code is...} accessors, keeps a figure to its two components. */
    public boolean hasValue() {
        return value != null;
    }
}
