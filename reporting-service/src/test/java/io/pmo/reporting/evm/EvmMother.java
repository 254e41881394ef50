package io.pmo.reporting.evm;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;

/**
 * Test data for earned value: baselines on a Monday-to-Friday calendar starting Monday 4 January 2027
 * (1 January 2027 is a Friday), progress and cost facts recorded at whole hours of 1 February 2027.
 */
final class EvmMother {

    static final String EUR = "EUR";

    static final String PROJECT = "project-1";

    static final String TENANT = "tenant-a";

    /** Monday 4 January 2027: every baseline here starts on it. */
    static final LocalDate MON = LocalDate.of(2027, 1, 4);

    static final LocalDate TUE = MON.plusDays(1);

    static final LocalDate WED = MON.plusDays(2);

    static final LocalDate THU = MON.plusDays(3);

    static final LocalDate FRI = MON.plusDays(4);

    static final LocalDate NEXT_MON = MON.plusDays(7);

    private static final Instant RECORDING = Instant.parse("2027-02-01T00:00:00Z");

    private EvmMother() {
    }

    /** The instant {@code hours} hours into the recording day: facts are recorded in hour order. */
    static Instant hour(int hours) {
        return RECORDING.plusSeconds(3600L * hours);
    }

    static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    // ---- baselines ----

    static BaselineTask task(String taskId, LocalDate start, LocalDate finish, int days, String cost,
            EarnedValueMethod method, Checkpoint... checkpoints) {
        return new BaselineTask(taskId, "summary", taskId, false, days, start, finish, cost == null ? null : eur(cost),
                method, List.of(checkpoints));
    }

    static BaselineTask percentTask(String taskId, LocalDate start, LocalDate finish, int days, String cost) {
        return task(taskId, start, finish, days, cost, EarnedValueMethod.PERCENT_COMPLETE);
    }

    /** A five-day PERCENT_COMPLETE task in the week of {@code monday}. */
    static BaselineTask weekTask(String taskId, LocalDate monday, String cost) {
        return percentTask(taskId, monday, monday.plusDays(4), 5, cost);
    }

    static BaselineTask summary(String taskId, LocalDate start, LocalDate finish, String cost) {
        return new BaselineTask(taskId, null, taskId, true, 0, start, finish, eur(cost),
                EarnedValueMethod.PERCENT_COMPLETE, List.of());
    }

    static Checkpoint checkpoint(String id, String weight) {
        return new Checkpoint(id, id, new BigDecimal(weight));
    }

    /** A EUR baseline from Monday 4 January 2027, Monday to Friday, no holidays. */
    static PerformanceBaseline baseline(BaselineTask... tasks) {
        return new PerformanceBaseline("baseline-1", MON, EUR, BaselineCalendar.mondayToFriday(), List.of(tasks));
    }

    /** The {@code BaselineSaved} event of a EUR baseline from Monday 4 January 2027 with these holidays. */
    static BaselineSaved baselineSaved(List<LocalDate> holidays, BaselineTask... tasks) {
        BigDecimal bac = Arrays.stream(tasks).filter(task -> !task.summary() && task.plannedCost() != null)
                .map(task -> task.plannedCost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate finish = Arrays.stream(tasks).map(BaselineTask::plannedFinish).max(LocalDate::compareTo)
                .orElse(MON);
        return new BaselineSaved(PROJECT, TENANT, "baseline-1", "Baseline 1", MON, finish, new Money(bac, EUR),
                List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                holidays.stream().map(holiday -> new CalendarDay(holiday, false)).toList(), List.of(tasks));
    }

    /**
     * Microsoft's example (see {@link PublishedExamplesTests}): a 4-day task with a planned budget of $100
     * starting on a Monday, here EUR 100.00 from Monday to Thursday 4-7 January 2027.
     */
    static PerformanceBaseline fourDayTask() {
        return baseline(percentTask("T", MON, THU, 4, "100.00"));
    }

    /**
     * The PRA package's toy project (see {@link PublishedExamplesTests}): BAC 100,000 planned cumulatively at
     * 10, 20, 40, 70 and 100 % by the end of periods 1 to 5, here five one-week tasks from Monday 4 January 2027
     * of 10,000, 10,000, 20,000, 30,000 and 30,000.
     */
    static PerformanceBaseline fiveWeekProject() {
        return baseline(weekTask("W1", MON, "10000.00"), weekTask("W2", MON.plusWeeks(1), "10000.00"),
                weekTask("W3", MON.plusWeeks(2), "20000.00"), weekTask("W4", MON.plusWeeks(3), "30000.00"),
                weekTask("W5", MON.plusWeeks(4), "30000.00"));
    }

    // ---- facts ----

    static ProgressFact percent(String factId, String taskId, LocalDate effective, String percent, int hour) {
        return new ProgressFact(factId, null, taskId, effective, decimal(percent), null, null, List.of(), hour(hour));
    }

    static ProgressFact progress(String factId, String taskId, LocalDate effective, String percent,
            LocalDate actualStart, LocalDate actualFinish, int hour, String... checkpointsDone) {
        return new ProgressFact(factId, null, taskId, effective, decimal(percent), actualStart, actualFinish,
                List.of(checkpointsDone), hour(hour));
    }

    static ProgressFact percentCorrection(String factId, ProgressFact corrected, LocalDate effective, String percent,
            int hour) {
        return new ProgressFact(factId, corrected.factId(), corrected.taskId(), effective, decimal(percent), null,
                null, List.of(), hour(hour));
    }

    static CostFact cost(String factId, String taskId, LocalDate effective, String amount, int hour) {
        return new CostFact(factId, null, taskId, effective, eur(amount), hour(hour));
    }

    static CostFact cost(String factId, String taskId, LocalDate effective, Money amount, int hour) {
        return new CostFact(factId, null, taskId, effective, amount, hour(hour));
    }

    static CostFact costCorrection(String factId, CostFact corrected, LocalDate effective, String amount, int hour) {
        return new CostFact(factId, corrected.factId(), corrected.taskId(), effective, eur(amount), hour(hour));
    }

    static ProgressReported progressReported(String factId, String taskId, LocalDate effective, String percent) {
        return new ProgressReported(PROJECT, TENANT, taskId, factId, effective, decimal(percent), null, null,
                List.of());
    }

    static ProgressCorrected progressCorrected(String factId, String correctsFactId, String taskId,
            LocalDate effective, String percent) {
        return new ProgressCorrected(PROJECT, TENANT, taskId, factId, correctsFactId, effective, decimal(percent),
                null, null, List.of(), "typo");
    }

    static ActualCostRecorded costRecorded(String factId, String taskId, LocalDate effective, String amount) {
        return new ActualCostRecorded(PROJECT, TENANT, taskId, factId, effective, eur(amount));
    }

    static ActualCostCorrected costCorrected(String factId, String correctsFactId, String taskId,
            LocalDate effective, String amount) {
        return new ActualCostCorrected(PROJECT, TENANT, taskId, factId, correctsFactId, effective, eur(amount),
                "wrong invoice");
    }

    // ---- calculators ----

    static EarnedValueCalculator calculator(PerformanceBaseline baseline, List<ProgressFact> progress,
            List<CostFact> costs) {
        return new EarnedValueCalculator(baseline, progress, costs);
    }

    /**
     * Microsoft's example as of Wednesday: 60 % reported on Tuesday, EUR 35.00 booked on Monday and on Tuesday.
     */
    static EarnedValueCalculator fourDayTaskAfterTwoDays() {
        return calculator(fourDayTask(), List.of(percent("p1", "T", TUE, "60", 1)),
                List.of(cost("c1", "T", MON, "35.00", 1), cost("c2", "T", TUE, "35.00", 2)));
    }

    /**
     * The PRA toy project at the end of period 3 (Friday 22 January 2027): W1 and W2 done, W3 at 75 % (EV 35 % of
     * BAC), period costs 9,000, 18,000 and 36,000 booked on the Fridays (AC 63,000).
     */
    static EarnedValueCalculator fiveWeekProjectAfterThreeWeeks() {
        return calculator(fiveWeekProject(),
                List.of(percent("p1", "W1", date(1, 8), "100", 1), percent("p2", "W2", date(1, 15), "100", 2),
                        percent("p3", "W3", date(1, 22), "75", 3)),
                List.of(cost("c1", "W1", date(1, 8), "9000.00", 1), cost("c2", "W2", date(1, 15), "18000.00", 2),
                        cost("c3", "W3", date(1, 22), "36000.00", 3)));
    }
}
