package io.pmo.project.schedule;

import java.time.LocalDate;
import java.util.List;

import io.pmo.events.common.Money;

/**
 * A task of a work breakdown structure as the scheduler needs it: its place in the tree, its duration in
 * working days, its planned cost and its predecessors. A task with subtasks is a summary task: its own
 * duration and cost are ignored, its dates and cost roll up from its subtasks. A milestone's {@code targetDate}
 * (null: none) is a finish-no-later-than constraint: float turns negative when it cannot be met.
 */
public record WbsTask(String taskId, String parentTaskId, int durationDays, Money plannedCost,
        List<Dependency> predecessors, LocalDate targetDate) {

    public WbsTask {
        predecessors = List.copyOf(predecessors);
    }
}
