package io.pmo.risk.query;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.events.risk.RiskSettingsEvent;
import io.pmo.platform.query.TenantQueries;

/** Reads of {@link RiskSettingsView}; also the risk aggregate's port {@link RiskPolicies}. */
@Component
public class RiskSettingsQueries implements RiskPolicies {

    private final TenantQueries queries;

    RiskSettingsQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<RiskSettingsView> find(String tenantId) {
        return queries.findById(tenantId, RiskSettingsEvent.settingsIdOf(tenantId), RiskSettingsView.class);
    }

    @Override
    public RiskSettingsView settings(String tenantId) {
        return find(tenantId).orElseGet(() -> RiskSettingsView.defaults(tenantId));
    }
}
