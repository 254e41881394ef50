package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between the whole minutes this package counts in and the hours it reports.
 *
 * <p>Minutes are the internal unit because integer sums are exact and cheap; hours are the public unit, as a
 * {@code BigDecimal} of scale 2 (minutes / 60, half up), so 139 minutes are reported as 2.32 h. Ratios and costs
 * are computed from the minutes, never from the already rounded hours.
 */
public final class Hours {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    /** Minutes as hours, scale 2, half up: 139 minutes are 2.32 h. */
    public static BigDecimal ofMinutes(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Hours as whole minutes, half up: 7.5 h are 450 minutes, 0.0125 h (0.75 min) is 1 minute. */
    public static long toMinutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code value × numerator / denominator} rounded half up to a whole number; every argument non-negative. */
    static int round(long value, BigDecimal numerator, BigDecimal denominator) {
        return BigDecimal.valueOf(value).multiply(numerator)
                .divide(denominator, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
