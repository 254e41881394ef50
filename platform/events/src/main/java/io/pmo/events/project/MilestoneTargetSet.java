package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A milestone (a task of 0 days) got a target date: the day it must be reached by (null: the target was
 * cleared). The schedule treats it as a finish-no-later-than constraint.
 */
@Revision("1")
public record MilestoneTargetSet(String projectId, String tenantId, String taskId, LocalDate targetDate,
        LocalDate previousTargetDate) implements ProjectEvent {
}
