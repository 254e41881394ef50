package io.pmo.project.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import io.pmo.events.common.Money;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;

/**
 * A task of the project's work breakdown structure, an entity of the {@link Project} aggregate. Its state
 * changes only through the events routed to it by task id; the rules that span tasks (the tree, dependencies
 * and their cycles, the currency) are checked by the project, which owns every command.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Task {

    @EntityId
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

    @EventSourcingHandler
    void on(TaskPlanChanged event) {
        parentTaskId = event.parentTaskId();
        name = event.name();
        durationDays = event.durationDays();
        plannedCost = event.plannedCost();
        earnedValueMethod = event.earnedValueMethod();
        checkpoints = List.copyOf(event.checkpoints());
    }

    @EventSourcingHandler
    void on(TaskDependenciesChanged event) {
        predecessors = List.copyOf(event.predecessors());
    }

    @EventSourcingHandler
    void on(MilestoneTargetSet event) {
        targetDate = event.targetDate();
    }

    @EventSourcingHandler
    void on(MilestoneReached event) {
        reachedOn = event.reachedOn();
    }

    @EventSourcingHandler
    void on(MilestoneMissed event) {
        missed = true;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    LocalDate reachedOn() {
        return reachedOn;
    }

    boolean missed() {
        return missed;
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

    EarnedValueMethod earnedValueMethod() {
        return earnedValueMethod;
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    List<TaskDependency> predecessors() {
        return predecessors;
    }
}
