package io.pmo.resource.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.resource.ResourceSettingsChanged;

/** Materialises {@link ResourceSettingsView}: the event carries the whole settings, guarded by the sequence. */
@Component
@ProcessingGroup("resource-settings")
class ResourceSettingsProjection {

    private final MongoTemplate mongo;

    ResourceSettingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ResourceSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ResourceSettingsView current = mongo.findById(event.settingsId(), ResourceSettingsView.class);
        if (current == null || current.version() == null || current.version() < sequence) {
            mongo.save(new ResourceSettingsView(event.settingsId(), event.tenantId(), event.workingWeekdays(),
                    event.holidays(), event.overAllocationPolicy(), sequence, at));
        }
    }
}
