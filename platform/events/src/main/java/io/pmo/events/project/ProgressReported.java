package io.pmo.events.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A task's progress as of {@code effectiveDate} (a business date, separate from when it was recorded): the
 * cumulative percent complete, the actual start and finish if known, and the checkpoints done of a
 * WEIGHTED_MILESTONES task. {@code factId} names this fact, so that a later correction can refer to it.
 */
@Revision("1")
public record ProgressReported(String projectId, String tenantId, String taskId, String factId,
        LocalDate effectiveDate, BigDecimal percentComplete, LocalDate actualStart, LocalDate actualFinish,
        List<String> checkpointsDone) implements ProjectEvent {
}
