package io.pmo.portfolio.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.StageGate;

/** A tenant's portfolio settings: its stage gates, in order. {@code version} null for the defaults. */
@Document("portfolio_settings")
public record PortfolioSettingsView(@Id String settingsId, String tenantId, List<StageGate> gates, Long version,
        Instant changedAt) {

    public static PortfolioSettingsView defaults(String tenantId, List<StageGate> gates) {
        return new PortfolioSettingsView(PortfolioSettingsEvent.settingsIdOf(tenantId), tenantId, gates, null, null);
    }
}
