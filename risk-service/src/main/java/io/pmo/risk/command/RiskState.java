package io.pmo.risk.command;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.MitigationActionAdded;
import io.pmo.events.risk.ResponsePlanned;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskDeescalated;
import io.pmo.events.risk.RiskDetailsChanged;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskOwnerAssigned;
import io.pmo.events.risk.RiskRaised;
import io.pmo.events.risk.RiskStatus;
import io.pmo.platform.access.Caller;
import io.pmo.platform.access.WriteScoped;
import io.pmo.platform.security.PmoRole;

/**
 * What a risk's events built, and nothing else: its id, tenant, project or portfolio, kind, owner, status, the
 * latest inherent and residual assessments, the response, its mitigation actions (entities that handle their own
 * commands and events), the escalation, and since when it has been HIGH without a response. Each event sourcing
 * handler is the only place state changes; {@link Risk} extends it with the command and deadline handlers.
 */
abstract class RiskState implements WriteScoped {

    @AggregateIdentifier
    String riskId;

    String tenantId;

    String projectId;

    String portfolioId;

    RiskKind kind;

    RiskRaised details;

    String ownerId;

    RiskStatus status;

    RiskAssessed inherent;

    RiskAssessed residual;

    ResponseStrategy strategy;

    EscalationReason escalated;

    /** The day the risk was first assessed HIGH or worse while it had no response; null otherwise. */
    LocalDate highWithoutResponseSince;

    @AggregateMember
    final Map<String, MitigationAction> actions = new LinkedHashMap<>();

    @Override
    public String tenantId() {
        return tenantId;
    }

    /** PMO admins write every risk of the tenant; otherwise its owner, and portfolio managers a portfolio's risk. */
    @Override
    public boolean writableBy(Caller caller) {
        return caller.isAdmin() || caller.is(ownerId)
                || portfolioId != null && caller.hasRole(PmoRole.PORTFOLIO_MANAGER);
    }

    /** The assessment that counts now: the residual one once there is one. */
    RiskAssessed current() {
        return residual != null ? residual : inherent;
    }

    @EventSourcingHandler
    void on(RiskRaised event) {
        riskId = event.riskId();
        tenantId = event.tenantId();
        projectId = event.projectId();
        portfolioId = event.portfolioId();
        kind = event.kind();
        details = event;
        ownerId = event.ownerId();
        status = RiskStatus.IDENTIFIED;
    }

    @EventSourcingHandler
    void on(RiskDetailsChanged event) {
        details = new RiskRaised(riskId, tenantId, projectId, portfolioId, kind, event.title(), event.description(),
                event.category(), event.cause(), event.effect(), ownerId, event.proximity());
    }

    @EventSourcingHandler
    void on(RiskOwnerAssigned event) {
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(RiskAssessed event) {
        if (event.kind() == AssessmentKind.RESIDUAL) {
            residual = event;
        }
        else {
            inherent = event;
        }
        if (status == RiskStatus.IDENTIFIED) {
            status = RiskStatus.ASSESSED;
        }
        Band band = current().band();
        if (strategy == null && highWithoutResponseSince == null
                && (band == Band.HIGH || band == Band.CRITICAL)) {
            highWithoutResponseSince = event.assessedOn();
        }
    }

    @EventSourcingHandler
    void on(ResponsePlanned event) {
        strategy = event.strategy();
        status = RiskStatus.RESPONDING;
        highWithoutResponseSince = null;
    }

    @EventSourcingHandler
    void on(MitigationActionAdded event) {
        actions.put(event.actionId(), new MitigationAction(riskId, tenantId, event.actionId(), event.title(),
                event.ownerId(), event.dueDate()));
    }

    @EventSourcingHandler
    void on(RiskEscalated event) {
        escalated = event.reason();
    }

    @EventSourcingHandler
    void on(RiskDeescalated event) {
        escalated = null;
    }

    @EventSourcingHandler
    void on(RiskOccurred event) {
        status = RiskStatus.OCCURRED;
    }

    @EventSourcingHandler
    void on(RiskClosed event) {
        status = RiskStatus.CLOSED;
        highWithoutResponseSince = null;
    }
}
