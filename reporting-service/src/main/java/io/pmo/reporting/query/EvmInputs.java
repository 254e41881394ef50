package io.pmo.reporting.query;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.BaselineSaved;
import io.pmo.reporting.evm.CostFact;
import io.pmo.reporting.evm.EarnedValueCalculator;
import io.pmo.reporting.evm.PerformanceBaseline;
import io.pmo.reporting.evm.ProgressFact;

/**
 * What earned value is computed from, per project: every saved baseline and which one is the performance
 * baseline, and every progress and cost fact with its corrections and recording instants. The figures
 * themselves are not stored: a status date and an {@code asOf} instant are free parameters of every request,
 * and the pure calculator derives them from this document in memory (no aggregation at query time).
 *
 * <p>Baselines are kept as the published JSON of their {@code BaselineSaved} ({@code baselines}: baseline id to
 * JSON), so that every amount keeps its exact scale whatever the Mongo mapping does with decimals; facts are keyed
 * by fact id ({@code progress}, {@code costs}), with decimals as strings and the recording instant as ISO text
 * (nanoseconds included: an {@code asOf} just before a correction must not see it). Writing a fact twice
 * writes the same entry, so the document is idempotent even without the {@code sources} guard.
 * {@code lastSequence} is the project version the document reflects (for {@code ?minVersion=}).
 */
@Document(EvmInputs.COLLECTION)
public record EvmInputs(@Id String projectId, String tenantId, String currency, String performanceBaselineId,
        Map<String, String> baselines, Map<String, ProgressEntry> progress, Map<String, CostEntry> costs,
        long lastSequence, String lastEventId, Instant lastEventAt, Map<String, Long> sources) {

    public static final String COLLECTION = "report_evm_inputs";

    public EvmInputs {
        baselines = baselines == null ? Map.of() : Map.copyOf(baselines);
        progress = progress == null ? Map.of() : Map.copyOf(progress);
        costs = costs == null ? Map.of() : Map.copyOf(costs);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** The performance baseline as saved, or empty while none was designated (or its save is not yet here). */
    public Optional<BaselineSaved> performanceBaseline() {
        String json = performanceBaselineId == null ? null : baselines.get(performanceBaselineId);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PmoJson.mapper().readValue(json, BaselineSaved.class));
        }
        catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The calculator of this project against {@code baseline}, with every fact in the order it was recorded. */
    public EarnedValueCalculator calculator(BaselineSaved baseline) {
        List<ProgressFact> progressFacts = progress.values().stream()
                .sorted(Comparator.comparingLong(ProgressEntry::sequence)).map(ProgressEntry::fact).toList();
        List<CostFact> costFacts = costs.values().stream()
                .sorted(Comparator.comparingLong(CostEntry::sequence)).map(CostEntry::fact).toList();
        return new EarnedValueCalculator(PerformanceBaseline.from(baseline), progressFacts, costFacts);
    }

    /**
     * A progress fact or correction as stored: the event's values, its recording instant ({@code recordedAt},
     * ISO 8601) and the project sequence of its event (the tie-breaker of facts recorded at the same instant).
     */
    public record ProgressEntry(String factId, String correctsFactId, String taskId, LocalDate effectiveDate,
            String percentComplete, LocalDate actualStart, LocalDate actualFinish, List<String> checkpointsDone,
            String recordedAt, long sequence) {

        ProgressFact fact() {
            return new ProgressFact(factId, correctsFactId, taskId, effectiveDate,
                    percentComplete == null ? null : new BigDecimal(percentComplete), actualStart, actualFinish,
                    checkpointsDone, Instant.parse(recordedAt));
        }
    }

    /** A cost fact or correction as stored, likewise; the amount as a decimal string in {@code currency}. */
    public record CostEntry(String factId, String correctsFactId, String taskId, LocalDate effectiveDate,
            String amount, String currency, String recordedAt, long sequence) {

        CostFact fact() {
            return new CostFact(factId, correctsFactId, taskId, effectiveDate,
                    new Money(new BigDecimal(amount), currency), Instant.parse(recordedAt));
        }
    }
}
