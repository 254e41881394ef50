package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMath.index;
import static io.pmo.reporting.evm.EvmMath.money;
import static io.pmo.reporting.evm.EvmMath.ratio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pmo.events.project.BaselineTask;

/**
 * Earned value of one project: its performance baseline and its progress and cost facts in, the figures of a
 * status date ({@link #at}) or an S-curve ({@link #series}) out. Immutable and side-effect free; build a new one
 * when facts arrive. Building one time-phases the baseline once (planned value at the end of each of its working
 * days, for earned schedule); each status date then costs one pass over the leaf tasks and the facts.
 *
 * <p>As of a status date a task's progress is its latest fact effective on or before that date (ties: the last
 * recorded), with corrections applied; AC is the sum of the cost facts effective on or before it. Only facts and
 * corrections recorded by {@code asOf} count, so a report can be reproduced as it was shown at that instant.
 * See the package documentation for the rounding and the other conventions.
 */
public final class EarnedValueCalculator {

    private final List<BaselineTask> leaves;

    private final String currency;

    private final PlannedValue planned;

    private final List<ProgressFact> progress;

    private final List<CostFact> costs;

    /**
     * @param progress progress facts and their corrections, in any order (ties of {@code recordedAt} keep this
     *        order)
     * @param costs cost facts and their corrections, likewise
     * @throws MixedCurrenciesException if a cost is in another currency than the baseline (or than the first
     *         cost, when the baseline names none)
     */
    public EarnedValueCalculator(PerformanceBaseline baseline, List<ProgressFact> progress, List<CostFact> costs) {
        this.leaves = Objects.requireNonNull(baseline, "baseline").leaves();
        this.progress = List.copyOf(progress);
        this.costs = List.copyOf(costs);
        this.currency = baseline.currency() != null ? baseline.currency()
                : this.costs.stream().map(cost -> cost.amount().currency()).findFirst().orElse(null);
        for (CostFact cost : this.costs) {
            if (!cost.amount().currency().equals(currency)) {
                throw new MixedCurrenciesException(currency, cost.amount().currency(), "cost fact " + cost.factId());
            }
        }
        this.planned = PlannedValue.of(baseline);
    }

    /** The figures at the end of {@code statusDate}, from every fact given. */
    public EarnedValue at(LocalDate statusDate) {
        return at(statusDate, null);
    }

    /** The figures at the end of {@code statusDate}, from the facts recorded by {@code asOf} ({@code null}: all). */
    public EarnedValue at(LocalDate statusDate, Instant asOf) {
        SCurvePoint point = point(statusDate, RecordedFact.current(progress, asOf),
                RecordedFact.current(costs, asOf));
        BigDecimal bac = planned.bac();
        BigDecimal pv = point.pv();
        BigDecimal ev = point.ev();
        BigDecimal ac = point.ac();
        return new EarnedValue(statusDate, asOf, currency, bac, pv, ev, ac, ev.subtract(pv), ev.subtract(ac),
                ratio(ev, pv, "PV is 0: no work was planned by the status date"),
                ratio(ev, ac, "AC is 0: no cost was recorded by the status date"),
                ratio(bac.subtract(ev), bac.subtract(ac), "BAC - AC is 0: the whole budget is spent"),
                Forecast.all(bac, ev, ac, pv), earnedSchedule(statusDate, ev));
    }

    /** {@link #series(LocalDate, LocalDate, SCurvePeriod, Instant)} from every fact given. */
    public List<SCurvePoint> series(LocalDate from, LocalDate to, SCurvePeriod period) {
        return series(from, to, period, null);
    }

    /**
     * Cumulative PV, EV and AC for an S-curve: one point per period that overlaps {@code [from, to]}, at the
     * period's last calendar day (see {@link SCurvePeriod}), the last point at {@code to} when its period ends
     * later, so the curve reaches the date asked for.
     */
    public List<SCurvePoint> series(LocalDate from, LocalDate to, SCurvePeriod period, Instant asOf) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An S-curve runs forward: " + to + " is before " + from);
        }
        List<ProgressFact> currentProgress = RecordedFact.current(progress, asOf);
        List<CostFact> currentCosts = RecordedFact.current(costs, asOf);
        List<SCurvePoint> points = new ArrayList<>();
        for (LocalDate end = period.endOf(from);; end = period.endOf(end.plusDays(1))) {
            points.add(point(end.isAfter(to) ? to : end, currentProgress, currentCosts));
            if (!end.isBefore(to)) {
                return List.copyOf(points);
            }
        }
    }

    private SCurvePoint point(LocalDate date, List<ProgressFact> currentProgress, List<CostFact> currentCosts) {
        Map<String, ProgressFact> latest = new HashMap<>();
        for (ProgressFact fact : currentProgress) {
            if (!fact.effectiveDate().isAfter(date)) {
                latest.merge(fact.taskId(), fact,
                        (known, later) -> later.effectiveDate().isBefore(known.effectiveDate()) ? known : later);
            }
        }
        BigDecimal ev = BigDecimal.ZERO;
        for (BaselineTask task : leaves) {
            ev = ev.add(EarningRules.earned(task, latest.get(task.taskId()), date));
        }
        BigDecimal ac = currentCosts.stream().filter(cost -> !cost.effectiveDate().isAfter(date))
                .map(cost -> cost.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SCurvePoint(date, planned.at(date), money(ev), money(ac));
    }

    private EarnedSchedule earnedSchedule(LocalDate statusDate, BigDecimal ev) {
        int at = planned.actualTime(statusDate);
        Figure es = planned.earnedSchedule(ev);
        if (!es.hasValue()) {
            String reason = "ES is undefined: " + es.reason();
            return new EarnedSchedule(es, at, Figure.undefined(reason), Figure.undefined(reason));
        }
        BigDecimal actualTime = BigDecimal.valueOf(at);
        return new EarnedSchedule(Figure.of(index(es.value())), at,
                ratio(es.value(), actualTime, "AT is 0: the status date is before the baseline's first working day"),
                Figure.of(index(es.value().subtract(actualTime))));
    }
}
