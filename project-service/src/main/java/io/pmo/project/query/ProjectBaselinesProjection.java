package io.pmo.project.query;

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

import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.PerformanceBaselineDesignated;

/**
 * Materialises {@link ProjectBaseline}s. Saving is an insert keyed by the baseline id (a replay finds it and
 * changes nothing); a designation flips the flags, guarded by the version so that an older designation
 * replayed after a newer one changes nothing.
 */
@Component
@ProcessingGroup("project-baselines")
class ProjectBaselinesProjection {

    private final MongoTemplate mongo;

    ProjectBaselinesProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(BaselineSaved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.baselineId(), ProjectBaseline.class) == null) {
            mongo.save(new ProjectBaseline(event.baselineId(), event.projectId(), event.tenantId(), event.name(), at,
                    event.start(), event.finish(), event.budgetAtCompletion(), event.workingWeekdays(),
                    event.calendarExceptions(), event.tasks(), false, sequence));
        }
    }

    /**
     * Two updates on the server, so that a designation writes two flags per baseline however many tasks the
     * baselines froze (loading and saving each baseline would rewrite all of them).
     */
    @EventHandler
    void on(PerformanceBaselineDesignated event, @SequenceNumber long sequence) {
        mongo.updateMulti(Query.query(Criteria.where("projectId").is(event.projectId()).and("_id")
                .ne(event.baselineId()).and("version").lt(sequence)), designated(false, sequence), ProjectBaseline.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.baselineId()).and("version").lt(sequence)),
                designated(true, sequence), ProjectBaseline.class);
    }

    private static Update designated(boolean performance, long sequence) {
        return new Update().set("performance", performance).set("version", sequence);
    }
}
