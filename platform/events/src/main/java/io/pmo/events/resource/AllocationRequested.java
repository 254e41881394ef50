package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A project manager asked for the resource on a project from {@code from} to {@code to} (inclusive), either at
 * {@code hoursPerWeek} or at {@code percent} of its capacity (exactly one of the two is set).
 *
 * @param requestedBy a user id
 */
@Revision("1")
public record AllocationRequested(String resourceId, String tenantId, String allocationId, String projectId,
        LocalDate from, LocalDate to, BigDecimal hoursPerWeek, BigDecimal percent, String requestedBy)
        implements ResourceEvent {
}
