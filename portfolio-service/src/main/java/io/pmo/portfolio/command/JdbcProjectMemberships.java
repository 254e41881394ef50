package io.pmo.portfolio.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ProjectMemberships} in the service's PostgreSQL database, table {@code portfolio_project_membership}
 * (Flyway {@code db/portfolio}). The insert joins the transaction Axon opened for the command on the same data
 * source, so the claim commits or rolls back with the portfolio's events; two portfolios claiming one project at
 * once meet on the primary key, and the second waits for the first and then sees its row.
 */
@Component
class JdbcProjectMemberships implements ProjectMemberships {

    private final JdbcTemplate jdbc;

    JdbcProjectMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String claim(String tenantId, String projectId, String portfolioId) {
        jdbc.update("INSERT INTO portfolio_project_membership (tenant_id, project_id, portfolio_id) VALUES (?, ?, ?) "
                + "ON CONFLICT (tenant_id, project_id) DO NOTHING", tenantId, projectId, portfolioId);
        return jdbc.queryForObject("SELECT portfolio_id FROM portfolio_project_membership WHERE tenant_id = ? AND "
                + "project_id = ?", String.class, tenantId, projectId);
    }

    @Override
    public void release(String tenantId, String projectId, String portfolioId) {
        jdbc.update("DELETE FROM portfolio_project_membership WHERE tenant_id = ? AND project_id = ? AND "
                + "portfolio_id = ?", tenantId, projectId, portfolioId);
    }
}
