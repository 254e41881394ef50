package io.pmo.portfolio.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;

/** Materialises {@link ScenarioView}s: inserted once by id, approved once (both guarded, so replays change nothing). */
@Component
@ProcessingGroup("portfolio-scenarios")
class ScenarioProjection {

    private final MongoTemplate mongo;

    ScenarioProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ScenarioEvaluated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.scenarioId(), ScenarioView.class) == null) {
            mongo.save(new ScenarioView(event.scenarioId(), event.portfolioId(), event.tenantId(), event.name(),
                    event.budget(), event.modelVersion(), event.mustInclude(), event.mustExclude(), event.selected(),
                    event.totalValue(), event.totalCost(), event.frontier(), at, false, null, sequence));
        }
    }

    @EventHandler
    void on(ScenarioApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.scenarioId()).and("version").lt(sequence)),
                new Update().set("approved", true).set("approvedAt", at).set("version", sequence), ScenarioView.class);
    }
}
