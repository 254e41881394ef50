package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.FRI;
import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.THU;
import static io.pmo.reporting.evm.EvmMother.baseline;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.cost;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.percent;
import static io.pmo.reporting.evm.EvmMother.percentTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** HALF_EVEN at the last kept digit: a 5 rounds to the even neighbour (HALF_UP would always round up). */
class RoundingTests {

    private static EarnedValue fiftyPercentOf(String budget, String actualCost) {
        return calculator(baseline(percentTask("T", MON, FRI, 5, budget)), List.of(percent("p", "T", MON, "50", 1)),
                actualCost == null ? List.of() : List.of(cost("c", "T", MON, actualCost, 1))).at(MON);
    }

    @Test
    void moneyRoundsHalfToEvenCents() {
        // 50 % of 0.05 = 0.025 -> 0.02 (even); 50 % of 0.15 = 0.075 -> 0.08 (even).
        assertThat(fiftyPercentOf("0.05", null).ev()).isEqualTo(decimal("0.02"));
        assertThat(fiftyPercentOf("0.15", null).ev()).isEqualTo(decimal("0.08"));
    }

    @Test
    void indicesRoundHalfToEvenAtFourDecimals() {
        // EV = 50 % of 400.02 = 200.01; CPI = 200.01 / 200 = 1.00005 -> 1.0000.
        // EV = 50 % of 400.06 = 200.03; CPI = 200.03 / 200 = 1.00015 -> 1.0002.
        assertThat(fiftyPercentOf("400.02", "200.00").cpi()).isEqualTo(Figure.of(decimal("1.0000")));
        assertThat(fiftyPercentOf("400.06", "200.00").cpi()).isEqualTo(Figure.of(decimal("1.0002")));
    }

    @Test
    void everyFigureHasItsStatedScale() {
        EarnedValue thursday = calculator(baseline(percentTask("T", MON, FRI, 5, "1000")),
                List.of(percent("p", "T", THU, "70", 1)), List.of(cost("c", "T", THU, "650", 1))).at(THU);
        assertThat(List.of(thursday.bac(), thursday.pv(), thursday.ev(), thursday.ac(), thursday.sv(),
                thursday.cv())).allSatisfy(money -> assertThat(money.scale()).isEqualTo(2));
        assertThat(List.of(thursday.spi(), thursday.cpi(), thursday.tcpiToBac(), thursday.earnedSchedule().es(),
                thursday.earnedSchedule().spiT(), thursday.earnedSchedule().svT()))
                .allSatisfy(index -> assertThat(index.value().scale()).isEqualTo(4));
        assertThat(thursday.forecasts()).allSatisfy(forecast -> {
            assertThat(forecast.eac().value().scale()).isEqualTo(2);
            assertThat(forecast.etc().value().scale()).isEqualTo(2);
            assertThat(forecast.vac().value().scale()).isEqualTo(2);
            assertThat(forecast.tcpiToEac().value().scale()).isEqualTo(4);
        });
    }
}
