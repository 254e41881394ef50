package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.FRI;
import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.THU;
import static io.pmo.reporting.evm.EvmMother.TUE;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.cost;
import static io.pmo.reporting.evm.EvmMother.date;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.fiveWeekProjectAfterThreeWeeks;
import static io.pmo.reporting.evm.EvmMother.fourDayTask;
import static io.pmo.reporting.evm.EvmMother.percent;
import static io.pmo.reporting.evm.EvmMother.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** EAC, ETC, VAC and TCPI of every variant, hand-computed, and the figures a division by zero leaves undefined. */
class ForecastTests {

    /** The PRA toy project at period 3: BAC 100,000, PV 40,000, EV 35,000, AC 63,000. */
    private final EarnedValue period3 = fiveWeekProjectAfterThreeWeeks().at(date(1, 22));

    @Test
    void listsOneLabelledForecastPerEacFormula() {
        assertThat(period3.forecasts()).extracting(Forecast::method).containsExactly(EacMethod.values());
        assertThat(EacMethod.CPI.formula()).isEqualTo("BAC / CPI");
        assertThat(EacMethod.BUDGET_RATE.formula()).isEqualTo("AC + (BAC - EV)");
        assertThat(EacMethod.CPI_AND_SPI.formula()).isEqualTo("AC + (BAC - EV) / (CPI x SPI)");
    }

    @Test
    void eacByCpiUsesTheExactCpi() {
        // BAC / CPI = 100,000 / (35,000 / 63,000) = 180,000 (with the rounded CPI 0.5556 it would be 179,985.60).
        // ETC = 180,000 - 63,000 = 117,000; VAC = 100,000 - 180,000 = -80,000;
        // TCPI to EAC = 65,000 / 117,000 = 0.5555... -> 0.5556.
        Forecast cpi = period3.forecast(EacMethod.CPI);
        assertThat(cpi.eac()).isEqualTo(Figure.of(decimal("180000.00")));
        assertThat(cpi.etc()).isEqualTo(Figure.of(decimal("117000.00")));
        assertThat(cpi.vac()).isEqualTo(Figure.of(decimal("-80000.00")));
        assertThat(cpi.tcpiToEac()).isEqualTo(Figure.of(decimal("0.5556")));
    }

    @Test
    void eacByCpiAndSpi() {
        // CPI x SPI = (35/63) x (35/40) = 0.486111...; (BAC - EV) / (CPI x SPI) = 65,000 / 0.486111... =
        // 133,714.2857... ; EAC = 63,000 + 133,714.2857... = 196,714.2857... -> 196,714.29.
        // ETC = 196,714.29 - 63,000 = 133,714.29; VAC = 100,000 - 196,714.29 = -96,714.29;
        // TCPI to EAC = 65,000 / 133,714.29 = 0.48611... -> 0.4861.
        Forecast cpiAndSpi = period3.forecast(EacMethod.CPI_AND_SPI);
        assertThat(cpiAndSpi.eac()).isEqualTo(Figure.of(decimal("196714.29")));
        assertThat(cpiAndSpi.etc()).isEqualTo(Figure.of(decimal("133714.29")));
        assertThat(cpiAndSpi.vac()).isEqualTo(Figure.of(decimal("-96714.29")));
        assertThat(cpiAndSpi.tcpiToEac()).isEqualTo(Figure.of(decimal("0.4861")));
    }

    @Test
    void withoutActualCostCpiAndTheEstimatesBuiltOnItAreUndefined() {
        // 50 % reported, nothing booked: AC = 0.
        EarnedValue tuesday = calculator(fourDayTask(), List.of(percent("p", "T", TUE, "50", 1)), List.of()).at(TUE);
        assertThat(tuesday.ac()).isEqualTo(decimal("0.00"));
        assertThat(tuesday.cpi().value()).isNull();
        assertThat(tuesday.cpi().reason()).isEqualTo("AC is 0: no cost was recorded by the status date");
        for (EacMethod method : List.of(EacMethod.CPI, EacMethod.CPI_AND_SPI)) {
            Forecast forecast = tuesday.forecast(method);
            assertThat(forecast.eac().reason()).as(method.name()).startsWith("CPI is undefined: AC is 0");
            assertThat(List.of(forecast.etc(), forecast.vac(), forecast.tcpiToEac())).allSatisfy(figure -> {
                assertThat(figure.value()).isNull();
                assertThat(figure.reason()).startsWith("EAC (" + method.formula() + ") is undefined: CPI is");
            });
        }
        // AC + (BAC - EV) = 0 + (100 - 50) = 50 needs no index. TCPI to BAC = 50 / 100 = 0.5.
        assertThat(tuesday.forecast(EacMethod.BUDGET_RATE).eac()).isEqualTo(Figure.of(decimal("50.00")));
        assertThat(tuesday.tcpiToBac()).isEqualTo(Figure.of(decimal("0.5000")));
    }

    @Test
    void withCostButNothingEarnedCpiIsZeroAndBacOverCpiUndefined() {
        EarnedValue tuesday = calculator(fourDayTask(), List.of(), List.of(cost("c", "T", MON, "30.00", 1)))
                .at(TUE);
        assertThat(tuesday.cpi()).isEqualTo(Figure.of(decimal("0.0000")));
        assertThat(tuesday.forecast(EacMethod.CPI).eac().reason())
                .isEqualTo("CPI is 0 (EV is 0): BAC / CPI divides by zero");
        assertThat(tuesday.forecast(EacMethod.CPI_AND_SPI).eac().reason())
                .isEqualTo("CPI x SPI is 0 (EV is 0): (BAC - EV) / (CPI x SPI) divides by zero");
        // AC + (BAC - EV) = 30 + 100 = 130.
        assertThat(tuesday.forecast(EacMethod.BUDGET_RATE).eac()).isEqualTo(Figure.of(decimal("130.00")));
    }

    @Test
    void beforeTheStartPvIsZeroSoSpiAndTheCpiAndSpiEstimateAreUndefined() {
        // A cost booked on the Friday before the Monday start, 0 % reported: PV = 0, AC = 10, EV = 0.
        EarnedValue friday = calculator(fourDayTask(), List.of(percent("p", "T", MON.minusDays(3), "0", 1)),
                List.of(cost("c", "T", MON.minusDays(3), "10.00", 1))).at(MON.minusDays(3));
        assertThat(friday.pv()).isEqualTo(decimal("0.00"));
        assertThat(friday.spi()).isEqualTo(Figure.undefined("PV is 0: no work was planned by the status date"));
        assertThat(friday.forecast(EacMethod.CPI_AND_SPI).eac())
                .isEqualTo(Figure.undefined("SPI is undefined: PV is 0, no work was planned by the status date"));
    }

    @Test
    void whenTheEstimateEqualsActualCostTcpiToEacIsUndefined() {
        // Finished Thursday at a cost of 120: EV = BAC = 100, AC = 120.
        // BAC / CPI = 100 x 120 / 100 = 120; AC + (BAC - EV) = 120 + 0 = 120; AC + 0 / (CPI x SPI) = 120:
        // every EAC equals AC, so ETC = 0 and TCPI to EAC = 0 / 0 is undefined. VAC = 100 - 120 = -20.
        // TCPI to BAC = 0 / (100 - 120) = 0.
        EarnedValue thursday = calculator(fourDayTask(), List.of(progress("p", "T", THU, "100", MON, THU, 1)),
                List.of(cost("c", "T", THU, "120.00", 1))).at(THU);
        for (EacMethod method : EacMethod.values()) {
            Forecast forecast = thursday.forecast(method);
            assertThat(forecast.eac()).as(method.name()).isEqualTo(Figure.of(decimal("120.00")));
            assertThat(forecast.etc()).as(method.name()).isEqualTo(Figure.of(decimal("0.00")));
            assertThat(forecast.vac()).as(method.name()).isEqualTo(Figure.of(decimal("-20.00")));
            assertThat(forecast.tcpiToEac()).as(method.name()).isEqualTo(Figure.undefined(
                    "EAC - AC is 0: this estimate leaves nothing to spend on the remaining work"));
        }
        assertThat(thursday.tcpiToBac()).isEqualTo(Figure.of(decimal("0.0000")));
    }

    @Test
    void whenTheWholeBudgetIsSpentTcpiToBacIsUndefined() {
        // AC = BAC = 100 with 80 % done: (100 - 80) / (100 - 100) divides by zero.
        EarnedValue friday = calculator(fourDayTask(), List.of(percent("p", "T", FRI, "80", 1)),
                List.of(cost("c", "T", FRI, "100.00", 1))).at(FRI);
        assertThat(friday.tcpiToBac()).isEqualTo(Figure.undefined("BAC - AC is 0: the whole budget is spent"));
    }

    @Test
    void aFigureHasAValueOrAReason() {
        assertThat(Figure.of(decimal("1.0000")).hasValue()).isTrue();
        assertThat(Figure.undefined("why").hasValue()).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Figure(decimal("1"), "why"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Figure(null, null));
    }
}
