package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A correction of an earlier cost fact ({@code correctsFactId}): its amount and effective date replace that
 * fact's from the moment this correction was recorded. What the platform showed before stays in the history.
 */
@Revision("1")
public record ActualCostCorrected(String projectId, String tenantId, String taskId, String factId,
        String correctsFactId, LocalDate effectiveDate, Money amount, String reason) implements ProjectEvent {
}
