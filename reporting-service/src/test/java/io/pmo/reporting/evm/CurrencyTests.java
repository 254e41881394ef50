package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.FRI;
import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.baselineSaved;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.cost;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.fourDayTask;
import static io.pmo.reporting.evm.EvmMother.percentTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.EarnedValueMethod;

/** One currency per project: money in a second one is refused, naming both, rather than summed. */
class CurrencyTests {

    @Test
    void refusesACostInAnotherCurrencyThanTheBaseline() {
        assertThatThrownBy(() -> calculator(fourDayTask(), List.of(),
                List.of(cost("c1", "T", MON, Money.of("35.00", "USD"), 1))))
                .isInstanceOfSatisfying(MixedCurrenciesException.class, refused -> {
                    assertThat(refused.projectCurrency()).isEqualTo("EUR");
                    assertThat(refused.otherCurrency()).isEqualTo("USD");
                })
                .hasMessage("Earned value is computed in one currency per project: cost fact c1 is in USD, the "
                        + "project is in EUR");
    }

    @Test
    void refusesABaselineTaskInAnotherCurrencyThanTheBudget() {
        BaselineTask inDollars = new BaselineTask("D", null, "D", false, 5, MON, FRI, Money.of("10.00", "USD"),
                EarnedValueMethod.PERCENT_COMPLETE, List.of());
        assertThatThrownBy(() -> PerformanceBaseline.from(baselineSaved(List.of(),
                percentTask("E", MON, FRI, 5, "10.00"), inDollars)))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void aBaselineWithoutCostsTakesTheCurrencyOfTheFirstCostAndRefusesASecondOne() {
        PerformanceBaseline noCosts = new PerformanceBaseline("b", MON, null, BaselineCalendar.mondayToFriday(),
                List.of(percentTask("T", MON, FRI, 5, null)));
        assertThat(calculator(noCosts, List.of(), List.of(cost("c1", "T", MON, Money.of("5.00", "CHF"), 1)))
                .at(FRI).currency()).isEqualTo("CHF");
        assertThat(calculator(noCosts, List.of(), List.of()).at(FRI).currency()).isNull();
        assertThatThrownBy(() -> calculator(noCosts, List.of(), List.of(cost("c1", "T", MON,
                Money.of("5.00", "CHF"), 1), cost("c2", "T", MON, Money.of("5.00", "GBP"), 2))))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("GBP").hasMessageContaining("CHF");
    }

    @Test
    void aBaselineSavedEventGivesTheBudgetsCurrency() {
        PerformanceBaseline baseline = PerformanceBaseline.from(baselineSaved(List.of(),
                percentTask("E", MON, FRI, 5, "10.00")));
        assertThat(baseline.currency()).isEqualTo("EUR");
        assertThat(calculator(baseline, List.of(), List.of()).at(FRI).bac()).isEqualTo(decimal("10.00"));
    }
}
