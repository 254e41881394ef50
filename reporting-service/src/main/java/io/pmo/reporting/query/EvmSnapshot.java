package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.pmo.reporting.evm.EacMethod;
import io.pmo.reporting.evm.EarnedValue;
import io.pmo.reporting.evm.Figure;

/**
 * The earned-value figures a dashboard row shows, at {@code statusDate}: the latest effective date of the
 * project's progress and cost facts, i.e. the last date the project manager said something about. Not "today":
 * a row computed from events must be the same whenever (and however often) they are applied, and the latest fact
 * is the newest date the figures are known for. Indices to 4 decimals, money to 2, as the calculator gives them;
 * a figure that is undefined (e.g. SPI with nothing planned yet) is null. {@code budgetBurn = AC / BAC}.
 * {@code pv} and {@code ev} came last (the portfolio roll-up sums them): a row computed before they existed has
 * them null until its project's next event or a rebuild.
 */
public record EvmSnapshot(LocalDate statusDate, String currency, BigDecimal spi, BigDecimal cpi, BigDecimal eac,
        BigDecimal bac, BigDecimal ac, BigDecimal budgetBurn, BigDecimal pv, BigDecimal ev) {

    /** The snapshot of {@code value}; EAC is the {@link EacMethod#CPI} variant, BAC / CPI. */
    static EvmSnapshot of(EarnedValue value) {
        BigDecimal burn = value.bac().signum() == 0 ? null
                : value.ac().divide(value.bac(), MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN);
        return new EvmSnapshot(value.statusDate(), value.currency(), value(value.spi()), value(value.cpi()),
                value(value.forecast(EacMethod.CPI).eac()), value.bac(), value.ac(), burn, value.pv(), value.ev());
    }

    private static BigDecimal value(Figure figure) {
        return figure.value();
    }
}
