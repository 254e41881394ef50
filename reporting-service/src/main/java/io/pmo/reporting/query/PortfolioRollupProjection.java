package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.command.RagThresholdsDefined;
import io.pmo.reporting.query.PortfolioRollup.Candidate;
import io.pmo.reporting.query.PortfolioRollup.EvmTotals;
import io.pmo.reporting.query.PortfolioRollup.FiscalYear;
import io.pmo.reporting.query.PortfolioRollup.RagCounts;

/**
 * Materialises {@link PortfolioRollup} from two sides: the portfolio's own events ({@code pmo.portfolio.events})
 * and reporting's rows of its candidate projects, which change with {@code pmo.project.events} (this handler
 * runs after {@link DashboardProjection} in the same consumer) and with a tenant's new RAG thresholds (after
 * {@link DashboardProjection} in the {@code rag-results} processing group).
 *
 * <p>Order does not matter: the two topics are not ordered with respect to each other, so the sums are never
 * updated incrementally but recomputed from the members' current rows whenever either side changes. A project
 * event finds its portfolio through {@link PortfolioMembership} (written before the candidate enters the
 * roll-up); a project whose event came before its candidacy is picked up when the candidacy arrives, since the
 * recomputation then reads its row.
 *
 * <p>Concurrency: projects of one portfolio sit in different partitions, so several recomputations of a roll-up
 * may run at once. Whoever changes an input (a member's row, the member list) first increments the roll-up's
 * {@code inputsVersion}, then recomputes; a recomputation writes only if {@code inputsVersion} is still what it
 * read before reading the rows. A write from stale inputs is thus refused, and the one that refused it is followed
 * by a recomputation of its own.
 *
 * <p>Dedupe: the portfolio's changes and the members' increments go through {@link SourceGuard}, per source
 * aggregate (the portfolio, each project), so a redelivered event changes nothing; a redelivery only recomputes,
 * which yields the same sums.
 */
@Component
@ProcessingGroup("rag-results")
@Order(2)
public class PortfolioRollupProjection {

    private static final Logger log = LoggerFactory.getLogger(PortfolioRollupProjection.class);

    private static final String INPUTS_VERSION = "inputsVersion";

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    private final Clock clock;

    public PortfolioRollupProjection(MongoTemplate mongo, TenantQueries queries, Clock clock) {
        this.mongo = mongo;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Applies one of the portfolio's events.
     * @return whether the document changed
     * @throws PortfolioNotYetCreatedException for a change of a portfolio whose creation was never applied
     * @throws IllegalArgumentException for a funding decision in another currency than the portfolio's, which
     *         breaks the portfolio context's contract: it is dead-lettered with that reason
     */
    public boolean apply(PortfolioEvent event, ReceivedEvent<?> received) {
        if (event instanceof PortfolioCreated created) {
            Update change = new Update().set("tenantId", created.tenantId()).set("name", created.name())
                    .set("description", created.description()).set("ownerId", created.ownerId())
                    .set("currency", created.currency())
                    .setOnInsert("fiscalYears", List.of()).setOnInsert("projects", List.of())
                    .setOnInsert("evm", totals(created.currency(), List.of(), Map.of()))
                    .setOnInsert("rag", new RagCounts(0, 0, 0, 0)).setOnInsert(INPUTS_VERSION, 0L);
            return SourceGuard.upsert(mongo, PortfolioRollup.class, created.portfolioId(), stamp(change, received),
                    received) || duplicate(received, created.portfolioId());
        }
        PortfolioRollup rollup = mongo.findById(event.portfolioId(), PortfolioRollup.class);
        if (rollup == null) {
            throw new PortfolioNotYetCreatedException(event.portfolioId(), received.sequence(), received.id());
        }
        if (rollup.sources().getOrDefault(rollup.portfolioId(), -1L) >= received.sequence()) {
            if (event instanceof CandidateProposed) {
                // a crash may have come between the write and the recomputation
                recompute(rollup.portfolioId());
            }
            return duplicate(received, rollup.portfolioId());
        }
        Update change = change(rollup, event);
        if (event instanceof CandidateProposed proposed) {
            mongo.save(new PortfolioMembership(proposed.projectId(), proposed.tenantId(), proposed.portfolioId()));
            change.inc(INPUTS_VERSION, 1);
            taken(proposed).ifPresent(sequence -> change.max(SourceGuard.field(proposed.projectId()), sequence));
        }
        boolean changed = SourceGuard.update(mongo, PortfolioRollup.class, rollup.portfolioId(),
                stamp(change, received), received);
        if (event instanceof CandidateProposed) {
            recompute(rollup.portfolioId());
        }
        return changed || duplicate(received, rollup.portfolioId());
    }

    /**
     * A candidate project's row may have changed with this event (the report, earned-value and dashboard handlers
     * ran before): its portfolio's sums are recomputed. Nothing to do for a project no portfolio holds (yet).
     * @return whether the sums changed
     */
    public boolean applyProject(ProjectEvent event, ReceivedEvent<?> received) {
        PortfolioMembership membership = mongo.findById(event.projectId(), PortfolioMembership.class);
        if (membership == null || !membership.tenantId().equals(event.tenantId())) {
            return false;
        }
        SourceGuard.update(mongo, PortfolioRollup.class, membership.portfolioId(),
                new Update().inc(INPUTS_VERSION, 1).set("updatedAt", clock.instant()), received);
        return recompute(membership.portfolioId());
    }

    /**
     * A risk of a candidate project changed and {@link DashboardProjection} (before this handler in the consumer)
     * may have rated the project anew: its portfolio counts the ratings again. The risk is no source of the
     * roll-up (its sequence is not the portfolio's concern), so only the inputs are marked changed.
     * @return whether the sums changed
     */
    public boolean applyRisk(RiskEvent event, ReceivedEvent<?> received) {
        RiskReport risk = mongo.findById(event.riskId(), RiskReport.class);
        if (risk == null || risk.projectId() == null) {
            return false;
        }
        PortfolioMembership membership = mongo.findById(risk.projectId(), PortfolioMembership.class);
        if (membership == null || !membership.tenantId().equals(risk.tenantId())) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(membership.portfolioId())),
                new Update().inc(INPUTS_VERSION, 1).set("updatedAt", clock.instant()), PortfolioRollup.class);
        return recompute(membership.portfolioId());
    }

    /**
     * A tenant defined new RAG thresholds and {@link DashboardProjection} (ordered before this handler in the
     * group) rated its rows anew: every portfolio of the tenant counts them again.
     */
    @EventHandler
    void on(RagThresholdsDefined defined) {
        List<String> portfolios;
        try (Stream<PortfolioRollup> rollups = mongo.stream(
                Query.query(Criteria.where(TenantQueries.TENANT_FIELD).is(defined.tenantId())), PortfolioRollup.class)) {
            portfolios = rollups.map(PortfolioRollup::portfolioId).toList();
        }
        for (String portfolioId : portfolios) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(portfolioId)),
                    new Update().inc(INPUTS_VERSION, 1).set("updatedAt", clock.instant()), PortfolioRollup.class);
            recompute(portfolioId);
        }
    }

    /**
     * Sums the members' current rows into the roll-up, unless its inputs changed since they were read.
     * @return whether the roll-up changed
     */
    boolean recompute(String portfolioId) {
        PortfolioRollup rollup = mongo.findById(portfolioId, PortfolioRollup.class);
        if (rollup == null) {
            return false;
        }
        List<String> members = rollup.projects().stream().map(Candidate::projectId).toList();
        Map<String, ProjectReportRow> rows = queries
                .findByKeys(rollup.tenantId(), "_id", members, ProjectReportRow.class).stream()
                .collect(Collectors.toMap(ProjectReportRow::projectId, Function.identity()));
        EvmTotals evm = totals(rollup.currency(), members, rows);
        RagCounts rag = counts(members, rows);
        if (evm.equals(rollup.evm()) && rag.equals(rollup.rag())) {
            return false;
        }
        Query unchanged = Query.query(Criteria.where("_id").is(portfolioId).and(INPUTS_VERSION)
                .is(rollup.inputsVersion()));
        boolean written = mongo.updateFirst(unchanged, new Update().set("evm", evm).set("rag", rag),
                PortfolioRollup.class).getModifiedCount() > 0;
        if (!written) {
            log.debug("Inputs of portfolio {} changed while summing them; the change recomputes it", portfolioId);
        }
        return written;
    }

    /**
     * The project version the candidacy's recomputation is sure to take in: the last one its dashboard finished
     * (the handler before this one in the consumer), read once the membership is saved, so that any later version
     * of the project finds the membership and recomputes itself. Recorded as the project's applied sequence, so
     * that a redelivered earlier event of the project is seen as one, however the two topics interleaved.
     */
    private Optional<Long> taken(CandidateProposed proposed) {
        ProjectReportRow row = mongo.findById(proposed.projectId(), ProjectReportRow.class);
        return row == null || !row.tenantId().equals(proposed.tenantId()) || row.dashboardSequence() < 0
                ? Optional.empty() : Optional.of(row.dashboardSequence());
    }

    /** What an event changes of the portfolio's own part, read from the document as it is now. */
    private static Update change(PortfolioRollup rollup, PortfolioEvent event) {
        if (event instanceof PortfolioDetailsChanged details) {
            return new Update().set("name", details.name()).set("description", details.description())
                    .set("ownerId", details.ownerId());
        }
        if (event instanceof BudgetEnvelopeSet envelope) {
            return new Update().set("fiscalYears", year(rollup, envelope.fiscalYear(),
                    year -> new FiscalYear(year.fiscalYear(), envelope.amount(), year.funded())));
        }
        if (event instanceof CandidateProposed proposed) {
            List<Candidate> projects = new ArrayList<>(rollup.projects().stream()
                    .filter(candidate -> !candidate.projectId().equals(proposed.projectId())).toList());
            projects.add(new Candidate(proposed.projectId(), proposed.programId(), proposed.fiscalYear(),
                    proposed.estimatedCost(), proposed.gate(), false, null));
            projects.sort(Comparator.comparing(Candidate::projectId));
            return new Update().set("projects", projects);
        }
        if (event instanceof CandidateEstimated estimated) {
            return new Update().set("projects", candidate(rollup, estimated.projectId(),
                    c -> new Candidate(c.projectId(), c.programId(), c.fiscalYear(), estimated.estimatedCost(),
                            c.gate(), c.rejected(), c.funded())));
        }
        if (event instanceof GateDecided decided) {
            return new Update().set("projects", candidate(rollup, decided.projectId(),
                    c -> new Candidate(c.projectId(), c.programId(), c.fiscalYear(), c.estimatedCost(),
                            decided.toGate(), decided.decision() == GateDecision.REJECT, c.funded())));
        }
        if (event instanceof FundingApproved funding) {
            return funded(rollup, funding);
        }
        // Nothing of the roll-up changes (e.g. a scenario was evaluated), but its version follows the portfolio's,
        // so that a read with ?minVersion= after any write of the portfolio finds it.
        return new Update();
    }

    /**
     * The approved amount is added to the candidate and to its fiscal year: the one its candidacy named (the
     * year whose envelope the decision is charged to), or the decision date's year for a project the roll-up
     * holds no candidacy of.
     */
    private static Update funded(PortfolioRollup rollup, FundingApproved funding) {
        Money amount = funding.amount();
        if (!amount.currency().equals(rollup.currency())) {
            throw new IllegalArgumentException("Funding decision " + funding.decisionId() + " approves "
                    + amount.currency() + " in portfolio " + rollup.portfolioId() + " of " + rollup.currency());
        }
        int fiscalYear = rollup.projects().stream().filter(c -> c.projectId().equals(funding.projectId()))
                .map(Candidate::fiscalYear).findFirst().orElse(funding.decidedOn().getYear());
        return new Update()
                .set("fiscalYears", year(rollup, fiscalYear, year -> new FiscalYear(year.fiscalYear(),
                        year.envelope(), year.funded().plus(amount))))
                .set("projects", candidate(rollup, funding.projectId(), c -> new Candidate(c.projectId(),
                        c.programId(), c.fiscalYear(), c.estimatedCost(), c.gate(), c.rejected(),
                        c.funded() == null ? amount : c.funded().plus(amount))));
    }

    /** The fiscal years with {@code year} changed (added, with nothing funded, if new), ascending. */
    private static List<FiscalYear> year(PortfolioRollup rollup, int fiscalYear, UnaryOperator<FiscalYear> change) {
        FiscalYear current = rollup.fiscalYears().stream().filter(year -> year.fiscalYear() == fiscalYear)
                .findFirst().orElse(new FiscalYear(fiscalYear, null, new Money(BigDecimal.ZERO, rollup.currency())));
        List<FiscalYear> years = new ArrayList<>(rollup.fiscalYears().stream()
                .filter(year -> year.fiscalYear() != fiscalYear).toList());
        years.add(change.apply(current));
        years.sort(Comparator.comparingInt(FiscalYear::fiscalYear));
        return years;
    }

    /** The candidates with one changed; unchanged if the roll-up holds no such candidate. */
    private static List<Candidate> candidate(PortfolioRollup rollup, String projectId,
            UnaryOperator<Candidate> change) {
        return rollup.projects().stream()
                .map(candidate -> candidate.projectId().equals(projectId) ? change.apply(candidate) : candidate)
                .toList();
    }

    /** The members' snapshots in the portfolio's currency, summed; see {@link EvmTotals} for the others. */
    static EvmTotals totals(String currency, List<String> members, Map<String, ProjectReportRow> rows) {
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        int summed = 0;
        int withoutFigures = 0;
        List<String> otherCurrencies = new ArrayList<>();
        LocalDate earliest = null;
        LocalDate latest = null;
        for (String projectId : members) {
            ProjectReportRow row = rows.get(projectId);
            EvmSnapshot snapshot = row == null ? null : row.evm();
            if (snapshot == null || snapshot.currency() == null || Stream.of(snapshot.bac(), snapshot.pv(),
                    snapshot.ev(), snapshot.ac()).anyMatch(Objects::isNull)) {
                withoutFigures++;
                continue;
            }
            if (!snapshot.currency().equals(currency)) {
                otherCurrencies.add(projectId);
                continue;
            }
            bac = bac.add(snapshot.bac());
            pv = pv.add(snapshot.pv());
            ev = ev.add(snapshot.ev());
            ac = ac.add(snapshot.ac());
            summed++;
            earliest = earliest == null || snapshot.statusDate().isBefore(earliest) ? snapshot.statusDate() : earliest;
            latest = latest == null || snapshot.statusDate().isAfter(latest) ? snapshot.statusDate() : latest;
        }
        return new EvmTotals(currency, bac, pv, ev, ac, summed, withoutFigures, otherCurrencies, earliest, latest);
    }

    /** The members by overall computed RAG; one without a row, or not rated yet, counts as none. */
    static RagCounts counts(List<String> members, Map<String, ProjectReportRow> rows) {
        int green = 0;
        int amber = 0;
        int red = 0;
        int none = 0;
        for (String projectId : members) {
            ProjectReportRow row = rows.get(projectId);
            if (row == null || row.computedRag() == null || row.computedRag().overall() == null) {
                none++;
                continue;
            }
            switch (row.computedRag().overall()) {
                case GREEN -> green++;
                case AMBER -> amber++;
                case RED -> red++;
            }
        }
        return new RagCounts(green, amber, red, none);
    }

    private Update stamp(Update change, ReceivedEvent<?> received) {
        return change.set("lastSequence", received.sequence())
                .set("updatedAt", clock.instant())
                .set("correlationId", received.correlationId());
    }

    private static boolean duplicate(ReceivedEvent<?> received, String portfolioId) {
        log.debug("{} of portfolio {} at sequence {} is already applied", received.type(), portfolioId,
                received.sequence());
        return false;
    }

    /** A change arrived for a portfolio the roll-up has never seen created; retrying may find it. */
    public static class PortfolioNotYetCreatedException extends RuntimeException {

        PortfolioNotYetCreatedException(String portfolioId, long sequence, String eventId) {
            super("No roll-up of portfolio " + portfolioId + " at sequence " + sequence + " (event " + eventId
                    + "): its creation was not applied");
        }
    }
}
