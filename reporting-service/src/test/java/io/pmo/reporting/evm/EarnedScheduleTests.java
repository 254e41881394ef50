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
import static io.pmo.reporting.evm.EvmMother.fiveWeekProjectAfterThreeWeeks;
import static io.pmo.reporting.evm.EvmMother.fourDayTask;
import static io.pmo.reporting.evm.EvmMother.percent;
import static io.pmo.reporting.evm.EvmMother.percentTask;
import static io.pmo.reporting.evm.EvmMother.progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Earned schedule in working days, Lipke's {@code ES = C + (EV - PV_C) / (PV_C+1 - PV_C)} (Walt Lipke, "Schedule
 * is Different", The Measurable News, March 2003), hand-computed. The four-day task plans 25, 50, 75, 100 at the
 * end of Monday to Thursday.
 */
class EarnedScheduleTests {

    private static EarnedSchedule fourDayTaskSchedule(LocalDate statusDate, ProgressFact progress) {
        return calculator(fourDayTask(), List.of(progress), List.of()).at(statusDate).earnedSchedule();
    }

    @Test
    void interpolatesWithinAPeriodOfTheFiveWeekProject() {
        // Daily PV: 2,000 a day in weeks 1 and 2 (PV_10 = 20,000), 4,000 a day in week 3: PV_13 = 32,000,
        // PV_14 = 36,000. EV 35,000: C = 13, ES = 13 + (35,000 - 32,000) / 4,000 = 13.75. AT = 15 (three weeks).
        // SPI(t) = 13.75 / 15 = 0.91666... -> 0.9167; SV(t) = -1.25.
        EarnedSchedule schedule = fiveWeekProjectAfterThreeWeeks().at(date(1, 22)).earnedSchedule();
        assertThat(schedule.es()).isEqualTo(Figure.of(decimal("13.7500")));
        assertThat(schedule.at()).isEqualTo(15);
        assertThat(schedule.spiT()).isEqualTo(Figure.of(decimal("0.9167")));
        assertThat(schedule.svT()).isEqualTo(Figure.of(decimal("-1.2500")));
    }

    @Test
    void earnedValueBeforeTheFirstPeriodIsAFractionOfIt() {
        // EV 10 < PV_1 = 25: C = 0, ES = 0 + (10 - 0) / (25 - 0) = 0.4; AT = 1; SPI(t) = 0.4; SV(t) = -0.6.
        EarnedSchedule monday = fourDayTaskSchedule(MON, percent("p", "T", MON, "10", 1));
        assertThat(monday.es()).isEqualTo(Figure.of(decimal("0.4000")));
        assertThat(monday.at()).isEqualTo(1);
        assertThat(monday.spiT()).isEqualTo(Figure.of(decimal("0.4000")));
        assertThat(monday.svT()).isEqualTo(Figure.of(decimal("-0.6000")));
    }

    @Test
    void aheadOfScheduleEarnsMoreTimeThanHasPassed() {
        // Monday with EV 50 = PV_2: C = 2, ES = 2 + 0 / 25 = 2; AT = 1; SPI(t) = 2; SV(t) = +1.
        EarnedSchedule monday = fourDayTaskSchedule(MON, percent("p", "T", MON, "50", 1));
        assertThat(monday.es()).isEqualTo(Figure.of(decimal("2.0000")));
        assertThat(monday.spiT()).isEqualTo(Figure.of(decimal("2.0000")));
        assertThat(monday.svT()).isEqualTo(Figure.of(decimal("1.0000")));
    }

    @Test
    void finishingOnTimeEarnsTheWholeSchedule() {
        // EV = BAC = 100 on Thursday: ES = 4 (the day all of BAC is planned), AT = 4, SPI(t) = 1, SV(t) = 0.
        EarnedSchedule thursday = fourDayTaskSchedule(THU, progress("p", "T", THU, "100", MON, THU, 1));
        assertThat(thursday.es()).isEqualTo(Figure.of(decimal("4.0000")));
        assertThat(thursday.at()).isEqualTo(4);
        assertThat(thursday.spiT()).isEqualTo(Figure.of(decimal("1.0000")));
        assertThat(thursday.svT()).isEqualTo(Figure.of(decimal("0.0000")));
    }

    @Test
    void aLateFinishShowsInSpiOfTimeWhileSpiReturnsToOne() {
        // Lipke's point (W. Lipke, "Earned Schedule Contribution to Project Management", PM World Journal, Vol. I,
        // Issue II, September 2012): "at the completion of a late performing project, schedule variance (SV) is
        // equal to zero and the schedule performance index (SPI) equals unity". Hand-computed: finished Monday 11,
        // two working days late. EV = PV = BAC = 100, so SV = 0 and SPI = 1; ES = 4, AT = Mon 4 .. Mon 11 = 6,
        // SPI(t) = 4 / 6 = 0.6666... -> 0.6667, SV(t) = -2.
        EarnedValue late = calculator(fourDayTask(), List.of(progress("p", "T", NEXT_MON, "100", MON, NEXT_MON, 1)),
                List.of()).at(NEXT_MON);
        assertThat(late.sv()).isEqualTo(decimal("0.00"));
        assertThat(late.spi()).isEqualTo(Figure.of(decimal("1.0000")));
        assertThat(late.earnedSchedule().es()).isEqualTo(Figure.of(decimal("4.0000")));
        assertThat(late.earnedSchedule().at()).isEqualTo(6);
        assertThat(late.earnedSchedule().spiT()).isEqualTo(Figure.of(decimal("0.6667")));
        assertThat(late.earnedSchedule().svT()).isEqualTo(Figure.of(decimal("-2.0000")));
    }

    @Test
    void nothingEarnedBeforeTheStartGivesNoActualTimeAndAnUndefinedSpiOfTime() {
        // Friday 1 January, before the Monday start: EV = 0, so C = 0 and ES = 0 / 25 = 0; AT = 0.
        EarnedSchedule friday = fourDayTaskSchedule(MON.minusDays(3), percent("p", "T", MON.minusDays(3), "0", 1));
        assertThat(friday.es()).isEqualTo(Figure.of(decimal("0.0000")));
        assertThat(friday.at()).isZero();
        assertThat(friday.spiT())
                .isEqualTo(Figure.undefined("AT is 0: the status date is before the baseline's first working day"));
        assertThat(friday.svT()).isEqualTo(Figure.of(decimal("0.0000")));
    }

    @Test
    void aBaselineWithoutBudgetHasNoEarnedSchedule() {
        EarnedSchedule schedule = calculator(baseline(percentTask("T", MON, FRI, 5, null)), List.of(), List.of())
                .at(WED).earnedSchedule();
        String reason = "BAC is 0: the baseline plans no value to measure schedule against";
        assertThat(schedule.es()).isEqualTo(Figure.undefined(reason));
        assertThat(schedule.at()).isEqualTo(3);
        assertThat(schedule.spiT()).isEqualTo(Figure.undefined("ES is undefined: " + reason));
        assertThat(schedule.svT()).isEqualTo(Figure.undefined("ES is undefined: " + reason));
    }

    @Test
    void wholePeriodsWithoutPlannedValueCountAsEarned() {
        // A (100, Mon-Tue) then B (0, Wed) then C (100, Thu-Fri): PV_1..5 = 50, 100, 100, 150, 200.
        // EV 100 reaches PV_3 = 100 (Wednesday plans nothing more): C = 3, ES = 3 + 0 / 50 = 3.
        EarnedSchedule tuesday = calculator(baseline(percentTask("A", MON, TUE, 2, "100.00"),
                percentTask("B", WED, WED, 1, "0.00"), percentTask("C", THU, FRI, 2, "100.00")),
                List.of(percent("p", "A", TUE, "100", 1)), List.of()).at(TUE).earnedSchedule();
        assertThat(tuesday.es()).isEqualTo(Figure.of(decimal("3.0000")));
        assertThat(tuesday.at()).isEqualTo(2);
    }

    @Test
    void aHolidayIsNoPeriodOfEarnedScheduleNorOfActualTime() {
        // Wednesday 6 January a holiday; 1,000 over Mon, Tue, Thu, Fri, Mon 11: PV_1..5 = 200, 400, 600, 800,
        // 1,000. Thursday with EV 500: C = 2, ES = 2 + (500 - 400) / (600 - 400) = 2.5; AT = Mon, Tue, Thu = 3;
        // SPI(t) = 2.5 / 3 = 0.8333...; SV(t) = -0.5.
        PerformanceBaseline withHoliday = PerformanceBaseline.from(baselineSaved(List.of(WED),
                percentTask("T", MON, NEXT_MON, 5, "1000.00")));
        EarnedSchedule thursday = calculator(withHoliday, List.of(percent("p", "T", THU, "50", 1)), List.of())
                .at(THU).earnedSchedule();
        assertThat(thursday.es()).isEqualTo(Figure.of(decimal("2.5000")));
        assertThat(thursday.at()).isEqualTo(3);
        assertThat(thursday.spiT()).isEqualTo(Figure.of(decimal("0.8333")));
        assertThat(thursday.svT()).isEqualTo(Figure.of(decimal("-0.5000")));
    }
}
