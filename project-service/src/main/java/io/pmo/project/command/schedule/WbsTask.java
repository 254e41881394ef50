package io.pmo.project.command.schedule;

import java.util.List;

import io.pmo.events.common.Money;

/**
 * A task of a work breakdown structure as the scheduler needs it: its place in the tree, its duration in
 * working days, its planned cost and its predecessors. A task with subtasks is a summary task: its own
 * duration and cost are ignored, its dates and cost roll up from its subtasks.
 */
public record WbsTask(String taskId, String parentTaskId, int durationDays, Money plannedCost,
        List<Dependency> predecessors) {

    public WbsTask {
        predecessors = List.copyOf(predecessors);
    }
}
