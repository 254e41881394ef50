package io.pmo.portfolio.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.portfolio.PortfolioSettingsChanged;

/** Materialises {@link PortfolioSettingsView}: the event carries the whole settings, guarded by the sequence. */
@Component
@ProcessingGroup("portfolio-settings")
class PortfolioSettingsProjection {

    private final MongoTemplate mongo;

    PortfolioSettingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PortfolioSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        PortfolioSettingsView current = mongo.findById(event.settingsId(), PortfolioSettingsView.class);
        if (current == null || current.version() == null || current.version() < sequence) {
            mongo.save(new PortfolioSettingsView(event.settingsId(), event.tenantId(), event.gates(), sequence, at));
        }
    }
}
