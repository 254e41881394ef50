package io.pmo.reporting.query;

import java.time.Clock;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.common.TenantEvent;
import io.pmo.platform.consumer.BatchedInserts;
import io.pmo.platform.consumer.ReceivedEvent;

/**
 * Materialises {@link AuditEntry}: one insert per event, keyed by the CloudEvent id. A redelivered event hits
 * the unique {@code _id} and changes nothing, so the audit trail needs no sequence guard. No handler reads the
 * trail, so its inserts are gathered per consumer batch into one bulk insert ({@link BatchedInserts}).
 */
@Component
public class AuditLogProjection {

    private final MongoTemplate mongo;

    private final Clock clock;

    public AuditLogProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Records the event unless it is already recorded: its type and payload exactly as published (before any
     * upcasting), with its metadata.
     * @param event the event record (unused: the trail keeps the published JSON)
     * @param received the event with its metadata, as the consumer toolkit hands it over
     */
    public void record(TenantEvent event, ReceivedEvent<?> received) {
        AuditEntry entry = new AuditEntry(received.id(), received.aggregateId(), received.sequence(),
                received.tenantId(), received.principal(), received.correlationId(), received.causationId(),
                received.type(), received.time(), clock.instant(), Document.parse(received.data().toString()),
                received.source());
        BatchedInserts.insertOnce(mongo, entry);
    }
}
