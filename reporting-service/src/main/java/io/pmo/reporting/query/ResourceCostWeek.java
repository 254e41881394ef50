package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;

/**
 * A project's resource cost in one ISO week: what each of its confirmed allocations costs in the week, keyed by
 * allocation id. Id {@code <projectId>:<weekStart>}; kept by {@link ResourceCostProjection}.
 *
 * <p>The allocations of a project load different resources, whose events arrive on different partitions at the
 * same time. Each allocation therefore writes or removes only its own entry (one atomic update of this
 * document), and the week's totals are summed when read, so no write depends on what another allocation wrote.
 *
 * @param weekStart the Monday of the week
 * @param allocations the allocations costing something in the week; empty once all were taken off
 */
@Document(ResourceCostWeek.COLLECTION)
public record ResourceCostWeek(@Id String id, String tenantId, String projectId, LocalDate weekStart,
        Map<String, Share> allocations) {

    public static final String COLLECTION = "report_resource_costs";

    public ResourceCostWeek {
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
