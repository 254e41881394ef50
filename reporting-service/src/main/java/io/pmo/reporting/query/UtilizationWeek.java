package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.resource.ResourceKind;

/**
 * One resource in one ISO week, as the last {@code UtilizationChanged} that touched the week said, with who the
 * resource is (from its {@link ResourceProfile}). Id {@code <resourceId>:<weekStart>}; kept by
 * {@link UtilizationProjection}.
 *
 * <p>{@code lastSequence} is the resource's event that wrote the figures; {@code sources} (bookkeeping) holds
 * the same per source aggregate for {@code SourceGuard}, so that an older {@code UtilizationChanged} never
 * overwrites the week. {@code profileSequence} (bookkeeping) is the resource's event the profile fields come
 * from.
 *
 * @param weekStart the Monday of the week
 * @param confirmedHours load of confirmed, not suspended allocations
 * @param requestedHours load of allocations still requested
 * @param utilization confirmed / capacity, four decimals; null when the week has no capacity
 * @param overAllocated confirmed load above capacity (also with no capacity at all)
 */
@Document(UtilizationWeek.COLLECTION)
public record UtilizationWeek(@Id String id, String tenantId, String resourceId, LocalDate weekStart,
        BigDecimal capacityHours, BigDecimal confirmedHours, BigDecimal requestedHours, BigDecimal utilization,
        boolean overAllocated, ResourceKind kind, String userId, String label, String role, long lastSequence,
        String lastEventId, Instant lastEventAt, @JsonIgnore long profileSequence,
        @JsonIgnore Map<String, Long> sources) {

    public static final String COLLECTION = "report_utilization";

    public UtilizationWeek {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public static String idOf(String resourceId, LocalDate weekStart) {
        return resourceId + ":" + weekStart;
    }
}
