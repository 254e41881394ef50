package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A milestone was reached on {@code reachedOn} (the actual finish reported for it); {@code late} when that is
 * after its target date.
 */
@Revision("1")
public record MilestoneReached(String projectId, String tenantId, String taskId, LocalDate reachedOn,
        LocalDate targetDate, boolean late) implements ProjectEvent {
}
