package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.FRI;
import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.NEXT_MON;
import static io.pmo.reporting.evm.EvmMother.THU;
import static io.pmo.reporting.evm.EvmMother.TUE;
import static io.pmo.reporting.evm.EvmMother.WED;
import static io.pmo.reporting.evm.EvmMother.baseline;
import static io.pmo.reporting.evm.EvmMother.baselineSaved;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.date;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.percentTask;
import static io.pmo.reporting.evm.EvmMother.summary;
import static io.pmo.reporting.evm.EvmMother.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.EarnedValueMethod;

/** Planned value time-phased linearly per working day, hand-computed on January 2027 (the 1st is a Friday). */
class PlannedValueTests {

    private static BigDecimal pv(PerformanceBaseline baseline, LocalDate statusDate) {
        return calculator(baseline, List.of(), List.of()).at(statusDate).pv();
    }

    @Test
    void aFiveDayTaskPlansAFifthOfItsBudgetAtTheEndOfEachWorkingDay() {
        PerformanceBaseline baseline = baseline(percentTask("T", MON, FRI, 5, "1000.00"));
        assertThat(pv(baseline, MON.minusDays(1))).isEqualTo(decimal("0.00"));
        assertThat(pv(baseline, MON)).isEqualTo(decimal("200.00"));
        assertThat(pv(baseline, TUE)).isEqualTo(decimal("400.00"));
        assertThat(pv(baseline, FRI)).isEqualTo(decimal("1000.00"));
        assertThat(pv(baseline, NEXT_MON)).isEqualTo(decimal("1000.00"));
    }

    @Test
    void aWeekendPlansNothing() {
        // Thu 7, Fri 8, Mon 11, Tue 12, Wed 13: 200 a day; Saturday 9 and Sunday 10 stay at Friday's 400.
        PerformanceBaseline baseline = baseline(percentTask("T", THU, date(1, 13), 5, "1000.00"));
        assertThat(pv(baseline, FRI)).isEqualTo(decimal("400.00"));
        assertThat(pv(baseline, date(1, 9))).isEqualTo(decimal("400.00"));
        assertThat(pv(baseline, date(1, 10))).isEqualTo(decimal("400.00"));
        assertThat(pv(baseline, NEXT_MON)).isEqualTo(decimal("600.00"));
    }

    @Test
    void aHolidayInTheBaselineCalendarMovesPlannedValueToTheTasksOtherDays() {
        // Without a holiday, Mon-Fri: Wednesday's PV is 3 x 200 = 600.
        // With Wednesday 6 January a holiday the five days are Mon, Tue, Thu, Fri, Mon 11: Wednesday stays at
        // Tuesday's 400 and Thursday reaches 600.
        PerformanceBaseline plain = PerformanceBaseline.from(baselineSaved(List.of(),
                percentTask("T", MON, FRI, 5, "1000.00")));
        PerformanceBaseline withHoliday = PerformanceBaseline.from(baselineSaved(List.of(WED),
                percentTask("T", MON, NEXT_MON, 5, "1000.00")));
        assertThat(pv(plain, WED)).isEqualTo(decimal("600.00"));
        assertThat(pv(withHoliday, TUE)).isEqualTo(decimal("400.00"));
        assertThat(pv(withHoliday, WED)).isEqualTo(decimal("400.00"));
        assertThat(pv(withHoliday, THU)).isEqualTo(decimal("600.00"));
        assertThat(pv(withHoliday, FRI)).isEqualTo(decimal("800.00"));
        assertThat(pv(withHoliday, NEXT_MON)).isEqualTo(decimal("1000.00"));
    }

    @Test
    void aMilestonePlansItsWholeValueAtTheEndOfItsDate() {
        PerformanceBaseline baseline = baseline(task("M", WED, WED, 0, "500.00", EarnedValueMethod.ZERO_HUNDRED));
        assertThat(pv(baseline, TUE)).isEqualTo(decimal("0.00"));
        assertThat(pv(baseline, WED)).isEqualTo(decimal("500.00"));
    }

    @Test
    void bacCountsLeafTasksOnlyAndATaskWithoutCostAsZero() {
        // The summary rolls up A and B (1,500) and must not count twice; C has no planned cost.
        PerformanceBaseline baseline = baseline(summary("S", MON, FRI, "1500.00"),
                percentTask("A", MON, WED, 3, "900.00"), percentTask("B", THU, FRI, 2, "600.00"),
                percentTask("C", MON, FRI, 5, null));
        EarnedValue tuesday = calculator(baseline, List.of(), List.of()).at(TUE);
        assertThat(tuesday.bac()).isEqualTo(decimal("1500.00"));
        // A: 2 of 3 days x 900 = 600.
        assertThat(tuesday.pv()).isEqualTo(decimal("600.00"));
    }

    @Test
    void aBudgetThatDoesNotDivideEvenlyIsRoundedOnceForTheProject() {
        // 1,000 over 3 days: 333.333... -> 333.33 after day 1, 666.666... -> 666.67 after day 2.
        // Two such tasks: 2 x 333.333... = 666.666... -> 666.67, not 2 x 333.33 = 666.66.
        PerformanceBaseline one = baseline(percentTask("A", MON, WED, 3, "1000.00"));
        PerformanceBaseline two = baseline(percentTask("A", MON, WED, 3, "1000.00"),
                percentTask("B", MON, WED, 3, "1000.00"));
        assertThat(pv(one, MON)).isEqualTo(decimal("333.33"));
        assertThat(pv(one, TUE)).isEqualTo(decimal("666.67"));
        assertThat(pv(two, MON)).isEqualTo(decimal("666.67"));
    }

    @Test
    void equalBaselinesShareOneTimePhasingAndTheRememberedOnesStayBounded() {
        PerformanceBaseline baseline = baseline(percentTask("T", MON, FRI, 5, "1000.00"));
        PerformanceBaseline equal = baseline(percentTask("T", MON, FRI, 5, "1000.00"));
        PerformanceBaseline dearer = baseline(percentTask("T", MON, FRI, 5, "2000.00"));

        assertThat(PlannedValue.of(equal)).isSameAs(PlannedValue.of(baseline));
        assertThat(PlannedValue.of(dearer)).isNotSameAs(PlannedValue.of(baseline));
        assertThat(pv(dearer, MON)).isEqualTo(decimal("400.00"));
        assertThat(pv(equal, MON)).isEqualTo(decimal("200.00"));

        for (int i = 0; i < PlannedValue.CACHED + 10; i++) {
            PlannedValue.of(baseline(percentTask("T" + i, MON, FRI, 5, "1000.00")));
        }
        assertThat(PlannedValue.cached()).isEqualTo(PlannedValue.CACHED);
    }
}
