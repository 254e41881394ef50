package io.pmo.reporting.query;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.reporting.query.ProjectReportRow.ReportedRag;

/**
 * Materialises {@link ProjectReportRow} from {@code pmo.project.events}. Every change is one conditional write
 * through {@link SourceGuard}: "only if the row's last sequence of this project is below this event's", so a
 * duplicate or an older redelivered event is a no-op, even if the service crashed between this write and the
 * toolkit's own bookkeeping, or two consumers briefly overlap during a rebalance.
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
     * record must be retried (and, if it keeps failing, dead-lettered), not dropped
     */
    public boolean apply(ProjectEvent event, ReceivedEvent<?> received) {
        Update change;
        if (event instanceof ProjectCreated created) {
            change = new Update().set("tenantId", created.tenantId()).set("name", created.name())
                    .set("plannedStart", created.plannedStart()).set("plannedFinish", created.plannedFinish())
                    .set("status", created.status());
            return SourceGuard.upsert(mongo, ProjectReportRow.class, created.projectId(), stamp(change, received),
                    received) || duplicate(received, event.projectId());
        }
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
        else if (event instanceof MilestoneMissed) {
            // Applied once per event: the sequence guard below makes the increment idempotent.
            change = new Update().inc("missedMilestones", 1);
        }
        else if (event instanceof StatusReportFiled report) {
            change = latestReport(report);
        }
        else {
            // Nothing of the row changes (e.g. a task was planned), but its version follows the project's, so
            // that a read with ?minVersion= after any write of the project finds it.
            change = new Update();
        }
        if (SourceGuard.update(mongo, ProjectReportRow.class, event.projectId(), stamp(change, received), received)) {
            return true;
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(event.projectId())), ProjectReportRow.class)) {
            throw new ProjectNotYetCreatedException(event.projectId(), received.sequence(), received.id());
        }
        return duplicate(received, event.projectId());
    }

    /**
     * The report becomes the row's reported RAG unless the row holds one of a later status date: events of a
     * project arrive in order, so reading the row first and writing under the sequence guard is safe.
     */
    private Update latestReport(StatusReportFiled report) {
        ProjectReportRow row = mongo.findById(report.projectId(), ProjectReportRow.class);
        if (row != null && row.reportedRag() != null && row.reportedRag().statusDate().isAfter(report.statusDate())) {
            return new Update();
        }
        return new Update().set("reportedRag", new ReportedRag(report.reportId(), report.statusDate(),
                report.schedule(), report.cost(), report.scope(), report.risk(), report.summary()));
    }

    private Update stamp(Update change, ReceivedEvent<?> received) {
        return change.set("lastSequence", received.sequence())
                .set("updatedAt", clock.instant())
                .set("correlationId", received.correlationId());
    }

    private static boolean duplicate(ReceivedEvent<?> received, String projectId) {
        log.debug("{} of project {} at sequence {} is already applied", received.type(), projectId,
                received.sequence());
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
