package io.pmo.events.project;

import java.util.List;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/** A task's plan changed: it carries the whole new plan of the task, including where it sits in the tree. */
@Revision("1")
public record TaskPlanChanged(String projectId, String tenantId, String taskId, String parentTaskId, String name,
        int durationDays, Money plannedCost, EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints)
        implements ProjectEvent {
}
