package io.pmo.risk.query;

/** The tenant's risk settings as the risk aggregate asks for them: the read model, or the defaults. */
public interface RiskPolicies {

    RiskSettingsView settings(String tenantId);
}
