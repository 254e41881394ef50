package io.pmo.reporting.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.web.Paging;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.query.ResourceUtilization;
import io.pmo.reporting.query.UtilizationQueries;
import io.pmo.reporting.query.UtilizationWeek;

/**
 * {@code /api/v1/reports/utilization}: the tenant's resources per ISO week as {@code pmo.resource.events} reported
 * them, readable by every role. A range selects the weeks overlapping {@code [from, to]}. One resource's read
 * carries its version (the resource's last applied event) as ETag; {@code ?minVersion=} (or
 * {@code X-Min-Version}) waits briefly for it to catch up with a write of the resource, else answers 202.
 */
@RestController
@RequestMapping("/api/v1/reports/utilization")
class UtilizationController {

    private final UtilizationQueries utilization;

    UtilizationController(UtilizationQueries utilization) {
        this.utilization = utilization;
    }

    /** Resource x week rows by week, then resource id, so pages are stable. */
    @GetMapping
    Page<UtilizationWeek> list(RequestIdentity identity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean overAllocated, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ReportRange.check(from, to);
        Paging.check(page, size);
        return utilization.list(identity.tenantId(), from, to, overAllocated, page, size);
    }

    @GetMapping("/{resourceId}")
    ResponseEntity<ResourceUtilization> resource(@PathVariable String resourceId, RequestIdentity identity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        ReportRange.check(from, to);
        return ReadModelWait.respond(() -> utilization.resource(identity.tenantId(), resourceId, from, to),
                ResourceUtilization::version, minVersion, minVersionHeader, "No resource " + resourceId);
    }
}
