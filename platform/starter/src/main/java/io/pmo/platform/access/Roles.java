package io.pmo.platform.access;

import java.util.List;

/** The roles of CONVENTIONS.md, as they appear in a token's {@code roles} claim and in command metadata. */
public final class Roles {

    public static final String PMO_ADMIN = "PMO_ADMIN";
    public static final String PORTFOLIO_MANAGER = "PORTFOLIO_MANAGER";
    public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
    public static final String RESOURCE_MANAGER = "RESOURCE_MANAGER";
    public static final String RISK_OWNER = "RISK_OWNER";
    public static final String VIEWER = "VIEWER";

    /** Every role, in the order CONVENTIONS.md lists them. */
    public static final List<String> ALL = List.of(PMO_ADMIN, PORTFOLIO_MANAGER, PROJECT_MANAGER, RESOURCE_MANAGER,
            RISK_OWNER, VIEWER);

    private Roles() {
    }
}
