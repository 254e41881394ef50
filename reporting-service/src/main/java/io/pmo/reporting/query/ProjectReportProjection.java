package io.pmo.reporting.query;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatusChanged;

/**
 * Materialises {@link ProjectReportRow} from {@code pmo.project.events}. The row is fed by one source
 * aggregate, the project, so its {@code lastSequence} is the dedupe key: every change is one conditional
 * update "only if lastSequence is below this event's sequence", which makes a duplicate or an older redelivered
 * event a no-op, even if two consumers briefly overlap during a rebalance.
 */
@Component
public class ProjectReportProjection {

    private static final Logger log = LoggerFactory.getLogger(ProjectReportProjection.class);

    private final MongoTemplate mongo;

    private final Clock clock;

    public ProjectReportProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Applies one project event.
     * @return whether the row changed
     * @throws ProjectNotYetCreatedException for a change of a project whose creation was never applied: the
     * record must be retried, not dropped
     */
    public boolean apply(CloudEvent envelope, ProjectEvent event) {
        if (event instanceof ProjectCreated created) {
            return create(envelope, created);
        }
        Update change;
        if (event instanceof ProjectRenamed renamed) {
            change = new Update().set("name", renamed.name());
        }
        else if (event instanceof ProjectPlannedDatesChanged dates) {
            change = new Update().set("plannedStart", dates.plannedStart()).set("plannedFinish", dates.plannedFinish());
        }
        else if (event instanceof ProjectStatusChanged status) {
            change = new Update().set("status", status.to());
        }
        else if (event instanceof ProjectManagerAssigned assigned) {
            change = new Update().set("managerId", assigned.managerId());
        }
        else {
            log.debug("{} does not change the project report", envelope.type());
            return false;
        }
        return update(envelope, event.projectId(), change);
    }

    private boolean create(CloudEvent envelope, ProjectCreated event) {
        try {
            mongo.insert(new ProjectReportRow(event.projectId(), event.tenantId(), event.name(), event.plannedStart(),
                    event.plannedFinish(), event.status(), null, envelope.aggregatesequence(), envelope.id(),
                    envelope.time(), clock.instant(), envelope.correlationid()));
            return true;
        }
        catch (DuplicateKeyException ex) {
            log.debug("Project {} is already in the report: {} is a duplicate", event.projectId(), envelope.id());
            return false;
        }
    }

    private boolean update(CloudEvent envelope, String projectId, Update change) {
        long sequence = envelope.aggregatesequence();
        Query newer = Query.query(Criteria.where("_id").is(projectId).and("lastSequence").lt(sequence));
        change.set("lastSequence", sequence)
                .set("lastEventId", envelope.id())
                .set("lastEventAt", envelope.time())
                .set("updatedAt", clock.instant())
                .set("correlationId", envelope.correlationid());
        if (mongo.updateFirst(newer, change, ProjectReportRow.class).getMatchedCount() > 0) {
            return true;
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(projectId)), ProjectReportRow.class)) {
            throw new ProjectNotYetCreatedException(projectId, sequence, envelope.id());
        }
        log.debug("{} of project {} at sequence {} is already applied", envelope.type(), projectId, sequence);
        return false;
    }

    /** A change arrived for a project the report has never seen created; retrying may find it. */
    public static class ProjectNotYetCreatedException extends RuntimeException {

        ProjectNotYetCreatedException(String projectId, long sequence, String eventId) {
            super("No report row for project " + projectId + " at sequence " + sequence + " (event " + eventId
                    + "): its creation was not applied");
        }
    }
}
