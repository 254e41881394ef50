package io.pmo.project.query;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The one way project-service's small read models keyed by project id apply a change: load the document, skip an
 * event whose sequence the document has seen already (a replay or a repeat changes nothing), apply the change and
 * record which event built the document last. A change of a project whose creation was never applied is an
 * error, so the event processor retries it rather than dropping it. Only for documents that do not grow with the
 * project: the plan, which does, writes per task ({@link ProjectPlanProjection}).
 */
final class ProjectDocuments {

    /** A read-model document that follows a project's versions. */
    interface Versioned<T> {

        long version();

        /** This document as built by the event at {@code sequence}. */
        T appliedEvent(long sequence, Instant at, String eventId);
    }

    private ProjectDocuments() {
    }

    static <T extends Versioned<T>> void update(MongoTemplate mongo, Class<T> type, String projectId, long sequence,
            Instant at, EventMessage<?> message, UnaryOperator<T> change) {
        T current = mongo.findById(projectId, type);
        if (current == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " for project " + projectId
                    + " at sequence " + sequence + ": its creation was not applied");
        }
        if (sequence <= current.version()) {
            return;
        }
        mongo.save(change.apply(current).appliedEvent(sequence, at, message.getIdentifier()));
    }
}
