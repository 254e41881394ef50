package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A resource was registered. A person is named by a user id only (personal data stays out of events); a
 * placeholder by a label.
 *
 * @param userId the person's user id; null for a placeholder
 * @param label the placeholder's label; null for a person
 * @param role e.g. "Developer"
 * @param hoursPerDay hours on a full working day (0 < h <= 24)
 * @param costRate cost per hour
 * @param availableFrom onboarding date; null: always
 * @param availableUntil offboarding date, inclusive; null: open
 */
@Revision("1")
public record ResourceRegistered(String resourceId, String tenantId, ResourceKind kind, String userId, String label,
        String role, BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom, LocalDate availableUntil)
        implements ResourceEvent {
}
