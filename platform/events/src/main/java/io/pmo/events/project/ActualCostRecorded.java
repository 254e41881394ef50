package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * Cost incurred on a task, booked at {@code effectiveDate} (a business date, separate from when it was
 * recorded), in the project's currency. Actual cost to a date is the sum of the amounts effective by then.
 */
@Revision("1")
public record ActualCostRecorded(String projectId, String tenantId, String taskId, String factId,
        LocalDate effectiveDate, Money amount) implements ProjectEvent {
}
