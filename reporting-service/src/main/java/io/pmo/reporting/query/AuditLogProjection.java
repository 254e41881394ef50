package io.pmo.reporting.query;

import java.time.Clock;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.TenantEvent;

/**
 * Materialises {@link AuditEntry}: one insert per event, keyed by the CloudEvent id. A redelivered event hits
 * the unique {@code _id} and changes nothing, so the audit trail needs no sequence guard.
 */
@Component
public class AuditLogProjection {

    private static final Logger log = LoggerFactory.getLogger(AuditLogProjection.class);

    private final MongoTemplate mongo;

    private final Clock clock;

    public AuditLogProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Records the event unless it is already recorded.
     * @param event the CloudEvent as received
     * @param data its data as the event record, for the tenant and aggregate when the envelope lacks them
     * @return whether a new entry was written
     */
    public boolean record(CloudEvent event, TenantEvent data) {
        AuditEntry entry = new AuditEntry(event.id(), event.subject() != null ? event.subject() : data.aggregateId(),
                event.aggregatesequence(), event.tenantid() != null ? event.tenantid() : data.tenantId(),
                event.principal(), event.correlationid(), event.causationid(), event.type(), event.time(),
                clock.instant(), Document.parse(event.data().toString()), event.source());
        try {
            mongo.insert(entry);
            return true;
        }
        catch (DuplicateKeyException ex) {
            log.debug("Event {} is already in the audit trail", event.id());
            return false;
        }
    }
}
