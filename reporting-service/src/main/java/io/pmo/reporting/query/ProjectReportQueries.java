package io.pmo.reporting.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.rag.Rag;

/** Reads of {@link ProjectReportRow}, always within one tenant. */
@Component
public class ProjectReportQueries {

    private static final Sort ORDER = Sort.by("name", "_id");

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public ProjectReportQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /** The row, or empty if there is none or it belongs to another tenant. */
    public Optional<ProjectReportRow> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectReportRow.class);
    }

    /** The tenant's rows by name, ties broken by id, so pages are stable. */
    public Page<ProjectReportRow> list(String tenantId, int page, int size) {
        return list(tenantId, null, null, ReportOrder.NAME, false, page, size);
    }

    /**
     * The tenant's rows, filtered by lifecycle state and overall computed RAG when given, in {@code order}
     * (descending if asked), ties broken by id so pages are stable. A row without the figure (no SPI yet) sorts
     * first ascending, last descending.
     */
    public Page<ProjectReportRow> list(String tenantId, ProjectStatus status, Rag computedRag, ReportOrder order,
            boolean descending, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (computedRag != null) {
            filters.add(Criteria.where("computedRag.overall").is(computedRag));
        }
        Criteria criteria = filters.isEmpty() ? null : new Criteria().andOperator(filters);
        Sort sort = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, order.field).and(Sort.by("_id"));
        return queries.page(tenantId, criteria, sort, page, size, ProjectReportRow.class);
    }

    /** A project's computed-RAG history, oldest first: by project version, then definition version. */
    public Page<RagResult> results(String tenantId, String projectId, int page, int size) {
        return queries.page(tenantId, Criteria.where("projectId").is(projectId),
                Sort.by("projectSequence", "rag.definitionVersion", "_id"), page, size, RagResult.class);
    }

    /** The orders of the project list: the API's name and the row's field. */
    public enum ReportOrder {
        NAME("name", "name"), SPI("spi", "evm.spi"), CPI("cpi", "evm.cpi"),
        PLANNED_FINISH("plannedFinish", "plannedFinish");

        private final String parameter;

        private final String field;

        ReportOrder(String parameter, String field) {
            this.parameter = parameter;
            this.field = field;
        }

        /** The order a request names, or empty for a name the API does not know. */
        public static Optional<ReportOrder> named(String parameter) {
            return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter)).findFirst();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(ProjectReportRow.class).createIndex(new Index().named("tenant_name")
                .on("tenantId", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
    }
}
