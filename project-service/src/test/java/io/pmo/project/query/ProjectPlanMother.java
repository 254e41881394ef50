package io.pmo.project.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import io.pmo.events.common.Money;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;

/**
 * Plans as events, and a project's event stream as the plan projection receives it: domain event messages with
 * the project's next sequence number, through Axon's handler resolution.
 */
final class ProjectPlanMother {

    static final String TENANT = "acme";

    static final String OTHER_TENANT = "globex";

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static final LocalDate FINISH = LocalDate.of(2027, 12, 31);

    static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

    private ProjectPlanMother() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The id of the {@code index}th task of a plan, the same in every run. */
    static String taskId(int index) {
        return UUID.nameUUIDFromBytes(("task-" + index).getBytes()).toString();
    }

    static ProjectCreated created(String projectId) {
        return new ProjectCreated(projectId, TENANT, "Plan " + projectId, START, FINISH, ProjectStatus.PROPOSED);
    }

    static TaskAdded added(String projectId, String taskId, String parentTaskId, String name, int days) {
        return new TaskAdded(projectId, TENANT, taskId, parentTaskId, name, days, euros("1000.00"),
                EarnedValueMethod.PERCENT_COMPLETE, List.of());
    }

    static TaskPlanChanged changed(String projectId, String taskId, String parentTaskId, String name, int days,
            Money cost, List<Checkpoint> checkpoints) {
        return new TaskPlanChanged(projectId, TENANT, taskId, parentTaskId, name, days, cost,
                checkpoints.isEmpty() ? EarnedValueMethod.PERCENT_COMPLETE : EarnedValueMethod.WEIGHTED_MILESTONES,
                checkpoints);
    }

    static TaskDependenciesChanged dependsOn(String projectId, String taskId, String... predecessors) {
        return new TaskDependenciesChanged(projectId, TENANT, taskId, java.util.Arrays.stream(predecessors)
                .map(predecessor -> new TaskDependency(predecessor, DependencyType.FS, 0)).toList());
    }

    static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    static Checkpoint checkpoint(String id, String weight) {
        return new Checkpoint(id, "Checkpoint " + id, new BigDecimal(weight));
    }

    /** A project's events in order, each handed to the projection as the processor would hand it. */
    static final class Stream {

        private final AnnotationEventHandlerAdapter handler;

        private final String projectId;

        private long next;

        Stream(Object projection, String projectId) {
            this.handler = new AnnotationEventHandlerAdapter(projection);
            this.projectId = projectId;
        }

        /** The event as the project's next one. */
        DomainEventMessage<?> apply(ProjectEvent event) {
            DomainEventMessage<?> message = next(event);
            handle(message);
            return message;
        }

        /** The event as the project's next one, not handed over yet. */
        DomainEventMessage<?> next(ProjectEvent event) {
            return new GenericDomainEventMessage<>("Project", projectId, next++, event, MetaData.emptyInstance());
        }

        /** A message again, as a replay or a redelivery hands it over. */
        void handle(DomainEventMessage<?> message) {
            handle(handler, message);
        }

        /** A message handed to another instance of the projection. */
        static void handle(Object projection, DomainEventMessage<?> message) {
            handle(new AnnotationEventHandlerAdapter(projection), message);
        }

        private static void handle(AnnotationEventHandlerAdapter handler, DomainEventMessage<?> message) {
            try {
                handler.handle(message);
            }
            catch (RuntimeException ex) {
                throw ex;
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }

        long version() {
            return next - 1;
        }
    }
}
