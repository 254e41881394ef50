package io.pmo.events.portfolio;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of the portfolio context names its portfolio and tenant. portfolio-service publishes them on
 * {@code pmo.portfolio.events}; the contract is here first so that project-service can react to it.
 */
public sealed interface PortfolioEvent extends TenantEvent permits PortfolioCreated, PortfolioDetailsChanged,
        ProgramAdded, BudgetEnvelopeSet, StrategicObjectivesSet, ScoringModelChanged, CandidateProposed,
        CandidateEstimated, CandidateScored, WsjfEstimated, GateDecided, EnvelopeOverridden, FundingApproved,
        ScenarioEvaluated, ScenarioApproved {

    String portfolioId();

    @Override
    default String aggregateId() {
        return portfolioId();
    }
}
