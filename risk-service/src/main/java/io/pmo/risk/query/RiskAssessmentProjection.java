package io.pmo.risk.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.risk.RiskAssessed;
import io.pmo.platform.messaging.PmoMetadata;

/** Materialises {@link RiskAssessmentView}s: one document per assessment, inserted once by its id. */
@Component
@ProcessingGroup("risk-views")
class RiskAssessmentProjection {

    private final MongoTemplate mongo;

    RiskAssessmentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RiskAssessed event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        if (mongo.findById(event.assessmentId(), RiskAssessmentView.class) == null) {
            Object principal = message.getMetaData().get(PmoMetadata.PRINCIPAL);
            mongo.save(new RiskAssessmentView(event.assessmentId(), event.riskId(), event.tenantId(), event.kind(),
                    event.probability(), event.impact(), event.score(), event.band(), event.costImpact(), event.emv(),
                    event.assessedOn(), event.note(), principal == null ? null : principal.toString(), at, sequence));
        }
    }
}
