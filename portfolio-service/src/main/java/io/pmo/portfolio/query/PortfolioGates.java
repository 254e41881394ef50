package io.pmo.portfolio.query;

import java.util.List;

import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.security.PmoRole;

/**
 * The tenant's stage gates from its portfolio settings, in order: what the portfolio aggregate asks when a
 * candidate enters or a gate is decided.
 */
public interface PortfolioGates {

    /** The process of a tenant without portfolio settings: Idea, Business case, Funded, Delivery, Closed. */
    List<StageGate> DEFAULTS = List.of(
            gate("IDEA", "Idea", List.of("Problem and outcome stated"), false),
            gate("BUSINESS_CASE", "Business case", List.of("Business case reviewed", "Estimates validated"), false),
            gate("FUNDED", "Funded", List.of("Delivery plan baselined"), true),
            gate("DELIVERY", "Delivery", List.of("Benefits handed over"), false),
            gate("CLOSED", "Closed", List.of(), false));

    /** The tenant's gates, or {@link #DEFAULTS}. */
    List<StageGate> gates(String tenantId);

    private static StageGate gate(String key, String name, List<String> criteria, boolean funding) {
        return new StageGate(key, name, criteria, List.of(PmoRole.PORTFOLIO_MANAGER.name(), PmoRole.PMO_ADMIN.name()),
                funding);
    }
}
