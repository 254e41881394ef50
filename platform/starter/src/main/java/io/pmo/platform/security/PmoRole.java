package io.pmo.platform.security;

/**
 * The roles of CONVENTIONS.md, as they appear in a token's {@code roles} claim. A role in a token that is not
 * listed here grants nothing.
 */
public enum PmoRole {
    PMO_ADMIN, PORTFOLIO_MANAGER, PROJECT_MANAGER, RESOURCE_MANAGER, RISK_OWNER, VIEWER;

    /** The Spring Security authority of this role ({@code ROLE_PMO_ADMIN}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
