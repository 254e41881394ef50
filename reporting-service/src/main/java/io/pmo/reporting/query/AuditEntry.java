package io.pmo.reporting.query;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * One published event as the audit trail keeps it: who (tenant, principal), why (correlation, causation),
 * what (type and payload) and when (event time, and when reporting recorded it). The {@code _id} is the
 * CloudEvent id, so a redelivered event cannot be recorded twice.
 */
@org.springframework.data.mongodb.core.mapping.Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String eventId, String aggregateId, long aggregateSequence, String tenantId,
        String principal, String correlationId, String causationId, String type, Instant eventTime,
        Instant recordedAt, Document payload, String source) {

    public static final String COLLECTION = "audit_entries";
}
