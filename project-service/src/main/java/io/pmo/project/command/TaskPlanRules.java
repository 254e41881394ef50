package io.pmo.project.command;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.project.command.ProjectCommands.TaskPlan;

/**
 * The rules of one task's plan that need no other task: a name, a duration of 0 days (a milestone) or more, an
 * earned-value method and, for WEIGHTED_MILESTONES, checkpoints weighing 100 together. The rules that span tasks
 * are the {@link WorkBreakdown}'s, which calls these in between its own.
 */
final class TaskPlanRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaskPlanRules() {
    }

    /** The plan as it is recorded: its name without surrounding blanks. */
    static TaskPlan normalized(TaskPlan plan) {
        return new TaskPlan(plan.parentTaskId(), plan.name() == null ? null : plan.name().strip(), plan.durationDays(),
                plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints());
    }

    static void checkNameAndDuration(TaskPlan plan) {
        if (plan.name() == null || plan.name().isBlank()) {
            throw new RuleViolated("A task needs a name", "name", "must not be blank");
        }
        if (plan.durationDays() < 0) {
            throw new RuleViolated("A duration cannot be negative", "durationDays",
                    "must be 0 (a milestone) or more working days");
        }
    }

    static void checkEarnedValueMethod(EarnedValueMethod method, List<Checkpoint> checkpoints) {
        if (method == null) {
            throw new RuleViolated("A task needs an earned-value method", "earnedValueMethod",
                    "must not be null");
        }
        if (method != EarnedValueMethod.WEIGHTED_MILESTONES) {
            if (!checkpoints.isEmpty()) {
                throw new RuleViolated("Only a WEIGHTED_MILESTONES task has checkpoints", "checkpoints",
                        "must be empty for " + method);
            }
            return;
        }
        if (checkpoints.isEmpty()) {
            throw new RuleViolated("A WEIGHTED_MILESTONES task needs checkpoints", "checkpoints",
                    "must list weighted checkpoints adding up to 100");
        }
        Set<String> ids = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint checkpoint = checkpoints.get(i);
            String field = "checkpoints[" + i + "]";
            if (checkpoint.checkpointId() == null || checkpoint.checkpointId().isBlank()
                    || !ids.add(checkpoint.checkpointId())) {
                throw new RuleViolated("Each checkpoint needs its own id", field + ".checkpointId",
                        "must be present and unique within the task");
            }
            if (checkpoint.name() == null || checkpoint.name().isBlank()) {
                throw new RuleViolated("A checkpoint needs a name", field + ".name", "must not be blank");
            }
            if (checkpoint.weight() == null || checkpoint.weight().signum() <= 0) {
                throw new RuleViolated("A checkpoint's weight must be positive", field + ".weight",
                        "must be more than 0");
            }
            total = total.add(checkpoint.weight());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new RuleViolated("The checkpoint weights add up to " + total.toPlainString()
                    + ", not 100", "checkpoints", "weights must add up to 100");
        }
    }
}
