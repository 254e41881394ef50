package io.pmo.events.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A correction of an earlier progress fact ({@code correctsFactId}): its values replace that fact's, as of
 * {@code effectiveDate}, from the moment this correction was recorded. What the platform showed before stays
 * in the history.
 */
@Revision("1")
public record ProgressCorrected(String projectId, String tenantId, String taskId, String factId,
        String correctsFactId, LocalDate effectiveDate, BigDecimal percentComplete, LocalDate actualStart,
        LocalDate actualFinish, List<String> checkpointsDone, String reason) implements ProjectEvent {
}
