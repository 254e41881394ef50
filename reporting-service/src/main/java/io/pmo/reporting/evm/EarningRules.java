package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMath.HUNDRED;
import static io.pmo.reporting.evm.EvmMath.divide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.Checkpoint;

/**
 * How much of its budget a task has earned, by its earned value method (the earning rules of the PMI Practice
 * Standard for Earned Value Management and Fleming and Koppelman, "Earned Value Project Management"):
 * <ul>
 * <li>PERCENT_COMPLETE: percent complete x budget;</li>
 * <li>ZERO_HUNDRED: nothing until finished (an actual finish by the status date, or 100 %), then the budget;</li>
 * <li>FIFTY_FIFTY: half once started (an actual start by the status date, or any percent complete), all once
 * finished;</li>
 * <li>WEIGHTED_MILESTONES: the weights of the checkpoints done (of this task, each once) / 100 x budget.</li>
 * </ul>
 * Unrounded: the project's EV is rounded once, after the sum.
 */
final class EarningRules {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private EarningRules() {
    }

    static BigDecimal earned(BaselineTask task, ProgressFact progress, LocalDate statusDate) {
        if (progress == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal budget = PlannedValue.budget(task);
        return switch (task.earnedValueMethod()) {
            case PERCENT_COMPLETE -> divide(budget.multiply(progress.percentComplete()), HUNDRED);
            case ZERO_HUNDRED -> progress.finishedBy(statusDate) ? budget : BigDecimal.ZERO;
            case FIFTY_FIFTY -> progress.finishedBy(statusDate) ? budget
                    : progress.startedBy(statusDate) ? budget.multiply(HALF) : BigDecimal.ZERO;
            case WEIGHTED_MILESTONES -> divide(budget.multiply(weightDone(task, progress)), HUNDRED);
        };
    }

    private static BigDecimal weightDone(BaselineTask task, ProgressFact progress) {
        Set<String> done = new HashSet<>(progress.checkpointsDone());
        BigDecimal weight = BigDecimal.ZERO;
        if (task.checkpoints() != null) {
            for (Checkpoint checkpoint : task.checkpoints()) {
                if (done.remove(checkpoint.checkpointId())) {
                    weight = weight.add(checkpoint.weight());
                }
            }
        }
        return weight;
    }
}
