package io.pmo.project.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of {@link ProjectSummary}, always within one tenant. */
@Component
public class ProjectSummaryQueries {

    private final MongoTemplate mongo;

    ProjectSummaryQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ProjectSummary> find(String tenantId, String projectId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("_id").is(projectId).and("tenantId").is(tenantId)), ProjectSummary.class));
    }

    public Page list(String tenantId, int page, int size) {
        Query query = Query.query(Criteria.where("tenantId").is(tenantId));
        long total = mongo.count(query, ProjectSummary.class);
        List<ProjectSummary> items = mongo.find(query.with(Sort.by("createdAt", "_id")).skip((long) page * size)
                .limit(size), ProjectSummary.class);
        return new Page(items, page, size, total);
    }

    public record Page(List<ProjectSummary> items, int page, int size, long total) {
    }
}
