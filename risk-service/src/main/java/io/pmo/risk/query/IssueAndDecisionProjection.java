package io.pmo.risk.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.risk.DecisionRecorded;
import io.pmo.events.risk.IssueRaised;
import io.pmo.events.risk.IssueResolved;

/** Materialises {@link IssueView}s and {@link DecisionView}s: inserted once by id, an issue resolved once. */
@Component
@ProcessingGroup("risk-issues")
class IssueAndDecisionProjection {

    private final MongoTemplate mongo;

    IssueAndDecisionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IssueRaised event, @SequenceNumber long sequence) {
        if (mongo.findById(event.issueId(), IssueView.class) == null) {
            mongo.save(new IssueView(event.issueId(), event.tenantId(), event.projectId(), event.portfolioId(),
                    event.riskId(), event.title(), event.description(), event.severity(), event.ownerId(), null, null,
                    sequence));
        }
    }

    @EventHandler
    void on(IssueResolved event, @SequenceNumber long sequence) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.issueId()).and("version").lt(sequence)),
                new Update().set("resolution", event.resolution()).set("resolvedOn", event.resolvedOn())
                        .set("version", sequence), IssueView.class);
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence) {
        if (mongo.findById(event.decisionId(), DecisionView.class) == null) {
            mongo.save(new DecisionView(event.decisionId(), event.tenantId(), event.projectId(), event.portfolioId(),
                    event.title(), event.decision(), event.rationale(), event.decidedBy(), event.decidedOn(),
                    event.riskIds(), event.issueIds(), sequence));
        }
    }
}
