package io.pmo.events.risk;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of a risk names the risk and its tenant. risk-service publishes them on {@code pmo.risk.events},
 * keyed by risk id (issues by issue id, decisions by decision id: their own sealed families on the same topic).
 */
public sealed interface RiskEvent extends TenantEvent permits RiskRaised, RiskDetailsChanged, RiskOwnerAssigned,
        RiskAssessed, ResponsePlanned, MitigationActionAdded, MitigationActionCompleted, MitigationActionOverdue,
        RiskEscalated, RiskDeescalated, RiskOccurred, RiskClosed {

    String riskId();

    @Override
    default String aggregateId() {
        return riskId();
    }
}
