package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.BatchedInserts;
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

    private static final String HIGH_RISKS = "openHighRisks";

    private static final String HIGH_RISKS_VERSION = "openHighRisksVersion";

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
        if (CANNOT_CHANGE_FIGURES.contains(event.getClass()) && advanceWithoutRecomputing(event, received)) {
            return false;
        }
        while (true) {
            ProjectReportRow row = mongo.findById(event.projectId(), ProjectReportRow.class);
            if (row == null || row.lastSequence() != received.sequence()
                    || row.dashboardSequence() >= received.sequence()) {
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
            HighRisks risks = highRisks(row);
            ComputedRag rag = evaluate(definition.thresholds(), definition.version(), evm, row.missedMilestones(),
                    risks);
            Query unchanged = Query.query(Criteria.where("_id").is(row.projectId()).and("lastSequence")
                    .is(received.sequence()).andOperator(
                            new Criteria().orOperator(Criteria.where(VERSION).exists(false),
                                    Criteria.where(VERSION).lte(definition.version())),
                            risks.notNewer()));
            Update change = risks.stamp(new Update().set("baselineFinish", baseline.map(BaselineSaved::finish)
                    .orElse(null)).set("evm", evm).set("computedRag", rag).set("dashboardSequence",
                            received.sequence()));
            if (!Objects.equals(rag, row.computedRag()) || !Objects.equals(evm, row.evm())) {
                keep(row, received.sequence(), evm, rag, risks, definition.thresholds(), received.time());
            }
            if (mongo.updateFirst(unchanged, change, ProjectReportRow.class).getModifiedCount() > 0) {
                return true;
            }
            ProjectReportRow now = mongo.findById(event.projectId(), ProjectReportRow.class);
            if (now != null && now.lastSequence() == received.sequence() && now.computedRag() != null
                    && now.computedRag().definitionVersion() > definition.version()) {
                throw new RagDefinitionNotYetKnownException(row.tenantId(), now.computedRag().definitionVersion());
            }
            // otherwise the project moved on (the next pass returns) or a newer count of its risks was written
            // meanwhile (the next pass takes it)
        }
    }

    /**
     * Project events that change none of the dashboard's inputs (the earned-value inputs, the performance baseline,
     * the missed milestones, the risks): a row computed before stays right, so the event only moves its
     * {@code dashboardSequence} on, without reading the inputs or running the calculator. A type not listed is
     * recomputed, so a new event type is safe until someone proves it harmless here.
     */
    static final Set<Class<? extends ProjectEvent>> CANNOT_CHANGE_FIGURES = Set.of(ProjectRenamed.class,
            ProjectManagerAssigned.class, ProjectCustomFieldsChanged.class, StatusReportFiled.class,
            MilestoneReached.class, MilestoneTargetSet.class, ProjectPlannedDatesChanged.class, TaskAdded.class,
            TaskRemoved.class, TaskPlanChanged.class, TaskDependenciesChanged.class);

    /** Moves a computed row at this event's version on to it; false if it was never computed or is elsewhere. */
    private boolean advanceWithoutRecomputing(ProjectEvent event, ReceivedEvent<?> received) {
        Query computedBefore = Query.query(Criteria.where("_id").is(event.projectId()).and("lastSequence")
                .is(received.sequence()).and("dashboardSequence").gte(0).lt(received.sequence()));
        return mongo.updateFirst(computedBefore, new Update().set("dashboardSequence", received.sequence()),
                ProjectReportRow.class).getModifiedCount() > 0;
    }

    /**
     * A risk of a project changed and {@link RiskHeatmapProjection} (before this handler in the consumer)
     * counted the project's map anew: the row takes the new count of open HIGH/CRITICAL risks and, if its
     * definition counts risks, a computed RAG rated with it (as a missed milestone rates it anew), from the
     * figures the row has. A risk of a portfolio, or of a project reporting has no row of yet (its first
     * project event reads the count), changes nothing. A redelivery finds the row at the map's version already.
     * @return whether the row changed
     * @throws RagDefinitionNotYetKnownException as {@link #apply} does
     */
    public boolean applyRisk(RiskEvent event, ReceivedEvent<?> received) {
        RiskReport risk = mongo.findById(event.riskId(), RiskReport.class);
        if (risk == null || risk.projectId() == null) {
            return false;
        }
        while (true) {
            ProjectReportRow row = mongo.findById(risk.projectId(), ProjectReportRow.class);
            if (row == null || !row.tenantId().equals(risk.tenantId())) {
                return false;
            }
            HighRisks risks = highRisks(row);
            Update change = risks.stamp(new Update());
            Criteria unchanged = Criteria.where("_id").is(row.projectId()).and("dashboardSequence")
                    .is(row.dashboardSequence());
            Criteria rated;
            if (row.computedRag() == null) {
                rated = Criteria.where(VERSION).exists(false);
            }
            else {
                RagDefinitionVersion definition = definitions.version(row.tenantId(),
                        row.computedRag().definitionVersion()).orElseThrow(() -> new RagDefinitionNotYetKnownException(
                                row.tenantId(), row.computedRag().definitionVersion()));
                ComputedRag rag = evaluate(definition.thresholds(), definition.version(), row.evm(),
                        row.missedMilestones(), risks);
                if (!rag.equals(row.computedRag())) {
                    keep(row, row.dashboardSequence(), row.evm(), rag, risks, definition.thresholds(),
                            received.time());
                    change.set("computedRag", rag);
                }
                rated = Criteria.where(VERSION).is(definition.version());
            }
            Query query = Query.query(unchanged.andOperator(rated, risks.notNewer()));
            var result = mongo.updateFirst(query, change, ProjectReportRow.class);
            if (result.getMatchedCount() > 0) {
                return result.getModifiedCount() > 0;
            }
            // a project event, new thresholds or a newer count changed the row meanwhile: rate it again
        }
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
            HighRisks risks = highRisks(row);
            ComputedRag rag = evaluate(defined.thresholds(), defined.version(), row.evm(), row.missedMilestones(),
                    risks);
            keep(row, row.dashboardSequence(), row.evm(), rag, risks, defined.thresholds(), at);
            Query unchanged = Query.query(Criteria.where("_id").is(projectId).and("dashboardSequence")
                    .is(row.dashboardSequence()).andOperator(
                            new Criteria().orOperator(Criteria.where(VERSION).exists(false),
                                    Criteria.where(VERSION).lt(defined.version())),
                            risks.notNewer()));
            if (mongo.updateFirst(unchanged, risks.stamp(new Update().set("computedRag", rag)),
                    ProjectReportRow.class).getModifiedCount() > 0) {
                return;
            }
        }
    }

    private void keep(ProjectReportRow row, long sequence, EvmSnapshot evm, ComputedRag rag, HighRisks risks,
            RagThresholds thresholds, Instant at) {
        boolean counted = thresholds.countsRisks();
        String id = counted ? RagResult.id(row.projectId(), sequence, rag.definitionVersion(), risks.version())
                : RagResult.id(row.projectId(), sequence, rag.definitionVersion());
        BatchedInserts.insertOnce(mongo, new RagResult(id, row.tenantId(), row.projectId(), sequence, evm,
                row.missedMilestones(), counted ? risks.count() : null, rag, at));
    }

    private static ComputedRag evaluate(RagThresholds thresholds, long version, EvmSnapshot evm, int missed,
            HighRisks risks) {
        return RagRules.evaluate(thresholds, version, evm == null ? null : evm.spi(), evm == null ? null : evm.cpi(),
                missed, risks.count());
    }

    /** The project's open HIGH/CRITICAL risks as its heat map counted them last (none before its first risk). */
    private HighRisks highRisks(ProjectReportRow row) {
        RiskHeatmap map = mongo.findById(RiskHeatmap.idOf(RiskHeatmap.Scope.PROJECT, row.projectId()),
                RiskHeatmap.class);
        return map == null || !map.tenantId().equals(row.tenantId()) ? new HighRisks(0, 0)
                : new HighRisks(map.highRisks(), map.computedFrom());
    }

    /**
     * A count of a project's open HIGH/CRITICAL risks and the version of its heat map it was counted at
     * ({@link RiskHeatmap#computedFrom()}, which only grows). The row keeps both (outside the record: bookkeeping,
     * not API), and every write of a computed RAG is refused if the row holds a newer count than it was rated with,
     * so a rating from a stale count never overwrites one from a newer count.
     */
    private record HighRisks(int count, long version) {

        Criteria notNewer() {
            return new Criteria().orOperator(Criteria.where(HIGH_RISKS_VERSION).exists(false),
                    Criteria.where(HIGH_RISKS_VERSION).lte(version));
        }

        Update stamp(Update change) {
            return change.set(HIGH_RISKS, count).set(HIGH_RISKS_VERSION, version);
        }
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
