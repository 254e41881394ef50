package io.pmo.project.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;

/**
 * A progress or cost fact of a task with its current values: the original ones, or those of its latest
 * correction. {@code corrections} lists every correction in the order recorded, so the history stays visible.
 */
@Document("project_facts")
public record ProjectFact(@Id String factId, String projectId, String tenantId, String taskId, Kind kind,
        Values values, Instant recordedAt, List<Correction> corrections) {

    public enum Kind {
        PROGRESS, COST
    }

    /** What the fact says: progress fields for a progress fact, {@code amount} for a cost fact. */
    public record Values(LocalDate effectiveDate, BigDecimal percentComplete, LocalDate actualStart,
            LocalDate actualFinish, List<String> checkpointsDone, Money amount) {
    }

    public record Correction(String factId, Values values, String reason, Instant recordedAt) {
    }

    ProjectFact corrected(Correction correction) {
        List<Correction> all = new ArrayList<>(corrections);
        all.add(correction);
        return new ProjectFact(factId, projectId, tenantId, taskId, kind, correction.values(), recordedAt, all);
    }
}
