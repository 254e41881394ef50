package io.pmo.project.query;

import static io.pmo.project.query.ProjectPlanMother.OTHER_TENANT;
import static io.pmo.project.query.ProjectPlanMother.TENANT;
import static io.pmo.project.query.ProjectPlanMother.added;
import static io.pmo.project.query.ProjectPlanMother.changed;
import static io.pmo.project.query.ProjectPlanMother.checkpoint;
import static io.pmo.project.query.ProjectPlanMother.created;
import static io.pmo.project.query.ProjectPlanMother.dependsOn;
import static io.pmo.project.query.ProjectPlanMother.euros;
import static io.pmo.project.query.ProjectPlanMother.newId;
import static io.pmo.project.query.ProjectPlanMother.taskId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.query.TenantQueries;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectPlanMother.Stream;

/**
 * The plan read model on mongo-java-server: every kind of plan event lands on the task it concerns (or the
 * header), the plan reads back in the order tasks were added, and a replayed, repeated or half-applied event
 * changes nothing.
 */
class ProjectPlanProjectionTests {

    private static PlanMongo mongo;

    private ProjectPlanProjection projection;

    private ProjectPlanQueries queries;

    private String projectId;

    private Stream events;

    @BeforeAll
    static void startMongo() {
        mongo = new PlanMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void freshReadModel() {
        mongo.reset();
        projection = new ProjectPlanProjection(mongo.template());
        queries = new ProjectPlanQueries(new TenantQueries(mongo.template()), mongo.template());
        queries.ensureIndexes();
        projectId = newId();
        events = new Stream(projection, projectId);
        events.apply(created(projectId));
    }

    @Test
    void keepsTheMasterDataAndTheTasksInTheOrderTheyWereAdded() {
        events.apply(new ProjectDetailsChanged(projectId, TENANT, "sponsor-1", "Infrastructure", Methodology.WATERFALL,
                "EUR"));
        events.apply(new ProjectPlannedDatesChanged(projectId, TENANT, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30)));
        events.apply(added(projectId, taskId(3), null, "Build", 0));
        events.apply(added(projectId, taskId(1), taskId(3), "Design", 5));
        DomainEventMessage<?> last = events.apply(added(projectId, taskId(2), taskId(3), "Code", 10));

        ProjectPlan plan = plan();
        assertThat(plan.tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(3), taskId(1), taskId(2));
        assertThat(plan.tasks().get(2)).isEqualTo(new PlannedTask(taskId(2), taskId(3), "Code", 10, euros("1000.00"),
                EarnedValueMethod.PERCENT_COMPLETE, List.of(), List.of()));
        assertThat(plan).extracting(ProjectPlan::sponsorId, ProjectPlan::businessUnit, ProjectPlan::methodology,
                ProjectPlan::currency, ProjectPlan::plannedStart, ProjectPlan::plannedFinish).containsExactly(
                "sponsor-1", "Infrastructure", Methodology.WATERFALL, "EUR", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30));
        assertThat(plan.version()).isEqualTo(5);
        assertThat(plan.lastEventId()).isEqualTo(last.getIdentifier());
        assertThat(plan.updatedAt()).isEqualTo(last.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aPlanChangeRewritesTheTaskInItsPlace() {
        threeTasks();

        events.apply(changed(projectId, taskId(1), null, "Design review", 7, euros("2500.00"),
                List.of(checkpoint("cp-1", "40"), checkpoint("cp-2", "60"))));

        assertThat(plan().tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(0), taskId(1), taskId(2));
        assertThat(plan().tasks().get(1)).isEqualTo(new PlannedTask(taskId(1), null, "Design review", 7,
                euros("2500.00"), EarnedValueMethod.WEIGHTED_MILESTONES, List.of(checkpoint("cp-1", "40"),
                        checkpoint("cp-2", "60")), List.of()));
        assertThat(plan().version()).isEqualTo(4);
    }

    @Test
    void aMoveUnderAnotherParentKeepsTheTasksPlaceAndItsDependencies() {
        threeTasks();
        events.apply(dependsOn(projectId, taskId(2), taskId(1)));

        events.apply(changed(projectId, taskId(2), taskId(0), "Task 2", 3, euros("1000.00"), List.of()));

        PlannedTask moved = plan().tasks().get(2);
        assertThat(moved.parentTaskId()).isEqualTo(taskId(0));
        assertThat(moved.predecessors()).containsExactly(new TaskDependency(taskId(1), DependencyType.FS, 0));
        assertThat(plan().tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(0), taskId(1), taskId(2));
    }

    @Test
    void dependenciesReplaceThePredecessorsOfTheirTaskOnly() {
        threeTasks();
        events.apply(dependsOn(projectId, taskId(2), taskId(0)));

        events.apply(dependsOn(projectId, taskId(2), taskId(1), taskId(0)));

        assertThat(plan().tasks().get(2).predecessors()).extracting(TaskDependency::predecessorTaskId)
                .containsExactly(taskId(1), taskId(0));
        assertThat(plan().tasks().get(0).predecessors()).isEmpty();
        assertThat(plan().tasks().get(1).predecessors()).isEmpty();
    }

    @Test
    void aRemovedTaskLeavesTheOthersInOrder() {
        threeTasks();

        events.apply(new TaskRemoved(projectId, TENANT, taskId(1)));

        assertThat(plan().tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(0), taskId(2));
        assertThat(plan().version()).isEqualTo(4);
    }

    @Test
    void aMilestoneKeepsItsTargetWhenItWasReachedAndWhetherItWasMissed() {
        threeTasks();
        LocalDate target = LocalDate.of(2027, 3, 1);

        events.apply(new MilestoneTargetSet(projectId, TENANT, taskId(1), target, null));
        assertThat(plan().tasks().get(1)).extracting(PlannedTask::targetDate, PlannedTask::reachedOn,
                PlannedTask::missed).containsExactly(target, null, false);

        events.apply(new MilestoneMissed(projectId, TENANT, taskId(1), target, target.plusDays(1)));
        events.apply(new MilestoneReached(projectId, TENANT, taskId(1), target.plusDays(3), target, true));

        assertThat(plan().tasks().get(1)).extracting(PlannedTask::targetDate, PlannedTask::reachedOn,
                PlannedTask::missed).containsExactly(target, target.plusDays(3), true);
        assertThat(plan().tasks().get(0).targetDate()).isNull();
        assertThat(plan().version()).isEqualTo(6);
    }

    @Test
    void keepsTheProjectsCalendarDaysAndCustomFieldValues() {
        ProjectCalendarChanged calendar = new ProjectCalendarChanged(projectId, TENANT, List.of(
                new CalendarDay(LocalDate.of(2027, 1, 8), false), new CalendarDay(LocalDate.of(2027, 1, 9), true)));
        DomainEventMessage<?> calendarMessage = events.apply(calendar);

        assertThat(plan().calendarExceptionsByDate()).containsExactly(Map.entry(LocalDate.of(2027, 1, 8), false),
                Map.entry(LocalDate.of(2027, 1, 9), true));

        events.apply(new ProjectCustomFieldsChanged(projectId, TENANT, Map.of("riskClass", "LOW")));
        events.handle(calendarMessage);

        assertThat(plan().customFields()).containsExactly(Map.entry("riskClass", "LOW"));
        assertThat(plan().calendarExceptions()).isEqualTo(calendar.exceptions());
        assertThat(plan().version()).isEqualTo(2);
    }

    @Test
    void aRenameOnlyMovesTheVersionAndTouchesNoTask() {
        threeTasks();
        ProjectPlan before = plan();
        PlanMongo.Traffic traffic = mongo.traffic();

        DomainEventMessage<?> renamed = events.apply(new ProjectRenamed(projectId, TENANT, "Old", "New"));

        // one read of the header's version, one update of the header
        assertThat(traffic.measured().commands()).isEqualTo(2);
        ProjectPlan after = plan();
        assertThat(after.tasks()).isEqualTo(before.tasks());
        assertThat(after.version()).isEqualTo(4);
        assertThat(after.lastEventId()).isEqualTo(renamed.getIdentifier());
        assertThat(after.updatedAt()).isEqualTo(renamed.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aRepeatedEventChangesNothingAndWritesNothing() {
        threeTasks();
        DomainEventMessage<?> dependencies = events.apply(dependsOn(projectId, taskId(2), taskId(1)));
        ProjectPlan before = plan();
        PlanMongo.Traffic traffic = mongo.traffic();

        events.handle(dependencies);

        assertThat(traffic.measured().commands()).as("only the guard's read").isEqualTo(1);
        assertThat(plan()).isEqualTo(before);
    }

    @Test
    void aReplayOfOlderEventsAfterNewerOnesChangesNothing() {
        DomainEventMessage<?> first = events.apply(added(projectId, taskId(0), null, "First name", 3));
        DomainEventMessage<?> dependencies = events.apply(dependsOn(projectId, taskId(0), taskId(9)));
        DomainEventMessage<?> rename = events.apply(changed(projectId, taskId(0), null, "Second name", 4,
                euros("10.00"), List.of()));
        events.apply(dependsOn(projectId, taskId(0)));
        DomainEventMessage<?> removed = events.apply(new TaskRemoved(projectId, TENANT, taskId(0)));
        events.apply(added(projectId, taskId(1), null, "Other", 1));
        ProjectPlan before = plan();

        for (DomainEventMessage<?> older : List.of(rename, first, removed, dependencies)) {
            events.handle(older);
        }

        assertThat(plan()).isEqualTo(before);
        assertThat(plan().tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(1));
    }

    @Test
    void anEventHalfAppliedBeforeACrashAppliesOnceWhenRedelivered() {
        threeTasks();
        MongoTemplate crashing = spy(mongo.template());
        doThrow(new IllegalStateException("crash before the version moved")).when(crashing)
                .updateFirst(any(Query.class), any(UpdateDefinition.class), eq(ProjectPlanHeader.class));
        ProjectPlanProjection crashingProjection = new ProjectPlanProjection(crashing);
        List<ProjectEvent> taskEvents = List.of(added(projectId, taskId(7), taskId(0), "Late addition", 2),
                dependsOn(projectId, taskId(7), taskId(1)), new MilestoneTargetSet(projectId, TENANT, taskId(7),
                        LocalDate.of(2027, 4, 1), null), new TaskRemoved(projectId, TENANT, taskId(2)));

        for (ProjectEvent event : taskEvents) {
            DomainEventMessage<?> message = events.next(event);
            assertThatThrownBy(() -> Stream.handle(crashingProjection, message)).hasMessageContaining("crash");
            events.handle(message);
        }

        ProjectPlan plan = plan();
        assertThat(plan.version()).isEqualTo(7);
        assertThat(plan.tasks()).extracting(PlannedTask::taskId).containsExactly(taskId(0), taskId(1), taskId(7));
        assertThat(plan.tasks().get(2)).isEqualTo(new PlannedTask(taskId(7), taskId(0), "Late addition", 2,
                euros("1000.00"), EarnedValueMethod.PERCENT_COMPLETE, List.of(), List.of(new TaskDependency(taskId(1),
                        DependencyType.FS, 0)), LocalDate.of(2027, 4, 1), null, false));
    }

    @Test
    void aChangeOfAProjectWhoseCreationWasNotAppliedIsRetried() {
        String uncreated = newId();

        assertThatThrownBy(() -> new Stream(projection, uncreated).apply(new ProjectRenamed(uncreated, TENANT, "a",
                "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("creation was not applied");
    }

    @Test
    void anotherTenantSeesNoPlan() {
        threeTasks();

        assertThat(queries.find(OTHER_TENANT, projectId)).isEmpty();
        assertThat(queries.find(TENANT, projectId)).isPresent();
    }

    @Test
    void theWatchFindsEachProjectWithAMilestoneOverdueOnce() {
        threeTasks();
        LocalDate today = LocalDate.of(2027, 3, 10);
        events.apply(new MilestoneTargetSet(projectId, TENANT, taskId(0), today.minusDays(2), null));
        events.apply(new MilestoneTargetSet(projectId, TENANT, taskId(1), today.minusDays(1), null));
        events.apply(new MilestoneTargetSet(projectId, TENANT, taskId(2), today, null));
        String reachedProject = newId();
        Stream reached = new Stream(projection, reachedProject);
        reached.apply(created(reachedProject));
        reached.apply(added(reachedProject, taskId(0), null, "Signed", 0));
        reached.apply(new MilestoneTargetSet(reachedProject, TENANT, taskId(0), today.minusDays(5), null));
        reached.apply(new MilestoneReached(reachedProject, TENANT, taskId(0), today.minusDays(6), today.minusDays(5),
                false));

        assertThat(queries.projectsWithOverdueMilestones(today)).containsExactly(
                new OverdueMilestones.OverdueProject(projectId, TENANT));

        events.apply(new MilestoneMissed(projectId, TENANT, taskId(0), today.minusDays(2), today));
        events.apply(new MilestoneMissed(projectId, TENANT, taskId(1), today.minusDays(1), today));
        assertThat(queries.projectsWithOverdueMilestones(today)).isEmpty();
    }

    private void threeTasks() {
        for (int i = 0; i < 3; i++) {
            events.apply(added(projectId, taskId(i), null, "Task " + i, 1 + i));
        }
    }

    private ProjectPlan plan() {
        return queries.find(TENANT, projectId).orElseThrow();
    }
}
