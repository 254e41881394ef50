package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMath.divide;
import static io.pmo.reporting.evm.EvmMath.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pmo.events.project.BaselineTask;

/**
 * The performance baseline time-phased: planned value at the end of any date, and the cumulative planned value
 * at the end of each working day, the periods of earned schedule.
 *
 * <p>A task plans {@code budget x k / n} at the end of the {@code k}-th of its {@code n} working days, {@code n}
 * counted on the baseline's calendar from its planned start to its planned finish (inclusive), so the whole
 * budget is planned by its finish even where the calendar and the stored duration disagree. A milestone (0 days,
 * or no working day in its span) plans its whole budget at the end of its date, its planned finish.
 */
final class PlannedValue {

    private final LocalDate start;

    private final List<BaselineTask> leaves;

    private final WorkingDayIndex workingDays;

    private final BigDecimal bac;

    /** Cumulative PV in cents at the end of working day {@code k} of the baseline; index 0 is 0 (before day 1). */
    private final List<BigDecimal> byWorkingDay;

    /** How many time-phased baselines {@link #of} keeps (the least recently used goes first). */
    static final int CACHED = 512;

    private static final Map<PerformanceBaseline, PlannedValue> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {

                @Override
                protected boolean removeEldestEntry(Map.Entry<PerformanceBaseline, PlannedValue> eldest) {
                    return size() > CACHED;
                }
            });

    /**
     * The baseline time-phased, remembered: a saved baseline never changes, and time-phasing it (every working
     * day of its span, every task) is most of what building a calculator costs, which the dashboard does for every
     * progress or cost fact. Equal baselines (the record's equality: every task, the calendar) share one.
     */
    static PlannedValue of(PerformanceBaseline baseline) {
        PlannedValue known = CACHE.get(baseline);
        if (known != null) {
            return known;
        }
        PlannedValue computed = new PlannedValue(baseline);
        CACHE.put(baseline, computed);
        return computed;
    }

    /** How many are remembered now (tests: the bound holds). */
    static int cached() {
        return CACHE.size();
    }

    PlannedValue(PerformanceBaseline baseline) {
        this.start = baseline.start();
        this.leaves = baseline.leaves();
        LocalDate first = Stream.concat(Stream.of(start), leaves.stream().map(BaselineTask::plannedStart))
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = Stream.concat(Stream.of(start), leaves.stream().map(BaselineTask::plannedFinish))
                .max(Comparator.naturalOrder()).orElseThrow();
        this.workingDays = new WorkingDayIndex(baseline.calendar(), first, last);
        this.bac = money(leaves.stream().map(PlannedValue::budget).reduce(BigDecimal.ZERO, BigDecimal::add));
        this.byWorkingDay = byWorkingDay(last);
    }

    static BigDecimal budget(BaselineTask task) {
        return task.plannedCost() == null ? BigDecimal.ZERO : task.plannedCost().amount();
    }

    BigDecimal bac() {
        return bac;
    }

    /** PV at the end of {@code date}, in cents. */
    BigDecimal at(LocalDate date) {
        return money(leaves.stream().map(task -> plannedOf(task, date)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Actual time: working days from the baseline's start to {@code statusDate}, both inclusive. */
    int actualTime(LocalDate statusDate) {
        return workingDays.between(start, statusDate);
    }

    /**
     * Earned schedule in working days (Lipke): {@code ES = C + (EV - PV_C) / (PV_C+1 - PV_C)}, where {@code C} is
     * the number of whole working days whose cumulative PV the earned value reaches (a day that plans nothing
     * more counts as reached). Once EV reaches BAC every day counts: ES is the baseline's length in working days,
     * from its start to its last planned finish. Unrounded; undefined when the baseline plans no value at all.
     */
    Figure earnedSchedule(BigDecimal ev) {
        if (bac.signum() == 0) {
            return Figure.undefined("BAC is 0: the baseline plans no value to measure schedule against");
        }
        int last = byWorkingDay.size() - 1;
        if (ev.compareTo(byWorkingDay.get(last)) >= 0) {
            return Figure.of(BigDecimal.valueOf(last));
        }
        int whole = 0;
        while (byWorkingDay.get(whole + 1).compareTo(ev) <= 0) {
            whole++;
        }
        BigDecimal reached = byWorkingDay.get(whole);
        BigDecimal increment = byWorkingDay.get(whole + 1).subtract(reached);
        return Figure.of(BigDecimal.valueOf(whole).add(divide(ev.subtract(reached), increment)));
    }

    private BigDecimal plannedOf(BaselineTask task, LocalDate date) {
        BigDecimal budget = budget(task);
        if (date.isBefore(task.plannedStart()) && date.isBefore(task.plannedFinish())) {
            return BigDecimal.ZERO;
        }
        if (!date.isBefore(task.plannedFinish())) {
            return budget;
        }
        int span = workingDays.between(task.plannedStart(), task.plannedFinish());
        if (task.durationDays() == 0 || span == 0) {
            return BigDecimal.ZERO;
        }
        int done = workingDays.between(task.plannedStart(), date);
        return divide(budget.multiply(BigDecimal.valueOf(done)), BigDecimal.valueOf(span));
    }

    /**
     * PV at the end of each working day from the baseline's start until the first working day on or after the
     * last planned finish, when all of BAC is planned. One sweep over the days: a task enters when its span
     * begins and leaves (with its whole budget) when it finishes, so each day sums only the tasks in progress
     * (the same values {@link #at} adds up, so the curve and {@code at} agree to the cent).
     */
    private List<BigDecimal> byWorkingDay(LocalDate lastFinish) {
        List<BigDecimal> curve = new ArrayList<>();
        curve.add(BigDecimal.ZERO.setScale(2));
        if (bac.signum() == 0) {
            return List.copyOf(curve);
        }
        List<BaselineTask> waiting = new ArrayList<>(leaves);
        waiting.sort(Comparator.comparing(PlannedValue::firstPlannedDay));
        int next = 0;
        List<BaselineTask> inProgress = new ArrayList<>();
        BigDecimal finished = BigDecimal.ZERO;
        for (LocalDate day = start;; day = day.plusDays(1)) {
            if (!workingDays.isWorkingDay(day)) {
                continue;
            }
            while (next < waiting.size() && !firstPlannedDay(waiting.get(next)).isAfter(day)) {
                inProgress.add(waiting.get(next++));
            }
            BigDecimal planned = BigDecimal.ZERO;
            for (var tasks = inProgress.iterator(); tasks.hasNext();) {
                BaselineTask task = tasks.next();
                if (!day.isBefore(task.plannedFinish())) {
                    finished = finished.add(budget(task));
                    tasks.remove();
                }
                else {
                    planned = planned.add(plannedOf(task, day));
                }
            }
            curve.add(money(finished.add(planned)));
            if (!day.isBefore(lastFinish)) {
                return List.copyOf(curve);
            }
        }
    }

    /** The first date a task plans anything: its start, or its finish when that comes first. */
    private static LocalDate firstPlannedDay(BaselineTask task) {
        return task.plannedFinish().isBefore(task.plannedStart()) ? task.plannedFinish() : task.plannedStart();
    }
}
