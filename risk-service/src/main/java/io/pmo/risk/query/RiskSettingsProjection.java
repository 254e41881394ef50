package io.pmo.risk.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.risk.RiskSettingsChanged;

/** Materialises {@link RiskSettingsView}: the event carries the whole settings, guarded by the sequence. */
@Component
@ProcessingGroup("risk-settings")
class RiskSettingsProjection {

    private final MongoTemplate mongo;

    RiskSettingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RiskSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        RiskSettingsView current = mongo.findById(event.settingsId(), RiskSettingsView.class);
        if (current == null || current.version() == null || current.version() < sequence) {
            mongo.save(new RiskSettingsView(event.settingsId(), event.tenantId(), event.probabilityNames(),
                    event.impactNames(), event.probabilityPercents(), event.mediumFrom(), event.highFrom(),
                    event.criticalFrom(), event.escalationScore(), event.responseDays(), sequence, at));
        }
    }
}
