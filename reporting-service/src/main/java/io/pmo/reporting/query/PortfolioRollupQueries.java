package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.query.TenantQueries.Page;

/** Reads of {@link PortfolioRollup}, always within one tenant. */
@Component
public class PortfolioRollupQueries {

    private static final Sort ORDER = Sort.by("name", "_id");

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public PortfolioRollupQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /** The roll-up, or empty if there is none or it belongs to another tenant. */
    public Optional<PortfolioRollup> find(String tenantId, String portfolioId) {
        return queries.findById(tenantId, portfolioId, PortfolioRollup.class);
    }

    /** The tenant's roll-ups by name, ties broken by id, so pages are stable. */
    public Page<PortfolioRollup> list(String tenantId, int page, int size) {
        return queries.page(tenantId, null, ORDER, page, size, PortfolioRollup.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(PortfolioRollup.class).createIndex(new Index().named("tenant_name")
                .on("tenantId", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
    }
}
