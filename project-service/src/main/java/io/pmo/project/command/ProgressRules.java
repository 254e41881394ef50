package io.pmo.project.command;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.project.command.ProjectCommands.Progress;

/** The rules of a progress fact on one task; a broken rule is a {@link RuleViolated} naming the field at fault. */
final class ProgressRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRules() {
    }

    static void check(Task task, Progress progress) {
        if (progress.effectiveDate() == null) {
            throw new RuleViolated("Progress needs an effective date", "effectiveDate",
                    "must not be null");
        }
        BigDecimal percent = progress.percentComplete();
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new RuleViolated("Percent complete is between 0 and 100", "percentComplete",
                    "must be between 0 and 100");
        }
        if (progress.actualFinish() != null) {
            if (progress.actualStart() == null || progress.actualFinish().isBefore(progress.actualStart())) {
                throw new RuleViolated("A finished task needs an actual start on or before its finish",
                        "actualStart", "must be on or before actualFinish");
            }
            if (percent.compareTo(HUNDRED) != 0) {
                throw new RuleViolated("A finished task is 100 % complete", "percentComplete",
                        "must be 100 when actualFinish is given");
            }
        }
        checkCheckpoints(task, progress.checkpointsDone());
    }

    private static void checkCheckpoints(Task task, List<String> done) {
        if (task.earnedValueMethod() != EarnedValueMethod.WEIGHTED_MILESTONES) {
            if (!done.isEmpty()) {
                throw new RuleViolated("Task '" + task.name() + "' has no checkpoints", "checkpointsDone",
                        "must be empty for a " + task.earnedValueMethod() + " task");
            }
            return;
        }
        Set<String> known = new HashSet<>(task.checkpoints().stream().map(Checkpoint::checkpointId).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < done.size(); i++) {
            if (!known.contains(done.get(i)) || !seen.add(done.get(i))) {
                throw new RuleViolated("No checkpoint " + done.get(i) + " in task '" + task.name() + "'",
                        "checkpointsDone[" + i + "]", "must be a checkpoint of the task, listed once");
            }
        }
    }
}
