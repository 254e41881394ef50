package io.pmo.events.portfolio;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A stage gate decision on a candidate, by the approver (the event's principal, named here too), with its reason.
 *
 * @param fromGate the gate the candidate was at
 * @param toGate the gate it is at now: the next for APPROVE, the same for DEFER, the previous for SEND_BACK,
 *               null for REJECT
 * @param criteriaMet the keys of the gate's criteria the approver confirmed
 */
@Revision("1")
public record GateDecided(String portfolioId, String tenantId, String projectId, String decisionId,
        String fromGate, GateDecision decision, String toGate, String approverId, String reason,
        List<String> criteriaMet) implements PortfolioEvent {

    public GateDecided {
        criteriaMet = criteriaMet == null ? List.of() : List.copyOf(criteriaMet);
    }
}
