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
 * event that changed the task; {@code slot} the project id and how many tasks the project had added before this
 * one, unique, so that a plan's tasks are found by a lookup of its slots rather than a query over every project's
 * tasks (the dev stack's MongoDB-wire server uses an index only for a query on exactly its keys: {@code _id} and
 * unique indexes such as the one on {@code slot}, with {@code $in}).
 */
@Document(PlanTask.COLLECTION)
record PlanTask(@Id String id, String tenantId, String projectId, String slot, long order, String taskId,
        String parentTaskId,
        String name, int durationDays, Money plannedCost, EarnedValueMethod earnedValueMethod,
        List<Checkpoint> checkpoints, List<TaskDependency> predecessors, LocalDate targetDate, LocalDate reachedOn,
        boolean missed, long version) {

    static final String COLLECTION = "project_plan_tasks";

    static final String SLOT = "slot";

    static String idOf(String projectId, String taskId) {
        return projectId + ":" + taskId;
    }

    static String slotOf(String projectId, long index) {
        return projectId + "#" + index;
    }

    PlannedTask planned() {
        return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod, checkpoints,
                predecessors, targetDate, reachedOn, missed);
    }
}
