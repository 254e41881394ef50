package io.pmo.events.project;

import java.time.LocalDate;
import java.util.List;

import io.pmo.events.common.Money;

/**
 * A task as a baseline froze it: its plan and its scheduled dates (early dates of the critical path method;
 * the finish is the last day of work). A summary task's dates and cost are rolled up from its subtasks.
 */
public record BaselineTask(String taskId, String parentTaskId, String name, boolean summary, int durationDays,
        LocalDate plannedStart, LocalDate plannedFinish, Money plannedCost, EarnedValueMethod earnedValueMethod,
        List<Checkpoint> checkpoints) {
}
