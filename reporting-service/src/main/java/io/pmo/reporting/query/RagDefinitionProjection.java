package io.pmo.reporting.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.reporting.command.RagThresholdsDefined;

/** Materialises {@link RagDefinitionVersion}s, one document per version, keyed so that a replay overwrites itself. */
@Component
@ProcessingGroup("rag-definitions")
class RagDefinitionProjection {

    private final MongoTemplate mongo;

    RagDefinitionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RagThresholdsDefined event, @Timestamp Instant at, @MetaDataValue(PmoMetadata.PRINCIPAL) String principal) {
        mongo.save(new RagDefinitionVersion(event.tenantId() + "|" + event.version(), event.tenantId(), event.version(),
                event.thresholds(), at, principal));
    }
}
