package io.pmo.project.query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/**
 * Reads of {@link ProjectPlan}, always within one tenant: its header, then its tasks in the order they were added
 * (read in this order, the tasks are at least as new as the header's version says). Also the milestone watch's
 * look across tenants for overdue milestones.
 */
@Component
public class ProjectPlanQueries implements OverdueMilestones {

    private final TenantQueries queries;

    private final MongoTemplate mongo;

    ProjectPlanQueries(TenantQueries queries, MongoTemplate mongo) {
        this.queries = queries;
        this.mongo = mongo;
    }

    public Optional<ProjectPlan> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectPlanHeader.class).map(header -> header.plan(queries
                .all(tenantId, Criteria.where("projectId").is(projectId), Sort.by("order", "_id"), PlanTask.class)
                .stream().map(PlanTask::planned).toList()));
    }

    @Override
    public List<OverdueProject> projectsWithOverdueMilestones(LocalDate today) {
        Query overdue = Query.query(Criteria.where("targetDate").lt(today).and("reachedOn").is(null).and("missed")
                .is(false));
        overdue.fields().include("projectId").include("tenantId");
        Map<String, OverdueProject> projects = new LinkedHashMap<>();
        for (Document task : mongo.find(overdue, Document.class, PlanTask.COLLECTION)) {
            projects.putIfAbsent(task.getString("projectId"), new OverdueProject(task.getString("projectId"),
                    task.getString("tenantId")));
        }
        return List.copyOf(projects.values());
    }

    /** A plan's tasks are read by project, in the order they were added. */
    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(PlanTask.class).createIndex(new Index().named("project_order")
                .on("projectId", Sort.Direction.ASC).on("order", Sort.Direction.ASC));
    }
}
