package io.pmo.portfolio.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.WsjfEstimated;

/**
 * Materialises {@link CandidateView}s. The events of one portfolio arrive in order within a segment, so each
 * change reads the candidate, changes it and saves it, guarded by the sequence it last applied (a replayed event
 * changes nothing). The decision history keeps the latest {@link #MAX_DECISIONS}; the audit trail has them all.
 */
@Component
@ProcessingGroup("portfolio-candidates")
class CandidateProjection {

    static final int MAX_DECISIONS = 200;

    private final MongoTemplate mongo;

    CandidateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CandidateProposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.projectId(), CandidateView.class) == null) {
            mongo.save(new CandidateView(event.projectId(), event.portfolioId(), event.tenantId(), event.programId(),
                    event.fiscalYear(), event.estimatedCost(), event.estimatedBenefit(), event.gate(), false, null,
                    List.of(), List.of(), List.of(), at, sequence));
        }
    }

    @EventHandler
    void on(CandidateEstimated event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, view -> copy(view, event.estimatedCost(), event.estimatedBenefit(),
                view.gate(), view.rejected(), view.funding(), view.ratings(), view.wsjf(), view.decisions(), sequence));
    }

    @EventHandler
    void on(CandidateScored event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, view -> {
            List<CandidateView.Rating> ratings = new ArrayList<>(view.ratings());
            event.ratings().forEach((criterion, points) -> {
                ratings.removeIf(rating -> rating.scorerId().equals(event.scorerId())
                        && rating.modelVersion() == event.modelVersion() && rating.criterion().equals(criterion));
                ratings.add(new CandidateView.Rating(event.scorerId(), event.modelVersion(), criterion, points));
            });
            return copy(view, view.estimatedCost(), view.estimatedBenefit(), view.gate(), view.rejected(),
                    view.funding(), ratings, view.wsjf(), view.decisions(), sequence);
        });
    }

    @EventHandler
    void on(WsjfEstimated event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, view -> {
            List<CandidateView.Wsjf> estimates = new ArrayList<>(view.wsjf());
            estimates.removeIf(estimate -> estimate.scorerId().equals(event.scorerId()));
            estimates.add(new CandidateView.Wsjf(event.scorerId(), event.businessValue(), event.timeCriticality(),
                    event.riskReduction(), event.jobSize()));
            return copy(view, view.estimatedCost(), view.estimatedBenefit(), view.gate(), view.rejected(),
                    view.funding(), view.ratings(), estimates, view.decisions(), sequence);
        });
    }

    @EventHandler
    void on(GateDecided event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, view -> {
            List<CandidateView.Decision> decisions = new ArrayList<>(view.decisions());
            decisions.add(new CandidateView.Decision(event.decisionId(), event.fromGate(), event.decision(),
                    event.toGate(), event.approverId(), event.reason(), event.criteriaMet(), at));
            if (decisions.size() > MAX_DECISIONS) {
                decisions = decisions.subList(decisions.size() - MAX_DECISIONS, decisions.size());
            }
            return copy(view, view.estimatedCost(), view.estimatedBenefit(), event.toGate(),
                    event.decision() == GateDecision.REJECT, view.funding(), view.ratings(), view.wsjf(), decisions,
                    sequence);
        });
    }

    @EventHandler
    void on(EnvelopeOverridden event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, view -> copy(view, view.estimatedCost(), view.estimatedBenefit(),
                view.gate(), view.rejected(), new CandidateView.Funding(event.decisionId(), null, null, true),
                view.ratings(), view.wsjf(), view.decisions(), sequence));
    }

    @EventHandler
    void on(FundingApproved event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, view -> {
            boolean overridden = view.funding() != null && view.funding().overridden()
                    && event.decisionId().equals(view.funding().decisionId());
            return copy(view, view.estimatedCost(), view.estimatedBenefit(), view.gate(), view.rejected(),
                    new CandidateView.Funding(event.decisionId(), event.amount(), event.decidedOn(), overridden),
                    view.ratings(), view.wsjf(), view.decisions(), sequence);
        });
    }

    private void change(String projectId, long sequence, UnaryOperator<CandidateView> change) {
        CandidateView view = mongo.findById(projectId, CandidateView.class);
        if (view == null) {
            throw new IllegalStateException("Candidate " + projectId + " changed before it was proposed");
        }
        if (view.version() < sequence) {
            mongo.save(change.apply(view));
        }
    }

    private static CandidateView copy(CandidateView view, io.pmo.events.common.Money cost,
            io.pmo.events.common.Money benefit, String gate, boolean rejected, CandidateView.Funding funding,
            List<CandidateView.Rating> ratings, List<CandidateView.Wsjf> wsjf, List<CandidateView.Decision> decisions,
            long sequence) {
        return new CandidateView(view.projectId(), view.portfolioId(), view.tenantId(), view.programId(),
                view.fiscalYear(), cost, benefit, gate, rejected, funding, List.copyOf(ratings), List.copyOf(wsjf),
                List.copyOf(decisions), view.proposedAt(), sequence);
    }
}
