package io.pmo.platform.consumer;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.TenantEvent;

/**
 * One event as a consumer's handler gets it: the typed record (already upcast to the revision this service
 * knows) plus the CloudEvent's metadata. {@code type} and {@code data} are the message as it was published,
 * before any upcasting, so an audit trail can keep exactly what was on the wire.
 *
 * @param consumerGroup the consumer group that received it
 * @param id the CloudEvent id (the producer's event id)
 * @param type the CloudEvents type as published, e.g. {@code io.pmo.project.ProjectCreated.v1}
 * @param source the CloudEvents source, e.g. {@code /pmo/project-service}
 * @param tenantId the tenant (the envelope's {@code tenantid}, else the record's)
 * @param principal who caused it, may be null
 * @param correlationId the conversation it belongs to, may be null
 * @param causationId the message that caused it, may be null
 * @param aggregateId the source aggregate: the CloudEvent {@code subject}
 * @param sequence the source aggregate's sequence number of this event ({@code aggregatesequence})
 * @param time when it happened
 * @param data the JSON data as published
 * @param event the typed record
 */
public record ReceivedEvent<T>(String consumerGroup, String id, String type, String source, String tenantId,
        String principal, String correlationId, String causationId, String aggregateId, long sequence, Instant time,
        JsonNode data, T event) {

    /**
     * The event as a handler sees it: tenant and aggregate from the envelope, falling back to the record when
     * the envelope lacks them (a {@link TenantEvent} names both).
     */
    public static <T> ReceivedEvent<T> of(String consumerGroup, CloudEvent cloudEvent, T event) {
        TenantEvent tenantEvent = event instanceof TenantEvent t ? t : null;
        String tenant = cloudEvent.tenantid() != null ? cloudEvent.tenantid()
                : tenantEvent != null ? tenantEvent.tenantId() : null;
        String aggregate = cloudEvent.subject() != null ? cloudEvent.subject()
                : tenantEvent != null ? tenantEvent.aggregateId() : null;
        return new ReceivedEvent<>(consumerGroup, cloudEvent.id(), cloudEvent.type(), cloudEvent.source(), tenant,
                cloudEvent.principal(), cloudEvent.correlationid(), cloudEvent.causationid(), aggregate,
                cloudEvent.aggregatesequence(), cloudEvent.time(), cloudEvent.data(), event);
    }
}
