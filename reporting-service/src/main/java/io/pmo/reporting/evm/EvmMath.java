package io.pmo.reporting.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding rules in one place: money to 2 decimals, indices and durations to 4, HALF_EVEN (banker's
 * rounding, so rounding errors do not drift one way over many figures). Divisions whose quotient does not
 * terminate are carried at 34 significant digits ({@link MathContext#DECIMAL128}) before that final rounding.
 */
final class EvmMath {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvmMath() {
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal index(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, PRECISION);
    }

    /** {@code numerator / denominator} to 4 decimals, or undefined with {@code reasonIfZero}. */
    static Figure ratio(BigDecimal numerator, BigDecimal denominator, String reasonIfZero) {
        if (denominator.signum() == 0) {
            return Figure.undefined(reasonIfZero);
        }
        return Figure.of(index(divide(numerator, denominator)));
    }
}
