package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.query.RiskHeatmap.Scope;

/**
 * Reads of {@link RiskHeatmap}, always within one tenant. A project or portfolio reporting knows (it has its
 * report row or roll-up) but no risk of which was counted yet has an empty map; one it knows nothing of, or of
 * another tenant, has none.
 */
@Component
public class RiskHeatmapQueries {

    private final TenantQueries queries;

    public RiskHeatmapQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<RiskHeatmap> ofProject(String tenantId, String projectId) {
        return find(tenantId, Scope.PROJECT, projectId).or(() -> queries
                .findById(tenantId, projectId, ProjectReportRow.class)
                .map(row -> RiskHeatmap.empty(tenantId, Scope.PROJECT, projectId)));
    }

    public Optional<RiskHeatmap> ofPortfolio(String tenantId, String portfolioId) {
        return find(tenantId, Scope.PORTFOLIO, portfolioId).or(() -> queries
                .findById(tenantId, portfolioId, PortfolioRollup.class)
                .map(rollup -> RiskHeatmap.empty(tenantId, Scope.PORTFOLIO, portfolioId)));
    }

    private Optional<RiskHeatmap> find(String tenantId, Scope scope, String id) {
        return queries.findById(tenantId, RiskHeatmap.idOf(scope, id), RiskHeatmap.class);
    }
}
