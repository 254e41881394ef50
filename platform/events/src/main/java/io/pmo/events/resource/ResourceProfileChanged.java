package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A resource's profile changed; the event carries it whole.
 *
 * @param availableFrom null: always
 * @param availableUntil inclusive; null: open
 */
@Revision("1")
public record ResourceProfileChanged(String resourceId, String tenantId, String role, BigDecimal hoursPerDay,
        Money costRate, LocalDate availableFrom, LocalDate availableUntil) implements ResourceEvent {
}
