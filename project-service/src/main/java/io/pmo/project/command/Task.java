package io.pmo.project.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.schedule.DatedTask;
import io.pmo.project.schedule.Dependency;
import io.pmo.project.schedule.DependencyType;
import io.pmo.project.schedule.WbsTask;

/**
 * A task of the project's {@link WorkBreakdown}: its plan, its links to the tasks before it and, for a milestone
 * (a task of 0 days), its target date and whether it was reached or missed. It checks the rules that concern it
 * alone (a progress fact on it, a new plan or target date for it); the rules that span tasks are the work
 * breakdown's. Its state changes only through the events the work breakdown hands it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Task {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private String taskId;

    private String parentTaskId;

    private String name;

    private int durationDays;

    private Money plannedCost;

    private EarnedValueMethod earnedValueMethod;

    private List<Checkpoint> checkpoints;

    private List<TaskDependency> predecessors = List.of();

    /** A milestone's target date (null: none), when it was reached, and whether its target passed unreached. */
    private LocalDate targetDate;

    private LocalDate reachedOn;

    private boolean missed;

    /** For a snapshot's JSON. */
    private Task() {
    }

    Task(TaskAdded event) {
        this.taskId = event.taskId();
        this.parentTaskId = event.parentTaskId();
        this.name = event.name();
        this.durationDays = event.durationDays();
        this.plannedCost = event.plannedCost();
        this.earnedValueMethod = event.earnedValueMethod();
        this.checkpoints = List.copyOf(event.checkpoints());
    }

    /** A milestone with a target date keeps its 0 days until the target is cleared. */
    void checkReplan(TaskPlan plan) {
        if (targetDate != null && plan.durationDays() != 0) {
            throw new RuleViolated("Milestone '" + name + "' has a target date: clear it before "
                    + "giving the task a duration", "durationDays", "must stay 0 while the milestone has a target date");
        }
    }

    /** Whether the plan says something else than the task's plan, so that changing to it is an event. */
    boolean differsFrom(TaskPlan plan) {
        return !Objects.equals(parentTaskId, plan.parentTaskId()) || !name.equals(plan.name())
                || durationDays != plan.durationDays() || !Objects.equals(plannedCost, plan.plannedCost())
                || earnedValueMethod != plan.earnedValueMethod() || !checkpoints.equals(plan.checkpoints());
    }

    /** Only a milestone that is no summary task has a target date, and only until it is reached. */
    void checkTargetable(boolean summary) {
        if (durationDays != 0 || summary) {
            throw new RuleViolated("Only a milestone (a task of 0 days) has a target date", "targetDate",
                    "must be empty for a task that is not a milestone");
        }
        if (reachedOn != null) {
            throw new StateConflict("Milestone '" + name + "' was reached on " + reachedOn,
                    Map.of("reachedOn", reachedOn));
        }
    }

    /** A milestone whose target date lies before {@code today} unreached, and not yet recorded as missed. */
    boolean missedBy(LocalDate today) {
        return targetDate != null && reachedOn == null && !missed && targetDate.isBefore(today);
    }

    /**
     * The day a milestone not reached yet is reached by this progress, if it reports the milestone finished: its
     * actual finish, or else the fact's effective date; null if the progress reaches nothing.
     */
    LocalDate reachedBy(Progress progress) {
        boolean finished = progress.actualFinish() != null || progress.percentComplete().compareTo(HUNDRED) == 0;
        if (durationDays != 0 || reachedOn != null || !finished) {
            return null;
        }
        return progress.actualFinish() != null ? progress.actualFinish() : progress.effectiveDate();
    }

    /** The rules of a progress fact on this task; a broken rule is a {@link RuleViolated} naming its field. */
    void checkProgress(Progress progress) {
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
        checkCheckpointsDone(progress.checkpointsDone());
    }

    private void checkCheckpointsDone(List<String> done) {
        if (earnedValueMethod != EarnedValueMethod.WEIGHTED_MILESTONES) {
            if (!done.isEmpty()) {
                throw new RuleViolated("Task '" + name + "' has no checkpoints", "checkpointsDone",
                        "must be empty for a " + earnedValueMethod + " task");
            }
            return;
        }
        Set<String> known = new HashSet<>(checkpoints.stream().map(Checkpoint::checkpointId).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < done.size(); i++) {
            if (!known.contains(done.get(i)) || !seen.add(done.get(i))) {
                throw new RuleViolated("No checkpoint " + done.get(i) + " in task '" + name + "'",
                        "checkpointsDone[" + i + "]", "must be a checkpoint of the task, listed once");
            }
        }
    }

    /** The task as the schedule sees it, with {@code links} as its predecessors. */
    WbsTask scheduled(List<TaskDependency> links) {
        return new WbsTask(taskId, parentTaskId, durationDays, plannedCost, links.stream()
                .map(link -> new Dependency(link.predecessorTaskId(), DependencyType.valueOf(link.type().name()),
                        link.lagDays()))
                .toList(), targetDate);
    }

    /** The task frozen in a baseline, with the dates the schedule gave it. */
    BaselineTask frozen(DatedTask dated) {
        return new BaselineTask(taskId, parentTaskId, name, dated.summary(), dated.durationDays(), dated.earlyStart(),
                dated.earlyFinish(), dated.plannedCost(), earnedValueMethod, checkpoints);
    }

    void on(TaskPlanChanged event) {
        parentTaskId = event.parentTaskId();
        name = event.name();
        durationDays = event.durationDays();
        plannedCost = event.plannedCost();
        earnedValueMethod = event.earnedValueMethod();
        checkpoints = List.copyOf(event.checkpoints());
    }

    void on(TaskDependenciesChanged event) {
        predecessors = List.copyOf(event.predecessors());
    }

    void on(MilestoneTargetSet event) {
        targetDate = event.targetDate();
    }

    void on(MilestoneReached event) {
        reachedOn = event.reachedOn();
    }

    void markMissed() {
        missed = true;
    }

    /**
     * Value equality over the whole state: Axon's test fixture compares the aggregate built by the command
     * handler with the one sourced from its events, and a map of tasks compares its values with equals.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Task task && taskId.equals(task.taskId)
                && Objects.equals(parentTaskId, task.parentTaskId) && Objects.equals(name, task.name)
                && durationDays == task.durationDays && Objects.equals(plannedCost, task.plannedCost)
                && earnedValueMethod == task.earnedValueMethod && Objects.equals(checkpoints, task.checkpoints)
                && Objects.equals(predecessors, task.predecessors) && Objects.equals(targetDate, task.targetDate)
                && Objects.equals(reachedOn, task.reachedOn) && missed == task.missed;
    }

    @Override
    public int hashCode() {
        return taskId.hashCode();
    }

    String taskId() {
        return taskId;
    }

    String parentTaskId() {
        return parentTaskId;
    }

    String name() {
        return name;
    }

    int durationDays() {
        return durationDays;
    }

    Money plannedCost() {
        return plannedCost;
    }

    List<TaskDependency> predecessors() {
        return predecessors;
    }

    LocalDate targetDate() {
        return targetDate;
    }
}
