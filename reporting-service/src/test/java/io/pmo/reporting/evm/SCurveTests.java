package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.date;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.fiveWeekProjectAfterThreeWeeks;
import static io.pmo.reporting.evm.EvmMother.hour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * S-curve points of the five-week project (weeks of 10,000, 10,000, 20,000, 30,000, 30,000 from Monday
 * 4 January 2027; W1 and W2 done on their Fridays, W3 at 75 % on Friday 22; costs 9,000, 18,000, 36,000 booked
 * on those Fridays, recorded at hours 1, 2, 3), hand-computed.
 */
class SCurveTests {

    private final EarnedValueCalculator calculator = fiveWeekProjectAfterThreeWeeks();

    private static SCurvePoint point(LocalDate date, String pv, String ev, String ac) {
        return new SCurvePoint(date, decimal(pv), decimal(ev), decimal(ac));
    }

    @Test
    void weeklyPointsFallOnSundaysAndTheLastOnTheEndDate() {
        // Sun 10: week 1 planned, earned, 9,000 booked. Sun 17: weeks 1-2. Wed 20: + 3 days x 4,000 of W3.
        assertThat(calculator.series(MON, date(1, 20), SCurvePeriod.WEEK)).containsExactly(
                point(date(1, 10), "10000.00", "10000.00", "9000.00"),
                point(date(1, 17), "20000.00", "20000.00", "27000.00"),
                point(date(1, 20), "32000.00", "20000.00", "27000.00"));
    }

    @Test
    void monthlyPointsFallOnTheLastDayOfTheMonth() {
        // 31 January: weeks 1-4 planned (70,000); 10 February: all five (100,000). EV and AC stop at period 3.
        assertThat(calculator.series(MON, date(2, 10), SCurvePeriod.MONTH)).containsExactly(
                point(date(1, 31), "70000.00", "35000.00", "63000.00"),
                point(date(2, 10), "100000.00", "35000.00", "63000.00"));
    }

    @Test
    void aSeriesAsOfAnInstantShowsOnlyTheFactsRecordedByThen() {
        // As of hour 2, period 3's progress and cost (recorded at hour 3) are not known yet.
        assertThat(calculator.series(date(1, 18), date(1, 24), SCurvePeriod.WEEK, hour(2))).containsExactly(
                point(date(1, 24), "40000.00", "20000.00", "27000.00"));
    }

    @Test
    void aSeriesEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.series(date(1, 20), date(1, 10), SCurvePeriod.WEEK));
    }
}
