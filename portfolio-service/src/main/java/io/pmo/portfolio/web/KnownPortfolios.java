package io.pmo.portfolio.web;

import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.portfolio.query.PortfolioQueries;
import io.pmo.portfolio.query.PortfolioView;

/** The caller tenant's portfolio behind a path, or 404: lists under an unknown portfolio are not empty, they are 404. */
@Component
class KnownPortfolios {

    private final PortfolioQueries portfolios;

    KnownPortfolios(PortfolioQueries portfolios) {
        this.portfolios = portfolios;
    }

    PortfolioView require(RequestIdentity identity, PortfolioId portfolioId) {
        return portfolios.find(identity.tenantId(), portfolioId.value())
                .orElseThrow(() -> new NotFound("No portfolio " + portfolioId));
    }
}
