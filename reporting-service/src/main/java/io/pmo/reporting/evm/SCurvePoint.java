package io.pmo.reporting.evm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cumulative PV, EV and AC at the end of {@code date}, one point of an S-curve; money to 2 decimals. */
public record SCurvePoint(LocalDate date, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
}
