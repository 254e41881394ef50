package io.pmo.project.command;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.schedule.Activity;
import io.pmo.project.schedule.CriticalPathMethod;
import io.pmo.project.schedule.DependencyCycleException;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WbsTask;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * The project's work breakdown structure: its {@link Task}s in the order they were added, the tree they form,
 * the links between them and their milestones. A part of the {@link Project}, which asks it to check a command
 * (a broken rule is a domain rejection naming the field at fault) and hands it the events to change by; plain
 * Java, so that its rules are tested without Axon.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class WorkBreakdown {

    /** By task id, in the order tasks were added (a snapshot restores the declared, ordered type). */
    private LinkedHashMap<String, Task> tasks = new LinkedHashMap<>();

    /** Checks a task to add; answers its plan as the event records it. */
    TaskPlan checkNew(String taskId, TaskPlan plan, String currency) {
        if (tasks.containsKey(taskId)) {
            throw new StateConflict("Task " + taskId + " already exists");
        }
        TaskPlan normalized = TaskPlanRules.normalized(plan);
        checkPlan(taskId, normalized, currency);
        return normalized;
    }

    /** Checks a task's new plan; answers it as the event records it. */
    TaskPlan checkReplan(String taskId, TaskPlan plan, String currency) {
        Task task = task(taskId);
        TaskPlan normalized = TaskPlanRules.normalized(plan);
        checkPlan(taskId, normalized, currency);
        task.checkReplan(normalized);
        return normalized;
    }

    private void checkPlan(String taskId, TaskPlan plan, String currency) {
        TaskPlanRules.checkNameAndDuration(plan);
        checkParent(taskId, plan.parentTaskId());
        if (plan.plannedCost() != null) {
            Amounts.check("plannedCost", plan.plannedCost(), currency);
        }
        TaskPlanRules.checkEarnedValueMethod(plan.earnedValueMethod(), plan.checkpoints());
    }

    private void checkParent(String taskId, String parentTaskId) {
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
        if (!parent.predecessors().isEmpty() || !successorsOf(parentTaskId).isEmpty()) {
            throw new RuleViolated("Task '" + parent.name() + "' has dependencies, so it cannot get "
                    + "subtasks: link the subtasks instead", "parentTaskId", "must be a task without dependencies");
        }
    }

    /** Checks a task's new predecessors, including that they close no cycle; answers them as recorded. */
    List<TaskDependency> checkDependencies(String taskId, List<TaskDependency> links) {
        task(taskId);
        List<TaskDependency> predecessors = links == null ? List.of() : List.copyOf(links);
        if (!childrenOf(taskId).isEmpty()) {
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
            if (!childrenOf(dependency.predecessorTaskId()).isEmpty()) {
                throw new RuleViolated("Task '" + predecessor.name() + "' is a summary task: link one of "
                        + "its subtasks instead", field + ".predecessorTaskId", "must not be a summary task");
            }
        }
        checkAcyclic(taskId, predecessors);
        return predecessors;
    }

    private void checkAcyclic(String taskId, List<TaskDependency> predecessors) {
        List<Activity> network = tasks.values().stream()
                .map(task -> task.scheduled(task.taskId().equals(taskId) ? predecessors : task.predecessors()))
                .map(task -> new Activity(task.taskId(), task.durationDays(), task.predecessors(), null, null))
                .toList();
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

    /** A task is removed only when no task sits under it and none depends on it. */
    void checkRemoval(String taskId) {
        Task task = task(taskId);
        if (!childrenOf(taskId).isEmpty()) {
            throw new StateConflict("Task '" + task.name() + "' has subtasks: remove or move them first",
                    Map.of("subtasks", childrenOf(taskId)));
        }
        if (!successorsOf(taskId).isEmpty()) {
            throw new StateConflict("Other tasks depend on task '" + task.name() + "': remove those dependencies "
                    + "first", Map.of("successors", successorsOf(taskId)));
        }
    }

    /** The milestone whose target date is to be set. */
    Task checkTarget(String taskId) {
        Task task = task(taskId);
        task.checkTargetable(!childrenOf(taskId).isEmpty());
        return task;
    }

    /** A task of the project that is not a summary task: progress and cost are reported on those. */
    Task workTask(String taskId) {
        Task task = taskId == null ? null : tasks.get(taskId);
        if (task == null) {
            throw new RuleViolated("No task " + taskId + " in this project", "taskId",
                    "must be a task of this project");
        }
        if (!childrenOf(taskId).isEmpty()) {
            throw new RuleViolated("Task '" + task.name() + "' is a summary task: report on its subtasks",
                    "taskId", "must not be a summary task");
        }
        return task;
    }

    Task task(String taskId) {
        Task task = tasks.get(taskId);
        if (task == null) {
            throw new NotFound("No task " + taskId + " in this project");
        }
        return task;
    }

    /** The milestones missed by {@code today} and not recorded as missed yet, in task order. */
    List<Task> missedBy(LocalDate today) {
        return tasks.values().stream().filter(task -> task.missedBy(today)).toList();
    }

    boolean isEmpty() {
        return tasks.isEmpty();
    }

    boolean hasAmounts() {
        return tasks.values().stream().anyMatch(task -> task.plannedCost() != null);
    }

    /** The tasks dated by the critical path method from {@code start} on {@code calendar}. */
    WbsSchedule schedule(LocalDate start, WorkingCalendar calendar) {
        List<WbsTask> wbs = tasks.values().stream().map(task -> task.scheduled(task.predecessors())).toList();
        return WbsSchedule.of(wbs, start, calendar, null);
    }

    /** Every task with the dates {@code schedule} gave it, in task order, as a baseline freezes them. */
    List<BaselineTask> frozen(WbsSchedule schedule) {
        return tasks.values().stream().map(task -> task.frozen(schedule.tasks().get(task.taskId()))).toList();
    }

    List<String> childrenOf(String taskId) {
        return tasks.values().stream().filter(task -> taskId.equals(task.parentTaskId())).map(Task::taskId).toList();
    }

    List<String> successorsOf(String taskId) {
        return tasks.values().stream()
                .filter(task -> task.predecessors().stream().anyMatch(link -> link.predecessorTaskId().equals(taskId)))
                .map(Task::taskId).toList();
    }

    void on(TaskAdded event) {
        tasks.put(event.taskId(), new Task(event));
    }

    void on(TaskRemoved event) {
        tasks.remove(event.taskId());
    }

    /*
     * An event for a task that is not there changes nothing, as when Axon forwarded it to the matching task
     * entity: a stored stream is replayed as it was written.
     */

    void on(TaskPlanChanged event) {
        change(event.taskId(), task -> task.on(event));
    }

    void on(TaskDependenciesChanged event) {
        change(event.taskId(), task -> task.on(event));
    }

    void on(MilestoneTargetSet event) {
        change(event.taskId(), task -> task.on(event));
    }

    void on(MilestoneReached event) {
        change(event.taskId(), task -> task.on(event));
    }

    void on(MilestoneMissed event) {
        change(event.taskId(), Task::markMissed);
    }

    private void change(String taskId, Consumer<Task> change) {
        Task task = tasks.get(taskId);
        if (task != null) {
            change.accept(task);
        }
    }
}
