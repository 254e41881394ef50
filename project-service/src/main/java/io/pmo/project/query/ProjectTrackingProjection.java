package io.pmo.project.query;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.query.ProjectFact.Correction;
import io.pmo.project.query.ProjectFact.Kind;
import io.pmo.project.query.ProjectFact.Values;

/**
 * Materialises {@link ProjectFact}s and {@link ProjectStatusReport}s. Facts and reports are keyed by their own
 * ids, and a correction is applied only if the fact does not list it yet, so a replay changes nothing.
 */
@Component
@ProcessingGroup("project-tracking")
class ProjectTrackingProjection {

    private final MongoTemplate mongo;

    ProjectTrackingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProgressReported event, @Timestamp Instant at) {
        insert(new ProjectFact(event.factId(), event.projectId(), event.tenantId(), event.taskId(), Kind.PROGRESS,
                new Values(event.effectiveDate(), event.percentComplete(), event.actualStart(), event.actualFinish(),
                        event.checkpointsDone(), null), at, List.of()));
    }

    @EventHandler
    void on(ProgressCorrected event, @Timestamp Instant at) {
        correct(event.correctsFactId(), new Correction(event.factId(), new Values(event.effectiveDate(),
                event.percentComplete(), event.actualStart(), event.actualFinish(), event.checkpointsDone(), null),
                event.reason(), at));
    }

    @EventHandler
    void on(ActualCostRecorded event, @Timestamp Instant at) {
        insert(new ProjectFact(event.factId(), event.projectId(), event.tenantId(), event.taskId(), Kind.COST,
                new Values(event.effectiveDate(), null, null, null, List.of(), event.amount()), at, List.of()));
    }

    @EventHandler
    void on(ActualCostCorrected event, @Timestamp Instant at) {
        correct(event.correctsFactId(), new Correction(event.factId(), new Values(event.effectiveDate(), null, null,
                null, List.of(), event.amount()), event.reason(), at));
    }

    @EventHandler
    void on(StatusReportFiled event, @Timestamp Instant at, @MetaDataValue(PmoMetadata.PRINCIPAL) String principal) {
        if (mongo.findById(event.reportId(), ProjectStatusReport.class) == null) {
            mongo.save(new ProjectStatusReport(event.reportId(), event.projectId(), event.tenantId(),
                    event.statusDate(), event.schedule(), event.cost(), event.scope(), event.risk(), event.summary(),
                    principal, at));
        }
    }

    private void insert(ProjectFact fact) {
        if (mongo.findById(fact.factId(), ProjectFact.class) == null) {
            mongo.save(fact);
        }
    }

    private void correct(String factId, Correction correction) {
        ProjectFact fact = mongo.findById(factId, ProjectFact.class);
        if (fact == null) {
            throw new IllegalStateException("No fact " + factId + " for correction " + correction.factId()
                    + ": the fact was not applied");
        }
        if (fact.corrections().stream().noneMatch(known -> known.factId().equals(correction.factId()))) {
            mongo.save(fact.corrected(correction));
        }
    }
}
