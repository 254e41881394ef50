package io.pmo.project.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.project.ProjectSettingsChanged;

/**
 * Materialises {@link ProjectSettingsView} from the event store. The event carries the whole settings, so each
 * one replaces the document, guarded by the last applied sequence: a replayed or repeated event changes nothing.
 */
@Component
@ProcessingGroup("project-settings")
class ProjectSettingsProjection {

    private final MongoTemplate mongo;

    ProjectSettingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProjectSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        ProjectSettingsView current = mongo.findById(event.settingsId(), ProjectSettingsView.class);
        if (current != null && current.version() != null && sequence <= current.version()) {
            return;
        }
        mongo.save(new ProjectSettingsView(event.settingsId(), event.tenantId(), event.workingWeekdays(),
                event.holidays(), event.customFields(), sequence, at, message.getIdentifier()));
    }
}
