package io.pmo.project.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.TaskDependency;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.schedule.Activity;
import io.pmo.project.schedule.CriticalPathMethod;
import io.pmo.project.schedule.Dependency;
import io.pmo.project.schedule.DependencyCycleException;
import io.pmo.project.schedule.DependencyType;

/**
 * The rules of a project's work breakdown structure that span tasks: the tree, dependencies and their cycles,
 * amounts in the project's currency, earned-value checkpoints. Pure checks over the project's tasks; a broken
 * rule is a {@link RuleViolated} naming the field at fault. The {@link Project} calls them before applying anything.
 */
final class WorkBreakdownRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WorkBreakdownRules() {
    }

    /** Checks a task's plan; {@code taskId} is the task being added or changed. */
    static void checkPlan(Map<String, Task> tasks, String taskId, TaskPlan plan, String currency) {
        if (plan.name() == null || plan.name().isBlank()) {
            throw new RuleViolated("A task needs a name", "name", "must not be blank");
        }
        if (plan.durationDays() < 0) {
            throw new RuleViolated("A duration cannot be negative", "durationDays",
                    "must be 0 (a milestone) or more working days");
        }
        checkParent(tasks, taskId, plan.parentTaskId());
        if (plan.plannedCost() != null) {
            checkAmount("plannedCost", plan.plannedCost(), currency);
        }
        checkEarnedValueMethod(plan.earnedValueMethod(), plan.checkpoints());
    }

    private static void checkParent(Map<String, Task> tasks, String taskId, String parentTaskId) {
        if (parentTaskId == null) {
            return;
        }
        Task parent = tasks.get(parentTaskId);
        if (parent == null) {
            throw new RuleViolated("No task " + parentTaskId + " in this project", "parentTaskId",
                    "must be a task of this project");
        }
        for (String ancestor = parentTaskId; ancestor != null; ancestor = tasks.get(ancestor).parentTaskId()) {
            if (ancestor.equals(taskId)) {
                throw new RuleViolated("A task cannot sit under itself or one of its subtasks",
                        "parentTaskId", "must not be the task or one of its subtasks");
            }
        }
        if (!parent.predecessors().isEmpty() || !successorsOf(tasks, parentTaskId).isEmpty()) {
            throw new RuleViolated("Task '" + parent.name() + "' has dependencies, so it cannot get "
                    + "subtasks: link the subtasks instead", "parentTaskId", "must be a task without dependencies");
        }
    }

    /** An amount must not be negative and must be in the project's currency, which must be set. */
    static void checkAmount(String field, io.pmo.events.common.Money amount, String currency) {
        if (amount.amount().signum() < 0) {
            throw new RuleViolated("An amount cannot be negative", field + ".amount",
                    "must not be negative");
        }
        if (currency == null) {
            throw new RuleViolated("Set the project's currency (its details) before any amount",
                    field + ".currency", "the project has no currency yet");
        }
        if (!currency.equals(amount.currency())) {
            throw new RuleViolated("The project's amounts are in " + currency + ", not "
                    + amount.currency(), field + ".currency", "must be the project's currency " + currency);
        }
    }

    private static void checkEarnedValueMethod(EarnedValueMethod method, List<Checkpoint> checkpoints) {
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

    /** Checks a task's new predecessors, including that they close no cycle. */
    static void checkDependencies(Map<String, Task> tasks, String taskId, List<TaskDependency> predecessors) {
        if (!childrenOf(tasks, taskId).isEmpty()) {
            throw new RuleViolated("Task '" + tasks.get(taskId).name() + "' is a summary task: link its "
                    + "subtasks instead", "predecessors", "a summary task has no dependencies");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < predecessors.size(); i++) {
            TaskDependency dependency = predecessors.get(i);
            String field = "predecessors[" + i + "]";
            if (dependency.type() == null) {
                throw new RuleViolated("A dependency needs a type", field + ".type", "must be FS, SS or FF");
            }
            Task predecessor = tasks.get(dependency.predecessorTaskId());
            if (predecessor == null) {
                throw new RuleViolated("No task " + dependency.predecessorTaskId() + " in this project",
                        field + ".predecessorTaskId", "must be a task of this project");
            }
            if (!seen.add(dependency.predecessorTaskId())) {
                throw new RuleViolated("Task '" + predecessor.name() + "' is listed twice",
                        field + ".predecessorTaskId", "must appear once");
            }
            if (!childrenOf(tasks, dependency.predecessorTaskId()).isEmpty()) {
                throw new RuleViolated("Task '" + predecessor.name() + "' is a summary task: link one of "
                        + "its subtasks instead", field + ".predecessorTaskId", "must not be a summary task");
            }
        }
        List<Activity> network = new ArrayList<>();
        for (Task task : tasks.values()) {
            List<TaskDependency> links = task.taskId().equals(taskId) ? predecessors : task.predecessors();
            network.add(new Activity(task.taskId(), task.durationDays(), links.stream()
                    .map(link -> new Dependency(link.predecessorTaskId(), DependencyType.valueOf(link.type().name()),
                            link.lagDays()))
                    .toList(), null, null));
        }
        try {
            CriticalPathMethod.schedule(network);
        }
        catch (DependencyCycleException ex) {
            List<String> names = ex.cycle().stream().map(id -> "'" + tasks.get(id).name() + "'").toList();
            throw new RuleViolated("These dependencies would form a cycle: " + String.join(" -> ", names),
                    Map.of("cycle", ex.cycle(), RuleViolated.ERRORS, List.of(RuleViolated.fieldError("predecessors",
                            "would form a cycle: " + String.join(" -> ", ex.cycle())))));
        }
    }

    static List<String> childrenOf(Map<String, Task> tasks, String taskId) {
        return tasks.values().stream().filter(task -> taskId.equals(task.parentTaskId())).map(Task::taskId).toList();
    }

    static List<String> successorsOf(Map<String, Task> tasks, String taskId) {
        return tasks.values().stream()
                .filter(task -> task.predecessors().stream().anyMatch(link -> link.predecessorTaskId().equals(taskId)))
                .map(Task::taskId).toList();
    }
}
