package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.reporting.command.RagThresholdsDefined;
import io.pmo.reporting.evm.MixedCurrenciesException;
import io.pmo.reporting.rag.ComputedRag;
import io.pmo.reporting.rag.RagRules;
import io.pmo.reporting.rag.RagThresholds;

/**
 * The computed part of the dashboard: a {@link ProjectReportRow}'s {@code baselineFinish}, {@code evm} and
 * {@code computedRag}, and the {@link RagResult} history. It derives them from two read models rather than from
 * events (the row for the missed milestones, {@link EvmInputs} for the figures), so it runs after both have
 * applied a project event, in the same consumer; and it recomputes a tenant's rows when the tenant defines new
 * RAG thresholds (its own Axon processing group, {@code rag-results}).
 *
 * <p>Idempotence: a project event is computed at most for the project version it made, and only if the row is
 * still at that version ({@code lastSequence}); a redelivered older event finds the row further on and does
 * nothing. Results are keyed by project version and definition version. A row never goes back to an older
 * definition version: when the two paths race, the write that would do so is refused and the project event is
 * retried (by then the definition read model knows the newer version); a threshold recomputation whose row moved
 * on meanwhile reads it again. It comes first in its processing group: {@link PortfolioRollupProjection}, after
 * it, counts the ratings it wrote.
 */
@Component
@ProcessingGroup("rag-results")
@Order(1)
public class DashboardProjection {

    private static final Logger log = LoggerFactory.getLogger(DashboardProjection.class);

    private static final String VERSION = "computedRag.definitionVersion";

    private final MongoTemplate mongo;

    private final RagDefinitionQueries definitions;

    public DashboardProjection(MongoTemplate mongo, RagDefinitionQueries definitions) {
        this.mongo = mongo;
        this.definitions = definitions;
    }

    /**
     * Recomputes the row after the report row and the earned-value inputs applied {@code event}.
     * @return whether the row changed
     * @throws RagDefinitionNotYetKnownException if the row names a newer definition than the read model of
     *         definitions knows yet: the event must be retried, not computed with the older one
     */
    public boolean apply(ProjectEvent event, ReceivedEvent<?> received) {
        ProjectReportRow row = mongo.findById(event.projectId(), ProjectReportRow.class);
        if (row == null || row.lastSequence() != received.sequence() || row.dashboardSequence() >= received.sequence()) {
            log.debug("Dashboard of project {} is past sequence {}", event.projectId(), received.sequence());
            return false;
        }
        RagDefinitionVersion definition = definitions.current(row.tenantId());
        if (row.computedRag() != null && row.computedRag().definitionVersion() > definition.version()) {
            throw new RagDefinitionNotYetKnownException(row.tenantId(), row.computedRag().definitionVersion());
        }
        EvmInputs inputs = mongo.findById(event.projectId(), EvmInputs.class);
        Optional<BaselineSaved> baseline = inputs == null ? Optional.empty() : inputs.performanceBaseline();
        EvmSnapshot evm = baseline.flatMap(saved -> snapshot(inputs, saved)).orElse(null);
        ComputedRag rag = evaluate(definition.thresholds(), definition.version(), evm, row.missedMilestones());
        Query unchanged = Query.query(Criteria.where("_id").is(row.projectId()).and("lastSequence")
                .is(received.sequence()).orOperator(Criteria.where(VERSION).exists(false),
                        Criteria.where(VERSION).lte(definition.version())));
        Update change = new Update().set("baselineFinish", baseline.map(BaselineSaved::finish).orElse(null))
                .set("evm", evm).set("computedRag", rag).set("dashboardSequence", received.sequence());
        if (!Objects.equals(rag, row.computedRag()) || !Objects.equals(evm, row.evm())) {
            keep(row, received.sequence(), evm, rag, received.time());
        }
        if (mongo.updateFirst(unchanged, change, ProjectReportRow.class).getModifiedCount() > 0) {
            return true;
        }
        ProjectReportRow now = mongo.findById(event.projectId(), ProjectReportRow.class);
        if (now != null && now.lastSequence() == received.sequence() && now.computedRag() != null
                && now.computedRag().definitionVersion() > definition.version()) {
            throw new RagDefinitionNotYetKnownException(row.tenantId(), now.computedRag().definitionVersion());
        }
        return false;
    }

    /**
     * A tenant defined new thresholds: every row of the tenant gets a computed RAG of the new version, from the
     * figures it has, and a result of its own; the results of earlier versions stay as they are.
     */
    @EventHandler
    void on(RagThresholdsDefined defined, @Timestamp Instant at) {
        try (Stream<ProjectReportRow> rows = mongo.stream(
                Query.query(Criteria.where("tenantId").is(defined.tenantId())), ProjectReportRow.class)) {
            rows.forEach(row -> recompute(row.projectId(), defined, at));
        }
    }

    private void recompute(String projectId, RagThresholdsDefined defined, Instant at) {
        while (true) {
            ProjectReportRow row = mongo.findById(projectId, ProjectReportRow.class);
            if (row == null || row.computedRag() != null && row.computedRag().definitionVersion() >= defined.version()) {
                return;
            }
            ComputedRag rag = evaluate(defined.thresholds(), defined.version(), row.evm(), row.missedMilestones());
            keep(row, row.dashboardSequence(), row.evm(), rag, at);
            Query unchanged = Query.query(Criteria.where("_id").is(projectId).and("dashboardSequence")
                    .is(row.dashboardSequence()).orOperator(Criteria.where(VERSION).exists(false),
                            Criteria.where(VERSION).lt(defined.version())));
            if (mongo.updateFirst(unchanged, new Update().set("computedRag", rag), ProjectReportRow.class)
                    .getModifiedCount() > 0) {
                return;
            }
        }
    }

    private void keep(ProjectReportRow row, long sequence, EvmSnapshot evm, ComputedRag rag, Instant at) {
        mongo.save(new RagResult(RagResult.id(row.projectId(), sequence, rag.definitionVersion()), row.tenantId(),
                row.projectId(), sequence, evm, row.missedMilestones(), rag, at));
    }

    private static ComputedRag evaluate(RagThresholds thresholds, long version, EvmSnapshot evm, int missed) {
        return RagRules.evaluate(thresholds, version, evm == null ? null : evm.spi(), evm == null ? null : evm.cpi(),
                missed);
    }

    /**
     * The figures at the latest effective date of the project's facts (see {@link EvmSnapshot}); none before the
     * first fact, nor while a cost is in another currency than the project (the EVM endpoint explains that case).
     */
    private static Optional<EvmSnapshot> snapshot(EvmInputs inputs, BaselineSaved baseline) {
        Optional<LocalDate> statusDate = Stream.concat(
                inputs.progress().values().stream().map(EvmInputs.ProgressEntry::effectiveDate),
                inputs.costs().values().stream().map(EvmInputs.CostEntry::effectiveDate))
                .max(LocalDate::compareTo);
        if (statusDate.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EvmSnapshot.of(inputs.calculator(baseline).at(statusDate.get())));
        }
        catch (MixedCurrenciesException ex) {
            log.warn("No earned-value snapshot of project {}: {}", inputs.projectId(), ex.getMessage());
            return Optional.empty();
        }
    }

    /** The row names a RAG definition version the definitions read model has not stored yet; retrying finds it. */
    public static class RagDefinitionNotYetKnownException extends RuntimeException {

        RagDefinitionNotYetKnownException(String tenantId, long version) {
            super("RAG definition version " + version + " of tenant " + tenantId + " is not yet known to reporting");
        }
    }
}
