package io.pmo.reporting.evm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's earned value at the end of {@code statusDate}, from the facts recorded by {@code asOf}
 * ({@code null}: all of them). Money in {@code currency} to 2 decimals: {@code bac} (sum of the leaf tasks'
 * planned costs), {@code pv}, {@code ev}, {@code ac}, {@code sv = EV - PV}, {@code cv = EV - AC}. Indices to 4
 * decimals: {@code spi = EV / PV}, {@code cpi = EV / AC}, {@code tcpiToBac = (BAC - EV) / (BAC - AC)}. One
 * {@link Forecast} per {@link EacMethod}, in that enum's order, and the {@link EarnedSchedule} figures.
 *
 * @param currency the project's currency, {@code null} when neither the baseline nor any cost names one
 */
public record EarnedValue(LocalDate statusDate, Instant asOf, String currency, BigDecimal bac, BigDecimal pv,
        BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv, Figure spi, Figure cpi, Figure tcpiToBac,
        List<Forecast> forecasts, EarnedSchedule earnedSchedule) {

    public EarnedValue {
        forecasts = List.copyOf(forecasts);
    }

    /** The forecast of one estimate-at-completion formula. */
    public Forecast forecast(EacMethod method) {
        return forecasts.stream().filter(forecast -> forecast.method() == method).findFirst().orElseThrow();
    }
}
