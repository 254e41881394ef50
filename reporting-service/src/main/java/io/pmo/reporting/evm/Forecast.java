package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMath.divide;
import static io.pmo.reporting.evm.EvmMath.money;
import static io.pmo.reporting.evm.EvmMath.ratio;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The figures that follow from one estimate at completion: {@code ETC = EAC - AC} (this variant's estimate to
 * complete), {@code VAC = BAC - EAC} and {@code TCPI to EAC = (BAC - EV) / (EAC - AC)}, the efficiency the
 * remaining work needs to finish at this estimate. Money to 2 decimals, the index to 4.
 */
public record Forecast(EacMethod method, Figure eac, Figure etc, Figure vac, Figure tcpiToEac) {

    private static final String CPI_UNDEFINED = "CPI is undefined: AC is 0, no cost was recorded by the status date";

    /**
     * One forecast per {@link EacMethod}, from the cent amounts of BAC, EV, AC and PV. The EACs use the exact
     * ratios ({@code BAC / CPI = BAC x AC / EV}, {@code CPI x SPI = EV^2 / (AC x PV)}), not the rounded indices;
     * ETC, VAC and TCPI to EAC use the EAC as rounded to the cent, as a report shows it.
     */
    static List<Forecast> all(BigDecimal bac, BigDecimal ev, BigDecimal ac, BigDecimal pv) {
        return Arrays.stream(EacMethod.values()).map(method -> of(method, bac, ev, ac, pv)).toList();
    }

    private static Forecast of(EacMethod method, BigDecimal bac, BigDecimal ev, BigDecimal ac, BigDecimal pv) {
        Figure eac = eac(method, bac, ev, ac, pv);
        if (!eac.hasValue()) {
            String reason = "EAC (" + method.formula() + ") is undefined: " + eac.reason();
            return new Forecast(method, eac, Figure.undefined(reason), Figure.undefined(reason),
                    Figure.undefined(reason));
        }
        BigDecimal etc = eac.value().subtract(ac);
        return new Forecast(method, eac, Figure.of(etc), Figure.of(bac.subtract(eac.value())),
                ratio(bac.subtract(ev), etc, "EAC - AC is 0: this estimate leaves nothing to spend on the "
                        + "remaining work"));
    }

    private static Figure eac(EacMethod method, BigDecimal bac, BigDecimal ev, BigDecimal ac, BigDecimal pv) {
        BigDecimal remaining = bac.subtract(ev);
        return switch (method) {
            case BUDGET_RATE -> Figure.of(money(ac.add(remaining)));
            case CPI -> {
                if (ac.signum() == 0) {
                    yield Figure.undefined(CPI_UNDEFINED);
                }
                if (ev.signum() == 0) {
                    yield Figure.undefined("CPI is 0 (EV is 0): BAC / CPI divides by zero");
                }
                yield Figure.of(money(divide(bac.multiply(ac), ev)));
            }
            case CPI_AND_SPI -> {
                if (ac.signum() == 0) {
                    yield Figure.undefined(CPI_UNDEFINED);
                }
                if (pv.signum() == 0) {
                    yield Figure.undefined("SPI is undefined: PV is 0, no work was planned by the status date");
                }
                if (ev.signum() == 0) {
                    yield Figure.undefined("CPI x SPI is 0 (EV is 0): (BAC - EV) / (CPI x SPI) divides by zero");
                }
                yield Figure.of(money(ac.add(divide(remaining.multiply(ac).multiply(pv), ev.multiply(ev)))));
            }
        };
    }
}
