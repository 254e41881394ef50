package io.pmo.reporting.evm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;

/**
 * Cost booked on a task at {@code effectiveDate}, an increment (actual cost to a date is the sum of the amounts
 * effective by then). A correction ({@code correctsFactId} set) replaces the corrected fact's amount and
 * effective date from {@code recordedAt} on.
 */
public record CostFact(String factId, String correctsFactId, String taskId, LocalDate effectiveDate, Money amount,
        Instant recordedAt) implements RecordedFact {

    public CostFact {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The fact of an {@code ActualCostRecorded} event recorded (event timestamp) at {@code recordedAt}. */
    public static CostFact of(ActualCostRecorded event, Instant recordedAt) {
        return new CostFact(event.factId(), null, event.taskId(), event.effectiveDate(), event.amount(), recordedAt);
    }

    /** The fact of an {@code ActualCostCorrected} event recorded (event timestamp) at {@code recordedAt}. */
    public static CostFact of(ActualCostCorrected event, Instant recordedAt) {
        return new CostFact(event.factId(), event.correctsFactId(), event.taskId(), event.effectiveDate(),
                event.amount(), recordedAt);
    }
}
