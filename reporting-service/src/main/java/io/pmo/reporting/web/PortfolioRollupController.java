package io.pmo.reporting.web;


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
import io.pmo.reporting.query.PortfolioRollup;
import io.pmo.reporting.query.PortfolioRollupQueries;

/**
 * {@code /api/v1/reports/portfolios}: the tenant's portfolio roll-ups, readable by every role. A roll-up's ETag is
 * the portfolio version it reflects; {@code ?minVersion=} (or {@code X-Min-Version}) waits briefly for it to catch
 * up with a write of the portfolio, else answers 202 with what it has. Its sums follow the candidate projects'
 * report rows eventually; they carry no version of their own.
 */
@RestController
@RequestMapping("/api/v1/reports/portfolios")
class PortfolioRollupController {

    private final PortfolioRollupQueries portfolios;

    PortfolioRollupController(PortfolioRollupQueries portfolios) {
        this.portfolios = portfolios;
    }

    /** The tenant's roll-ups by name, ties by id, so pages are stable. */
    @GetMapping
    Page<PortfolioRollup> list(RequestIdentity identity, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return portfolios.list(identity.tenantId(), page, size);
    }

    @GetMapping("/{portfolioId}")
    ResponseEntity<PortfolioRollup> get(@PathVariable String portfolioId, RequestIdentity identity,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> portfolios.find(identity.tenantId(), portfolioId),
                PortfolioRollup::lastSequence, minVersion, minVersionHeader, "No portfolio " + portfolioId);
    }
}
