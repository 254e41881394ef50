package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A risk's description changed; the event carries all of it (nullable as in {@link RiskRaised}). */
@Revision("1")
public record RiskDetailsChanged(String riskId, String tenantId, String title, String description, String category,
        String cause, String effect, LocalDate proximity) implements RiskEvent {
}
