package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;

/**
 * A project's resource cost in one ISO week: what each of its confirmed allocations costs in the week, keyed by
 * allocation id, and their sums. Id {@code <projectId>:<weekStart>}; kept by {@link ResourceCostProjection}.
 *
 * <p>The allocations of a project load different resources, whose events arrive on different partitions at the
 * same time. Each allocation therefore writes or removes only its own entry, incrementing {@code inputsVersion}
 * in the same atomic update, and the sums are then recomputed from the entries and written only if
 * {@code inputsVersion} is still what was read: a sum from stale entries is refused, and whoever changed an entry
 * in between sums again after its own change.
 *
 * @param weekStart the Monday of the week
 * @param hours the entries' confirmed hours summed
 * @param costs the entries' cost summed per currency, by currency code (no exchange rate in the platform)
 * @param allocations the allocations costing something in the week; empty once all were taken off
 */
@Document(ResourceCostWeek.COLLECTION)
public record ResourceCostWeek(@Id String id, String tenantId, String projectId, LocalDate weekStart,
        BigDecimal hours, List<Money> costs, Map<String, Share> allocations, long inputsVersion) {

    public static final String COLLECTION = "report_resource_costs";

    public ResourceCostWeek {
        costs = costs == null ? List.of() : List.copyOf(costs);
        allocations = allocations == null ? Map.of() : Map.copyOf(allocations);
    }

    public static String idOf(String projectId, LocalDate weekStart) {
        return projectId + ":" + weekStart;
    }

    /**
     * One allocation's part of the week.
     * @param sequence the resource's event the allocation's state was last changed by
     * @param eventId that event's id
     * @param eventAt when it happened
     */
    public record Share(String resourceId, BigDecimal hours, Money cost, long sequence, String eventId,
            Instant eventAt) {
    }
}
