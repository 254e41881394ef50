package io.pmo.project.query;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatusChanged;

/**
 * Materialises {@link ProjectSummary} from the event store. Each write is guarded by the project's last applied
 * sequence, so a replayed or repeated event changes nothing.
 */
@Component
@ProcessingGroup("project-summary")
class ProjectSummaryProjection {

    private final MongoTemplate mongo;

    ProjectSummaryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProjectCreated event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        if (mongo.findById(event.projectId(), ProjectSummary.class) == null) {
            mongo.save(new ProjectSummary(event.projectId(), event.tenantId(), event.name(), event.plannedStart(),
                    event.plannedFinish(), event.status(), null, sequence, at, at, message.getIdentifier()));
        }
    }

    @EventHandler
    void on(ProjectRenamed event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, s -> s.withName(event.name()));
    }

    @EventHandler
    void on(ProjectPlannedDatesChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message,
                s -> s.withPlannedDates(event.plannedStart(), event.plannedFinish()));
    }

    @EventHandler
    void on(ProjectStatusChanged event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, s -> s.withStatus(event.to()));
    }

    @EventHandler
    void on(ProjectManagerAssigned event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, s -> s.withManager(event.managerId()));
    }

    /**
     * Every other project event only moves the version, so that the document's version is always the
     * aggregate's and a read with {@code ?minVersion=} after any write finds it.
     */
    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, UnaryOperator.identity());
    }

    private void update(String projectId, long sequence, Instant at, EventMessage<?> message,
            UnaryOperator<ProjectSummary> change) {
        ProjectDocuments.update(mongo, ProjectSummary.class, projectId, sequence, at, message, change);
    }
}
