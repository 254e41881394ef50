package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskEvent;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskRaised;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.query.PortfolioRollup.Candidate;
import io.pmo.reporting.query.RiskHeatmap.BandCounts;
import io.pmo.reporting.query.RiskHeatmap.Cell;
import io.pmo.reporting.query.RiskHeatmap.Scope;
import io.pmo.reporting.query.RiskReport.Assessment;
import io.pmo.reporting.query.RiskReport.Status;

/**
 * Materialises {@link RiskReport}s from {@code pmo.risk.events} and, from them, the {@link RiskHeatmap}s of
 * projects and portfolios.
 *
 * <p>Each risk event first changes its risk's document, deduped with {@link SourceGuard} (the risk is the only
 * source); a risk's events come in order (one partition, keyed by risk id), so reading the document to choose
 * the current assessment races with nothing. Then the maps of the risk's owner are recomputed from the documents
 * of their risks, never changed incrementally: the project's map, the map of the portfolio holding the project as
 * a candidate ({@link PortfolioMembership}), or the portfolio's own map. A redelivered event changes no risk and
 * only recomputes, which yields the same figures and mends a crash between the two steps. A portfolio's map is
 * recomputed too when it gains a candidate, since the candidate's risks may have come first.
 *
 * <p>Concurrency: the risks of one project sit in different partitions, so several recomputations of one map may
 * run at once. As in {@link PortfolioRollupProjection}, whoever changes an input first increments the map's
 * {@code inputsVersion}, then recomputes; a recomputation writes only if {@code inputsVersion} is still what it
 * read before reading the risks, and records it as {@code computedFrom}.
 *
 * <p>Reads are key lookups (STACK.md pitfall 7): the risks of a project by {@code projectId}, of a portfolio by
 * {@code portfolioId}, both indexed; a project holds at most a few thousand risks.
 */
@Component
public class RiskHeatmapProjection {

    private static final Logger log = LoggerFactory.getLogger(RiskHeatmapProjection.class);

    private static final String INPUTS_VERSION = "inputsVersion";

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    private final Clock clock;

    public RiskHeatmapProjection(MongoTemplate mongo, TenantQueries queries, Clock clock) {
        this.mongo = mongo;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Applies one of a risk's events to its document and recomputes the maps it counts in.
     * @return whether the risk or a map changed
     * @throws IllegalArgumentException for an assessment off the 1-5 scales, which breaks the risk context's
     *         contract: it is dead-lettered with that reason
     */
    public boolean apply(RiskEvent event, ReceivedEvent<?> received) {
        Update change = new Update().set("tenantId", event.tenantId()).set("lastSequence", received.sequence());
        boolean counted = true;
        if (event instanceof RiskRaised raised) {
            change.set("projectId", raised.projectId()).set("portfolioId", raised.portfolioId())
                    .set("status", Status.OPEN);
        }
        else if (event instanceof RiskAssessed assessed) {
            assessment(assessed, received).ifPresent(current -> change.set("assessment", current));
            change.setOnInsert("status", Status.OPEN);
        }
        else if (event instanceof RiskOccurred) {
            change.set("status", Status.OCCURRED);
        }
        else if (event instanceof RiskClosed) {
            change.set("status", Status.CLOSED);
        }
        else {
            // nothing a map counts, but the document's version follows the risk's
            change.setOnInsert("status", Status.OPEN);
            counted = false;
        }
        boolean changed = SourceGuard.upsert(mongo, RiskReport.class, event.riskId(), change, received);
        if (!changed) {
            log.debug("{} of risk {} at sequence {} is already applied", received.type(), event.riskId(),
                    received.sequence());
        }
        if (!counted) {
            return changed;
        }
        RiskReport risk = mongo.findById(event.riskId(), RiskReport.class);
        return refreshOwners(risk) || changed;
    }

    /**
     * A portfolio gained a candidate ({@link PortfolioRollupProjection}, before this handler, saved its
     * membership): its map counts the candidate's risks from now on.
     * @return whether the portfolio's map changed
     */
    public boolean applyPortfolio(PortfolioEvent event, ReceivedEvent<?> received) {
        if (!(event instanceof CandidateProposed proposed)) {
            return false;
        }
        return refresh(proposed.tenantId(), Scope.PORTFOLIO, proposed.portfolioId());
    }

    /** The maps {@code risk} counts in: its project's and that project's portfolio's, or its portfolio's. */
    private boolean refreshOwners(RiskReport risk) {
        boolean changed = false;
        if (risk.projectId() != null) {
            changed |= refresh(risk.tenantId(), Scope.PROJECT, risk.projectId());
            PortfolioMembership membership = mongo.findById(risk.projectId(), PortfolioMembership.class);
            if (membership != null && membership.tenantId().equals(risk.tenantId())) {
                changed |= refresh(risk.tenantId(), Scope.PORTFOLIO, membership.portfolioId());
            }
        }
        if (risk.portfolioId() != null) {
            changed |= refresh(risk.tenantId(), Scope.PORTFOLIO, risk.portfolioId());
        }
        return changed;
    }

    /** Marks the map's inputs changed (creating the map if new), then recomputes it. */
    private boolean refresh(String tenantId, Scope scope, String scopeId) {
        String id = RiskHeatmap.idOf(scope, scopeId);
        Query map = Query.query(Criteria.where("_id").is(id));
        Update changed = new Update().inc(INPUTS_VERSION, 1).set("updatedAt", clock.instant())
                .setOnInsert("tenantId", tenantId).setOnInsert("scope", scope).setOnInsert("scopeId", scopeId)
                .setOnInsert("computedFrom", 0L).setOnInsert("openRisks", 0).setOnInsert("unassessed", 0)
                .setOnInsert("highRisks", 0);
        try {
            mongo.upsert(map, changed, RiskHeatmap.class);
        }
        catch (DuplicateKeyException ex) {
            // another risk of the same owner created the map at the same moment: it exists now
            mongo.updateFirst(map, changed, RiskHeatmap.class);
        }
        return recompute(id);
    }

    /**
     * Counts the current risks of the map's owner into it, unless its inputs changed since they were read.
     * @return whether the map changed
     */
    boolean recompute(String id) {
        RiskHeatmap map = mongo.findById(id, RiskHeatmap.class);
        if (map == null) {
            return false;
        }
        RiskHeatmap counted = count(map, risks(map));
        if (counted.openRisks() == map.openRisks() && counted.unassessed() == map.unassessed()
                && counted.cells().equals(map.cells()) && counted.bands().equals(map.bands())
                && counted.exposure().equals(map.exposure())) {
            return false;
        }
        Query unchanged = Query.query(Criteria.where("_id").is(id).and(INPUTS_VERSION).is(map.inputsVersion()));
        Update figures = new Update().set("openRisks", counted.openRisks()).set("unassessed", counted.unassessed())
                .set("cells", counted.cells()).set("bands", counted.bands()).set("exposure", counted.exposure())
                .set("highRisks", counted.highRisks()).set("computedFrom", map.inputsVersion());
        boolean written = mongo.updateFirst(unchanged, figures, RiskHeatmap.class).getModifiedCount() > 0;
        if (!written) {
            log.debug("Inputs of heat map {} changed while counting them; whoever changed them counts again", id);
        }
        return written;
    }

    /** The risks the map counts: the project's; or the portfolio's own and its candidates'. */
    private List<RiskReport> risks(RiskHeatmap map) {
        if (map.scope() == Scope.PROJECT) {
            return queries.findByKeys(map.tenantId(), "projectId", List.of(map.scopeId()), RiskReport.class);
        }
        List<RiskReport> risks = new ArrayList<>(
                queries.findByKeys(map.tenantId(), "portfolioId", List.of(map.scopeId()), RiskReport.class));
        PortfolioRollup rollup = mongo.findById(map.scopeId(), PortfolioRollup.class);
        if (rollup != null && rollup.tenantId().equals(map.tenantId()) && !rollup.projects().isEmpty()) {
            Collection<String> projects = rollup.projects().stream().map(Candidate::projectId).toList();
            risks.addAll(queries.findByKeys(map.tenantId(), "projectId", projects, RiskReport.class));
        }
        return risks;
    }

    /** The map's figures from these risks (the bookkeeping of {@code map} kept as it is). */
    static RiskHeatmap count(RiskHeatmap map, Collection<RiskReport> risks) {
        int open = 0;
        int unassessed = 0;
        int[][] matrix = new int[5][5];
        int[] bands = new int[4];
        Map<String, BigDecimal> exposure = new TreeMap<>();
        for (RiskReport risk : risks) {
            if (risk.status() != Status.OPEN) {
                continue;
            }
            open++;
            Assessment assessment = risk.assessment();
            if (assessment == null) {
                unassessed++;
                continue;
            }
            matrix[assessment.probability() - 1][assessment.impact() - 1]++;
            bands[assessment.band().ordinal()]++;
            if (assessment.emv() != null) {
                exposure.merge(assessment.emv().currency(), assessment.emv().amount(), BigDecimal::add);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                if (matrix[probability - 1][impact - 1] > 0) {
                    cells.add(new Cell(probability, impact, matrix[probability - 1][impact - 1]));
                }
            }
        }
        List<Money> byCurrency = exposure.entrySet().stream()
                .map(sum -> new Money(sum.getValue(), sum.getKey())).toList();
        return new RiskHeatmap(map.id(), map.tenantId(), map.scope(), map.scopeId(), open, unassessed, cells,
                new BandCounts(bands[0], bands[1], bands[2], bands[3]), byCurrency, bands[2] + bands[3],
                map.updatedAt(), map.inputsVersion(), map.computedFrom());
    }

    /**
     * The risk's current assessment after {@code assessed}: a RESIDUAL one always replaces it; an INHERENT one only
     * while no RESIDUAL one was made (it is then the risk's only kind of score).
     */
    private Optional<Assessment> assessment(RiskAssessed assessed, ReceivedEvent<?> received) {
        if (assessed.probability() < 1 || assessed.probability() > 5 || assessed.impact() < 1
                || assessed.impact() > 5 || assessed.band() == null) {
            throw new IllegalArgumentException("RiskAssessed " + received.id() + " of risk " + assessed.riskId()
                    + " is off the 1-5 matrix or has no band: probability " + assessed.probability() + ", impact "
                    + assessed.impact());
        }
        Assessment next = new Assessment(assessed.assessmentId(), assessed.kind(), assessed.probability(),
                assessed.impact(), assessed.score(), assessed.band(), assessed.emv());
        if (assessed.kind() == AssessmentKind.RESIDUAL) {
            return Optional.of(next);
        }
        RiskReport risk = mongo.findById(assessed.riskId(), RiskReport.class);
        Assessment current = risk == null ? null : risk.assessment();
        return current != null && current.kind() == AssessmentKind.RESIDUAL ? Optional.empty()
                : Optional.of(next);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(RiskReport.class).createIndex(new Index().named("project").on("projectId", Sort.Direction.ASC));
        mongo.indexOps(RiskReport.class).createIndex(new Index().named("portfolio")
                .on("portfolioId", Sort.Direction.ASC));
    }
}
