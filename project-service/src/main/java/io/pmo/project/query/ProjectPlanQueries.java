package io.pmo.project.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

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

    /**
     * The header, then the tasks by a key lookup of the slots the header counts (not a query over every project's
     * tasks, which the dev stack's store would answer by a scan), in the order they were added.
     */
    public Optional<ProjectPlan> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectPlanHeader.class).map(header -> header.plan(
                tasks(tenantId, projectId, header.tasksAdded())));
    }

    private List<ProjectPlan.PlannedTask> tasks(String tenantId, String projectId, long tasksAdded) {
        List<String> slots = LongStream.range(0, tasksAdded).mapToObj(slot -> PlanTask.slotOf(projectId, slot))
                .toList();
        return queries.findByKeys(tenantId, PlanTask.SLOT, slots, PlanTask.class).stream()
                .sorted(Comparator.comparingLong(PlanTask::order)).map(PlanTask::planned).toList();
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

    /** A plan's tasks are found by their slots. */
    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(PlanTask.class).createIndex(new Index().named("plan_slot").on(PlanTask.SLOT,
                Sort.Direction.ASC).unique());
    }
}
