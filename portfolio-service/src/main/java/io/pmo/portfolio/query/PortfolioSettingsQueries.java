package io.pmo.portfolio.query;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.query.TenantQueries;

/** Reads of {@link PortfolioSettingsView}; also the portfolio aggregate's port {@link PortfolioGates}. */
@Component
public class PortfolioSettingsQueries implements PortfolioGates {

    private final TenantQueries queries;

    PortfolioSettingsQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<PortfolioSettingsView> find(String tenantId) {
        return queries.findById(tenantId, PortfolioSettingsEvent.settingsIdOf(tenantId), PortfolioSettingsView.class);
    }

    /** The tenant's settings, or the default gates. */
    public PortfolioSettingsView current(String tenantId) {
        return find(tenantId).orElseGet(() -> PortfolioSettingsView.defaults(tenantId, DEFAULTS));
    }

    @Override
    public List<StageGate> gates(String tenantId) {
        return current(tenantId).gates();
    }
}
