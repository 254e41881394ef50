package io.pmo.reporting.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.query.ProjectResourceCosts;
import io.pmo.reporting.query.ResourceCostQueries;

/**
 * {@code /api/v1/reports/projects/{id}/resource-costs}: what a project's confirmed allocations cost per ISO week
 * and in total, per currency, readable by every role. It is summed from the events of every resource the project
 * has allocated, so it has no single version to wait for: it follows them eventually.
 */
@RestController
class ResourceCostController {

    private final ResourceCostQueries costs;

    ResourceCostController(ResourceCostQueries costs) {
        this.costs = costs;
    }

    @GetMapping("/api/v1/reports/projects/{projectId}/resource-costs")
    ProjectResourceCosts project(@PathVariable String projectId, RequestIdentity identity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportRange.check(from, to);
        return costs.project(identity.tenantId(), projectId, from, to)
                .orElseThrow(() -> new NotFound("No project " + projectId));
    }
}
