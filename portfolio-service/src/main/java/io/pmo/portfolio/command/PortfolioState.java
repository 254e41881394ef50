package io.pmo.portfolio.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.platform.tenancy.TenantOwned;

/**
 * What a portfolio's events built, and nothing else: its id, tenant and details, its programs, and its parts
 * {@link Strategy} (objectives, scoring model versions), {@link Funding} (envelopes, funded per year), the
 * {@link Candidate}s and the {@link Scenarios}. Each event sourcing handler hands its event to the part it changes,
 * the only place state changes; {@link Portfolio} extends it with the command handlers that decide.
 */
abstract class PortfolioState implements TenantOwned {

    @AggregateIdentifier
    String portfolioId;

    String tenantId;

    String name;

    String description;

    String ownerId;

    String currency;

    final Map<String, String> programs = new LinkedHashMap<>();

    final Strategy strategy = new Strategy();

    final Funding funding = new Funding();

    final Map<String, Candidate> candidates = new LinkedHashMap<>();

    final Scenarios scenarios = new Scenarios();

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(PortfolioCreated event) {
        portfolioId = event.portfolioId();
        tenantId = event.tenantId();
        name = event.name();
        description = event.description();
        ownerId = event.ownerId();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(PortfolioDetailsChanged event) {
        name = event.name();
        description = event.description();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(ProgramAdded event) {
        programs.put(event.programId(), event.name());
    }

    @EventSourcingHandler
    void on(BudgetEnvelopeSet event) {
        funding.on(event);
    }

    @EventSourcingHandler
    void on(StrategicObjectivesSet event) {
        strategy.on(event);
    }

    @EventSourcingHandler
    void on(ScoringModelChanged event) {
        strategy.on(event);
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(CandidateProposed event) {
        candidates.put(event.projectId(), new Candidate(event));
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(CandidateEstimated event) {
        candidates.get(event.projectId()).on(event);
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(CandidateScored event) {
        candidates.get(event.projectId()).on(event);
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(WsjfEstimated event) {
        candidates.get(event.projectId()).on(event);
    }

    @EventSourcingHandler
    void on(GateDecided event) {
        candidates.get(event.projectId()).on(event);
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(FundingApproved event) {
        Candidate candidate = candidates.get(event.projectId());
        candidate.markFunded();
        funding.funded(candidate.fiscalYear(), event.amount().amount());
        scenarios.changed();
    }

    @EventSourcingHandler
    void on(ScenarioEvaluated event) {
        scenarios.on(event);
    }

    @EventSourcingHandler
    void on(ScenarioApproved event) {
        scenarios.on(event);
    }
}
