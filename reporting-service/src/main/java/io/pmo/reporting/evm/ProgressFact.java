package io.pmo.reporting.evm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;

/**
 * A task's progress as of {@code effectiveDate}: cumulative percent complete, actual start and finish, the
 * checkpoints done. A correction ({@code correctsFactId} set) replaces all of the corrected fact's values,
 * its effective date included, from {@code recordedAt} on.
 */
public record ProgressFact(String factId, String correctsFactId, String taskId, LocalDate effectiveDate,
        BigDecimal percentComplete, LocalDate actualStart, LocalDate actualFinish, List<String> checkpointsDone,
        Instant recordedAt) implements RecordedFact {

    public ProgressFact {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(recordedAt, "recordedAt");
        percentComplete = percentComplete == null ? BigDecimal.ZERO : percentComplete;
        checkpointsDone = checkpointsDone == null ? List.of() : List.copyOf(checkpointsDone);
    }

    /** The fact of a {@code ProgressReported} event recorded (event timestamp) at {@code recordedAt}. */
    public static ProgressFact of(ProgressReported event, Instant recordedAt) {
        return new ProgressFact(event.factId(), null, event.taskId(), event.effectiveDate(), event.percentComplete(),
                event.actualStart(), event.actualFinish(), event.checkpointsDone(), recordedAt);
    }

    /** The fact of a {@code ProgressCorrected} event recorded (event timestamp) at {@code recordedAt}. */
    public static ProgressFact of(ProgressCorrected event, Instant recordedAt) {
        return new ProgressFact(event.factId(), event.correctsFactId(), event.taskId(), event.effectiveDate(),
                event.percentComplete(), event.actualStart(), event.actualFinish(), event.checkpointsDone(),
                recordedAt);
    }

    /** Finished by the end of {@code statusDate}: an actual finish by then, or 100 % complete. */
    boolean finishedBy(LocalDate statusDate) {
        return actualFinish != null && !actualFinish.isAfter(statusDate)
                || percentComplete.compareTo(EvmMath.HUNDRED) >= 0;
    }

    /** Started by the end of {@code statusDate}: an actual start by then, or any percent complete. */
    boolean startedBy(LocalDate statusDate) {
        return actualStart != null && !actualStart.isAfter(statusDate) || percentComplete.signum() > 0;
    }
}
