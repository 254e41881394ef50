package io.pmo.project.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.common.Money;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;

/**
 * Materialises {@link ProjectPlan} from the event store as a {@link ProjectPlanHeader} per project and a
 * {@link PlanTask} per task, so that an event writes what it concerns and a 5,000-task plan projects as fast as a
 * small one. The header's {@code version} guards every event: one whose sequence it has seen changes nothing. A
 * task event writes the task first, with {@code $set} of the values the event carries (writing them twice is
 * writing them once), and then moves the header's version: a crash in between re-applies the event safely.
 * <p>
 * Every query names {@code _id} alone: the dev stack's MongoDB-wire server uses an index only for a query on
 * exactly its keys, and scans the collection otherwise. The guard is therefore read and compared here rather than
 * put in the update's filter; a project's events reach this projection one at a time (Axon sequences them per
 * aggregate), and the version only moves up ({@code $max}).
 * <p>
 * The processing group was {@code project-plan} while the plan was one document with its tasks embedded; under its
 * new name the processor starts at the beginning of the store and builds the new collections on its own.
 */
@Component
@ProcessingGroup("project-plan-by-task")
class ProjectPlanProjection {

    private final MongoTemplate mongo;

    ProjectPlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProjectCreated event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        if (mongo.findById(event.projectId(), ProjectPlanHeader.class) == null) {
            mongo.save(new ProjectPlanHeader(event.projectId(), event.tenantId(), event.plannedStart(),
                    event.plannedFinish(), null, null, null, null, sequence, at, message.getIdentifier(), List.of(),
                    Map.of(), 0));
        }
    }

    @EventHandler
    void on(ProjectPlannedDatesChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        apply(event, sequence, at, message, new Update().set("plannedStart", event.plannedStart())
                .set("plannedFinish", event.plannedFinish()), null);
    }

    @EventHandler
    void on(ProjectDetailsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        apply(event, sequence, at, message, new Update().set("sponsorId", event.sponsorId())
                .set("businessUnit", event.businessUnit()).set("methodology", event.methodology())
                .set("currency", event.currency()), null);
    }

    @EventHandler
    void on(ProjectCalendarChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        apply(event, sequence, at, message, new Update().set("calendarExceptions", event.exceptions()), null);
    }

    @EventHandler
    void on(ProjectCustomFieldsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        apply(event, sequence, at, message, new Update().set("customFields", event.values()), null);
    }

    /** The task takes the next slot; the header counts it in the same write that moves its version. */
    @EventHandler
    void on(TaskAdded event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        Document seen = unseen(event, sequence);
        if (seen == null) {
            return;
        }
        long slot = seen.get(ProjectPlanHeader.TASKS_ADDED) instanceof Number added ? added.longValue() : 0;
        mongo.upsert(task(event.projectId(), event.taskId()), plan(event.parentTaskId(), event.name(),
                event.durationDays(), event.plannedCost(), event.earnedValueMethod(), event.checkpoints(), sequence)
                .set("tenantId", event.tenantId()).set("projectId", event.projectId()).set("taskId", event.taskId())
                .set(PlanTask.SLOT, PlanTask.slotOf(event.projectId(), slot)).set("order", sequence)
                .set("predecessors", List.of()).set("targetDate", null).set("reachedOn", null).set("missed", false),
                PlanTask.class);
        moveHeader(event, sequence, at, message, new Update().set(ProjectPlanHeader.TASKS_ADDED, slot + 1));
    }

    @EventHandler
    void on(TaskPlanChanged event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        changeTask(event, event.taskId(), sequence, at, message, plan(event.parentTaskId(), event.name(),
                event.durationDays(), event.plannedCost(), event.earnedValueMethod(), event.checkpoints(), sequence));
    }

    @EventHandler
    void on(TaskDependenciesChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        changeTask(event, event.taskId(), sequence, at, message, taskChange(sequence)
                .set("predecessors", event.predecessors()));
    }

    @EventHandler
    void on(TaskRemoved event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        apply(event, sequence, at, message, new Update(),
                () -> mongo.remove(task(event.projectId(), event.taskId()), PlanTask.class));
    }

    @EventHandler
    void on(MilestoneTargetSet event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        changeTask(event, event.taskId(), sequence, at, message, taskChange(sequence)
                .set("targetDate", event.targetDate()));
    }

    @EventHandler
    void on(MilestoneReached event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        changeTask(event, event.taskId(), sequence, at, message, taskChange(sequence)
                .set("reachedOn", event.reachedOn()));
    }

    @EventHandler
    void on(MilestoneMissed event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        changeTask(event, event.taskId(), sequence, at, message, taskChange(sequence).set("missed", true));
    }

    /**
     * Every other project event only moves the version, so that the plan's version is always the aggregate's and
     * a read with {@code ?minVersion=} after any write finds it.
     */
    @EventHandler
    void on(ProjectEvent event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        apply(event, sequence, at, message, new Update(), null);
    }

    private static Update plan(String parentTaskId, String name, int durationDays, Money plannedCost,
            EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints, long sequence) {
        return taskChange(sequence).set("parentTaskId", parentTaskId).set("name", name)
                .set("durationDays", durationDays).set("plannedCost", plannedCost)
                .set("earnedValueMethod", earnedValueMethod).set("checkpoints", checkpoints);
    }

    private static Update taskChange(long sequence) {
        return new Update().set("version", sequence);
    }

    private static Query task(String projectId, String taskId) {
        return Query.query(Criteria.where("_id").is(PlanTask.idOf(projectId, taskId)));
    }

    /** Changes a task that exists; one the plan no longer has (or never had) stays absent. */
    private void changeTask(ProjectEvent event, String taskId, long sequence, Instant at, EventMessage<?> message,
            Update change) {
        apply(event, sequence, at, message, new Update(),
                () -> mongo.updateFirst(task(event.projectId(), taskId), change, PlanTask.class));
    }

    /**
     * Applies an event the header has not seen: {@code taskWrite} first (may be null), then {@code headerChange}
     * together with the header's new version. A change of a project whose creation was never applied is an error,
     * so the event processor retries it rather than dropping it.
     */
    private void apply(ProjectEvent event, long sequence, Instant at, EventMessage<?> message, Update headerChange,
            Runnable taskWrite) {
        if (unseen(event, sequence) == null) {
            return;
        }
        if (taskWrite != null) {
            taskWrite.run();
        }
        moveHeader(event, sequence, at, message, headerChange);
    }

    /**
     * The header's guard fields when the header has not seen {@code sequence} yet, else null (skip the event).
     * A change of a project whose creation was never applied is an error, so the event processor retries it
     * rather than dropping it.
     */
    private Document unseen(ProjectEvent event, long sequence) {
        Query guard = Query.query(Criteria.where("_id").is(event.projectId()));
        guard.fields().include(ProjectPlanHeader.VERSION).include(ProjectPlanHeader.TASKS_ADDED);
        Document seen = mongo.findOne(guard, Document.class, ProjectPlanHeader.COLLECTION);
        if (seen == null) {
            throw new IllegalStateException("No plan for project " + event.projectId() + " at sequence " + sequence
                    + ": its creation was not applied");
        }
        return sequence <= ((Number) seen.get(ProjectPlanHeader.VERSION)).longValue() ? null : seen;
    }

    private void moveHeader(ProjectEvent event, long sequence, Instant at, EventMessage<?> message,
            Update headerChange) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.projectId())),
                headerChange.max(ProjectPlanHeader.VERSION, sequence).set("updatedAt", at)
                        .set("lastEventId", message.getIdentifier()), ProjectPlanHeader.class);
    }
}
