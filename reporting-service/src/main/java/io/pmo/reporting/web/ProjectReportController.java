package io.pmo.reporting.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.Paging;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.query.ProjectReportQueries;
import io.pmo.reporting.query.ProjectReportQueries.ReportOrder;
import io.pmo.reporting.query.ProjectReportRow;
import io.pmo.reporting.query.RagResult;
import io.pmo.reporting.rag.Rag;

/**
 * {@code /api/v1/reports/projects}: the tenant's project report rows. A row's ETag is the project version it
 * reflects; {@code ?minVersion=} (or {@code X-Min-Version}) waits briefly for the report to catch up with a
 * write, else answers 202 with what it has.
 */
@RestController
@RequestMapping("/api/v1/reports/projects")
class ProjectReportController {

    private final ProjectReportQueries reports;

    ProjectReportController(ProjectReportQueries reports) {
        this.reports = reports;
    }

    /**
     * The dashboard: {@code status} (lifecycle state) and {@code computedRag} (overall computed rating) filter;
     * {@code sort} is {@code name} (the default), {@code spi}, {@code cpi} or {@code plannedFinish}, a leading
     * {@code -} for descending; ties by id, so pages are stable.
     */
    @GetMapping
    Page<ProjectReportRow> list(RequestIdentity identity, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Rag computedRag, @RequestParam(defaultValue = "name") String sort) {
        Paging.check(page, size);
        boolean descending = sort.startsWith("-");
        ReportOrder order = ReportOrder.named(descending ? sort.substring(1) : sort)
                .orElseThrow(() -> new InvalidRequestException("Unknown sort " + sort,
                        List.of(Map.of("field", "sort", "message", "must be name, spi, cpi or plannedFinish, "
                                + "optionally with a leading - for descending"))));
        return reports.list(identity.tenantId(), status, computedRag, order, descending, page, size);
    }

    /** Every computed RAG of the project, oldest first, each naming the definition version that produced it. */
    @GetMapping("/{projectId}/rag-results")
    Page<RagResult> ragResults(@PathVariable String projectId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        if (reports.find(identity.tenantId(), projectId).isEmpty()) {
            throw new NotFound("No project " + projectId);
        }
        return reports.results(identity.tenantId(), projectId, page, size);
    }

    @GetMapping("/{projectId}")
    ResponseEntity<ProjectReportRow> get(@PathVariable String projectId, RequestIdentity identity,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> reports.find(identity.tenantId(), projectId),
                ProjectReportRow::lastSequence, minVersion, minVersionHeader, "No project " + projectId);
    }
}
