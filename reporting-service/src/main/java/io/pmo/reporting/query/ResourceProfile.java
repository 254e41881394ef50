package io.pmo.reporting.query;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.resource.ResourceKind;

/**
 * What reports need to know of a resource: who or what it is ({@code ResourceRegistered}, the role from
 * {@code ResourceProfileChanged}), copied onto its {@link UtilizationWeek}s. One document per resource, kept by
 * {@link UtilizationProjection}.
 *
 * <p>{@code lastSequence} is the resource's last applied event of any type: its version, what a
 * {@code ?minVersion=} read of the resource's utilisation waits for. It is written after the event's other writes
 * (utilisation weeks, allocation costs), so a version reached means all of them are visible.
 * {@code profileSequence} is the event the profile fields come from. {@code sources} is {@code SourceGuard}'s
 * bookkeeping, not part of the API.
 *
 * @param userId the person's user id; null for a placeholder
 * @param label the placeholder's label; null for a person
 */
@Document(ResourceProfile.COLLECTION)
public record ResourceProfile(@Id String resourceId, String tenantId, ResourceKind kind, String userId,
        String label, String role, long profileSequence, long lastSequence, String lastEventId, Instant lastEventAt,
        @JsonIgnore Map<String, Long> sources) {

    public static final String COLLECTION = "report_resources";

    public ResourceProfile {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }
}
