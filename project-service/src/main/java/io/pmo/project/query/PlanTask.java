package io.pmo.project.query;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.TaskDependency;
import io.pmo.project.query.ProjectPlan.PlannedTask;

/**
 * One task of a {@link ProjectPlan}, a document of its own so that a change to a task writes that task only.
 * {@code id} is the project id and the task id; {@code order} the project's sequence number of the task's
 * {@code TaskAdded}, which orders the plan's tasks as they were added; {@code version} the sequence of the last
 * event that changed the task.
 */
@Document(PlanTask.COLLECTION)
record PlanTask(@Id String id, String tenantId, String projectId, long order, String taskId, String parentTaskId,
        String name, int durationDays, Money plannedCost, EarnedValueMethod earnedValueMethod,
        List<Checkpoint> checkpoints, List<TaskDependency> predecessors, LocalDate targetDate, LocalDate reachedOn,
        boolean missed, long version) {

    static final String COLLECTION = "project_plan_tasks";

    static String idOf(String projectId, String taskId) {
        return projectId + ":" + taskId;
    }

    PlannedTask planned() {
        return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod, checkpoints,
                predecessors, targetDate, reachedOn, missed);
    }
}
