package io.pmo.risk.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.MitigationActionAdded;
import io.pmo.events.risk.MitigationActionCompleted;
import io.pmo.events.risk.MitigationActionOverdue;
import io.pmo.events.risk.ResponsePlanned;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskDeescalated;
import io.pmo.events.risk.RiskDetailsChanged;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskEvent;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskOwnerAssigned;
import io.pmo.events.risk.RiskRaised;
import io.pmo.events.risk.RiskStatus;
import io.pmo.risk.query.RiskView.Action;

/**
 * Materialises {@link RiskView}s: the events of one risk arrive in order within a segment, so each change reads the
 * document, changes it and saves it, guarded by the sequence it last applied (a replay changes nothing).
 */
@Component
@ProcessingGroup("risk-views")
class RiskViewProjection {

    private final MongoTemplate mongo;

    RiskViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RiskRaised event, @SequenceNumber long sequence) {
        if (mongo.findById(event.riskId(), RiskView.class) == null) {
            mongo.save(new RiskView(event.riskId(), event.tenantId(), event.projectId(), event.portfolioId(),
                    event.kind(), event.title(), event.description(), event.category(), event.cause(), event.effect(),
                    event.ownerId(), event.proximity(), RiskStatus.IDENTIFIED, null, null, null, null, List.of(),
                    null, null, null, sequence));
        }
    }

    @EventHandler
    void on(RiskDetailsChanged event, @SequenceNumber long sequence) {
        change(event, sequence, view -> new RiskView(view.riskId(), view.tenantId(), view.projectId(),
                view.portfolioId(), view.kind(), event.title(), event.description(), event.category(), event.cause(),
                event.effect(), view.ownerId(), event.proximity(), view.status(), view.inherent(), view.residual(),
                view.strategy(), view.response(), view.actions(), view.escalated(), view.issueId(),
                view.closedReason(), sequence));
    }

    @EventHandler
    void on(RiskOwnerAssigned event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, event.ownerId(), view.status(), view.inherent(), view.residual(),
                view.strategy(), view.response(), view.actions(), view.escalated(), view.issueId(),
                view.closedReason(), sequence));
    }

    @EventHandler
    void on(RiskAssessed event, @SequenceNumber long sequence) {
        RiskView.Score score = new RiskView.Score(event.probability(), event.impact(), event.score(), event.band(),
                event.emv(), event.assessedOn());
        boolean residual = event.kind() == AssessmentKind.RESIDUAL;
        change(event, sequence, view -> with(view, view.ownerId(), view.status() == RiskStatus.IDENTIFIED
                ? RiskStatus.ASSESSED : view.status(), residual ? view.inherent() : score,
                residual ? score : view.residual(), view.strategy(), view.response(), view.actions(),
                view.escalated(), view.issueId(), view.closedReason(), sequence));
    }

    @EventHandler
    void on(ResponsePlanned event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, view.ownerId(), RiskStatus.RESPONDING, view.inherent(),
                view.residual(), event.strategy(), event.description(), view.actions(), view.escalated(),
                view.issueId(), view.closedReason(), sequence));
    }

    @EventHandler
    void on(MitigationActionAdded event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            List<Action> actions = new ArrayList<>(view.actions());
            actions.add(new Action(event.actionId(), event.title(), event.ownerId(), event.dueDate(), null, false));
            return withActions(view, actions, sequence);
        });
    }

    @EventHandler
    void on(MitigationActionCompleted event, @SequenceNumber long sequence) {
        change(event, sequence, view -> withActions(view, view.actions().stream().map(action -> action.actionId()
                .equals(event.actionId()) ? new Action(action.actionId(), action.title(), action.ownerId(),
                        action.dueDate(), event.completedOn(), action.overdue()) : action).toList(), sequence));
    }

    @EventHandler
    void on(MitigationActionOverdue event, @SequenceNumber long sequence) {
        change(event, sequence, view -> withActions(view, view.actions().stream().map(action -> action.actionId()
                .equals(event.actionId()) ? new Action(action.actionId(), action.title(), action.ownerId(),
                        action.dueDate(), action.completedOn(), true) : action).toList(), sequence));
    }

    @EventHandler
    void on(RiskEscalated event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, view.ownerId(), view.status(), view.inherent(), view.residual(),
                view.strategy(), view.response(), view.actions(), event.reason(), view.issueId(),
                view.closedReason(), sequence));
    }

    @EventHandler
    void on(RiskDeescalated event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, view.ownerId(), view.status(), view.inherent(), view.residual(),
                view.strategy(), view.response(), view.actions(), null, view.issueId(), view.closedReason(),
                sequence));
    }

    @EventHandler
    void on(RiskOccurred event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, view.ownerId(), RiskStatus.OCCURRED, view.inherent(),
                view.residual(), view.strategy(), view.response(), view.actions(), view.escalated(), event.issueId(),
                view.closedReason(), sequence));
    }

    @EventHandler
    void on(RiskClosed event, @SequenceNumber long sequence) {
        change(event, sequence, view -> with(view, view.ownerId(), RiskStatus.CLOSED, view.inherent(),
                view.residual(), view.strategy(), view.response(), view.actions(), view.escalated(), view.issueId(),
                event.reason(), sequence));
    }

    private static RiskView withActions(RiskView view, List<Action> actions, long sequence) {
        return with(view, view.ownerId(), view.status(), view.inherent(), view.residual(), view.strategy(),
                view.response(), List.copyOf(actions), view.escalated(), view.issueId(), view.closedReason(),
                sequence);
    }

    private static RiskView with(RiskView view, String ownerId, RiskStatus status, RiskView.Score inherent,
            RiskView.Score residual, io.pmo.events.risk.ResponseStrategy strategy, String response,
            List<Action> actions, io.pmo.events.risk.EscalationReason escalated, String issueId,
            String closedReason, long sequence) {
        return new RiskView(view.riskId(), view.tenantId(), view.projectId(), view.portfolioId(), view.kind(),
                view.title(), view.description(), view.category(), view.cause(), view.effect(), ownerId,
                view.proximity(), status, inherent, residual, strategy, response, actions, escalated, issueId,
                closedReason, sequence);
    }

    private void change(RiskEvent event, long sequence, UnaryOperator<RiskView> change) {
        RiskView view = mongo.findById(event.riskId(), RiskView.class);
        if (view == null) {
            throw new IllegalStateException("Risk " + event.riskId() + " changed before it was raised");
        }
        if (view.version() < sequence) {
            mongo.save(change.apply(view));
        }
    }
}
