package io.pmo.resource.query;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The resources that hold allocations of a project (any state), from the resource read model: whom a reaction to
 * the project's status asks. An allocation requested a moment before the project ended may not be there yet; its
 * confirmation is refused then (the project is closed), and a manager releases it.
 */
@Component
public class ProjectAllocations {

    /** The most resources one project reaction addresses. */
    public static final int MAX_RESOURCES = 5_000;

    private final MongoTemplate mongo;

    ProjectAllocations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<String> resourcesOf(String tenantId, String projectId) {
        Query query = Query.query(Criteria.where("tenantId").is(tenantId).and("allocations.projectId").is(projectId))
                .limit(MAX_RESOURCES);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(ResourceView.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }
}
