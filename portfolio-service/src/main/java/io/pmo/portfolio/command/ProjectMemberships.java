package io.pmo.portfolio.command;

/**
 * Which portfolio holds a project as a candidate, across the tenant: a project is a candidate of at most one
 * portfolio, a rule no single portfolio aggregate can check. Claimed inside the command's transaction, so a
 * command that fails later releases the claim with everything else.
 */
public interface ProjectMemberships {

    /**
     * Claims the project for the portfolio.
     * @return the portfolio that holds it now: {@code portfolioId} itself, or the other portfolio that holds it
     */
    String claim(String tenantId, String projectId, String portfolioId);

    /** Releases the project if this portfolio holds it (a rejected candidate may go to another portfolio). */
    void release(String tenantId, String projectId, String portfolioId);
}
