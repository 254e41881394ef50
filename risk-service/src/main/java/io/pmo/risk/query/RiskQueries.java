package io.pmo.risk.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.pmo.events.risk.RiskStatus;
import io.pmo.platform.query.TenantQueries;

/** Reads of the risk register, always within one tenant. */
@Component
public class RiskQueries {

    /** The most risks one project reaction addresses. */
    public static final int MAX_PROJECT_RISKS = 5_000;

    private final TenantQueries queries;

    private final MongoTemplate mongo;

    RiskQueries(TenantQueries queries, MongoTemplate mongo) {
        this.queries = queries;
        this.mongo = mongo;
    }

    public Optional<RiskView> find(String tenantId, String riskId) {
        return queries.findById(tenantId, riskId, RiskView.class);
    }

    /** A page of the tenant's risks, optionally of one project or portfolio, status or escalated only. */
    public TenantQueries.Page<RiskView> list(String tenantId, String projectId, String portfolioId, RiskStatus status,
            Boolean escalated, int page, int size) {
        Criteria criteria = new Criteria();
        boolean any = false;
        if (projectId != null) {
            criteria = criteria.and("projectId").is(projectId);
            any = true;
        }
        if (portfolioId != null) {
            criteria = criteria.and("portfolioId").is(portfolioId);
            any = true;
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
            any = true;
        }
        if (escalated != null) {
            criteria = escalated ? criteria.and("escalated").ne(null) : criteria.and("escalated").is(null);
            any = true;
        }
        return queries.page(tenantId, any ? criteria : null, Sort.by("_id"), page, size, RiskView.class);
    }

    /** A risk's assessments, oldest first: the history of its scores. */
    public TenantQueries.Page<RiskAssessmentView> assessments(String tenantId, String riskId, int page, int size) {
        return queries.page(tenantId, Criteria.where("riskId").is(riskId), Sort.by("sequence", "_id"), page, size,
                RiskAssessmentView.class);
    }

    public Optional<IssueView> issue(String tenantId, String issueId) {
        return queries.findById(tenantId, issueId, IssueView.class);
    }

    public TenantQueries.Page<IssueView> issues(String tenantId, String projectId, int page, int size) {
        return queries.page(tenantId, projectId == null ? null : Criteria.where("projectId").is(projectId),
                Sort.by("_id"), page, size, IssueView.class);
    }

    public TenantQueries.Page<DecisionView> decisions(String tenantId, String projectId, int page, int size) {
        return queries.page(tenantId, projectId == null ? null : Criteria.where("projectId").is(projectId),
                Sort.by("decidedOn", "_id"), page, size, DecisionView.class);
    }

    /** The open risks of a project (not closed): whom a reaction to the project's end closes. */
    public List<String> openRisksOf(String tenantId, String projectId) {
        Query query = Query.query(Criteria.where("tenantId").is(tenantId).and("projectId").is(projectId)
                .and("status").ne(RiskStatus.CLOSED.name())).limit(MAX_PROJECT_RISKS);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(RiskView.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }
}
