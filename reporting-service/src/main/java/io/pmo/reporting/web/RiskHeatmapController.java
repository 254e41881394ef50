package io.pmo.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.query.RiskHeatmap;
import io.pmo.reporting.query.RiskHeatmapQueries;

/**
 * The risk heat maps of projects and portfolios, readable by every role of the tenant; another tenant's, or one
 * reporting knows nothing of, is 404. A map is fed by many risks (and a portfolio's by its candidates), so no one
 * aggregate version says how far it is: it has no ETag and takes no {@code ?minVersion=}; it follows the risks
 * eventually.
 */
@RestController
@RequestMapping("/api/v1/reports")
class RiskHeatmapController {

    private final RiskHeatmapQueries heatmaps;

    RiskHeatmapController(RiskHeatmapQueries heatmaps) {
        this.heatmaps = heatmaps;
    }

    @GetMapping("/projects/{projectId}/risk-heatmap")
    RiskHeatmap project(@PathVariable String projectId, RequestIdentity identity) {
        return heatmaps.ofProject(identity.tenantId(), projectId)
                .orElseThrow(() -> new NotFound("No project " + projectId));
    }

    @GetMapping("/portfolios/{portfolioId}/risk-heatmap")
    RiskHeatmap portfolio(@PathVariable String portfolioId, RequestIdentity identity) {
        return heatmaps.ofPortfolio(identity.tenantId(), portfolioId)
                .orElseThrow(() -> new NotFound("No portfolio " + portfolioId));
    }
}
