package io.pmo.project.query;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.project.query.ProjectPlan.PlannedTask;

/**
 * Materialises {@link ProjectPlan} from the event store. Each write is guarded by the project's last applied
 * sequence, so a replayed or repeated event changes nothing.
 */
@Component
@ProcessingGroup("project-plan")
class ProjectPlanProjection {

    private final MongoTemplate mongo;

    ProjectPlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProjectCreated event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        if (mongo.findById(event.projectId(), ProjectPlan.class) == null) {
            mongo.save(new ProjectPlan(event.projectId(), event.tenantId(), event.plannedStart(), event.plannedFinish(),
                    null, null, null, null, List.of(), sequence, at, message.getIdentifier()));
        }
    }

    @EventHandler
    void on(ProjectPlannedDatesChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withDates(event.plannedStart(),
                event.plannedFinish()));
    }

    @EventHandler
    void on(ProjectDetailsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withDetails(event.sponsorId(),
                event.businessUnit(), event.methodology(), event.currency()));
    }

    @EventHandler
    void on(TaskAdded event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        PlannedTask task = new PlannedTask(event.taskId(), event.parentTaskId(), event.name(), event.durationDays(),
                event.plannedCost(), event.earnedValueMethod(), event.checkpoints(), List.of());
        update(event.projectId(), sequence, at, message, plan -> plan.withTasks(tasks -> {
            tasks.add(task);
            return tasks;
        }));
    }

    @EventHandler
    void on(TaskPlanChanged event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withTasks(tasks -> {
            tasks.replaceAll(task -> task.taskId().equals(event.taskId())
                    ? task.withPlan(event.parentTaskId(), event.name(), event.durationDays(), event.plannedCost(),
                            event.earnedValueMethod(), event.checkpoints())
                    : task);
            return tasks;
        }));
    }

    @EventHandler
    void on(TaskDependenciesChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withTasks(tasks -> {
            tasks.replaceAll(task -> task.taskId().equals(event.taskId()) ? task.withPredecessors(event.predecessors())
                    : task);
            return tasks;
        }));
    }

    @EventHandler
    void on(TaskRemoved event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withTasks(tasks -> {
            tasks.removeIf(task -> task.taskId().equals(event.taskId()));
            return tasks;
        }));
    }

    @EventHandler
    void on(ProjectCalendarChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withCalendarDays(event.exceptions()));
    }

    @EventHandler
    void on(ProjectCustomFieldsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, plan -> plan.withCustomFields(event.values()));
    }

    /**
     * Every other project event only moves the version, so that the document's version is always the
     * aggregate's and a read with {@code ?minVersion=} after any write finds it.
     */
    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        update(event.projectId(), sequence, at, message, UnaryOperator.identity());
    }

    @EventHandler
    void on(MilestoneTargetSet event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        updateTask(event.projectId(), event.taskId(), sequence, at, message, task -> task.withTarget(event.targetDate()));
    }

    @EventHandler
    void on(MilestoneReached event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        updateTask(event.projectId(), event.taskId(), sequence, at, message, task -> task.reached(event.reachedOn()));
    }

    @EventHandler
    void on(MilestoneMissed event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        updateTask(event.projectId(), event.taskId(), sequence, at, message, PlannedTask::withMissed);
    }

    private void updateTask(String projectId, String taskId, long sequence, Instant at, EventMessage<?> message,
            UnaryOperator<PlannedTask> change) {
        update(projectId, sequence, at, message, plan -> plan.withTasks(tasks -> {
            tasks.replaceAll(task -> task.taskId().equals(taskId) ? change.apply(task) : task);
            return tasks;
        }));
    }

    private void update(String projectId, long sequence, Instant at, EventMessage<?> message,
            UnaryOperator<ProjectPlan> change) {
        ProjectDocuments.update(mongo, ProjectPlan.class, projectId, sequence, at, message, change);
    }
}
