package io.pmo.events.project;

import java.util.List;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A task was added to the project's work breakdown structure, under {@code parentTaskId} (null: top level).
 * A task with subtasks is a summary task: its dates and cost roll up from them. A task of 0 days is a
 * milestone.
 */
@Revision("1")
public record TaskAdded(String projectId, String tenantId, String taskId, String parentTaskId, String name,
        int durationDays, Money plannedCost, EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints)
        implements ProjectEvent {
}
