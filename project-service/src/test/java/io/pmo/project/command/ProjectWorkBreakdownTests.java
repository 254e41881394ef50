package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.project.command.WorkBreakdownMother.BUILD;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.DESIGN;
import static io.pmo.project.command.WorkBreakdownMother.GO_LIVE;
import static io.pmo.project.command.WorkBreakdownMother.added;
import static io.pmo.project.command.WorkBreakdownMother.after;
import static io.pmo.project.command.WorkBreakdownMother.checkpoints;
import static io.pmo.project.command.WorkBreakdownMother.dependencies;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static io.pmo.project.command.WorkBreakdownMother.plan;
import static io.pmo.project.command.WorkBreakdownMother.plannedProject;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.AddTask;
import io.pmo.project.command.ProjectCommands.ChangeTaskPlan;
import io.pmo.project.command.ProjectCommands.RemoveTask;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;
import io.pmo.project.command.ProjectCommands.SetTaskDependencies;
import io.pmo.project.command.ProjectCommands.TaskPlan;

/** Master data and the work breakdown structure: every command, and each of its rejections. */
class ProjectWorkBreakdownTests {

    private static final String NEW_TASK = "55555555-5555-4555-8555-555555555555";

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    // --- details ------------------------------------------------------------------------------------------

    @Test
    void setsTheDetailsAndWithThemTheCurrency() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectDetails(PROJECT_ID, "sponsor-1", " Infrastructure ", Methodology.WATERFALL, "EUR",
                        null))
                .expectEvents(WorkBreakdownMother.detailsInEuro())
                .expectResultMessagePayload(1L);
    }

    @Test
    void settingTheSameDetailsAgainChangesNothing() {
        fixture.given(ProjectMother.projectCreated(), WorkBreakdownMother.detailsInEuro())
                .when(new SetProjectDetails(PROJECT_ID, "sponsor-1", "Infrastructure", Methodology.WATERFALL, "EUR",
                        null))
                .expectNoEvents();
    }

    @Test
    void refusesACurrencyThatIsNotIso4217() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectDetails(PROJECT_ID, null, null, Methodology.SCRUM, "EURO", null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "currency"));
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectDetails(PROJECT_ID, null, null, Methodology.SCRUM, "XYZ", null))
                .expectException(rejected(RuleViolated.class, "currency"));
    }

    @Test
    void theCurrencyCannotChangeOnceThereAreAmountsButCanBefore() {
        fixture.given(plannedProject())
                .when(new SetProjectDetails(PROJECT_ID, "sponsor-1", "Infrastructure", Methodology.WATERFALL, "USD",
                        null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "currency"));
        fixture.given(ProjectMother.projectCreated(), WorkBreakdownMother.detailsInEuro())
                .when(new SetProjectDetails(PROJECT_ID, "sponsor-1", "Infrastructure", Methodology.WATERFALL, "USD",
                        null))
                .expectEvents(new ProjectDetailsChanged(PROJECT_ID, TENANT_ID, "sponsor-1", "Infrastructure",
                        Methodology.WATERFALL, "USD"));
    }

    // --- tasks --------------------------------------------------------------------------------------------

    @Test
    void addsATaskUnderASummaryTask() {
        TaskPlan test = plan(BUILD, "Test", 4, euros("8000.00"));
        fixture.given(plannedProject())
                .when(new AddTask(PROJECT_ID, NEW_TASK, test, null))
                .expectEvents(added(NEW_TASK, test))
                .expectResultMessagePayload(8L);
    }

    @Test
    void addsAWeightedMilestonesTaskWhoseWeightsAddUpToOneHundred() {
        TaskPlan weighted = new TaskPlan(null, "Migrate", 10, euros("50000.00"), EarnedValueMethod.WEIGHTED_MILESTONES,
                checkpoints("25", "25.5", "49.5"));
        fixture.given(plannedProject())
                .when(new AddTask(PROJECT_ID, NEW_TASK, weighted, null))
                .expectEvents(added(NEW_TASK, weighted));
    }

    @Test
    void refusesCheckpointsThatDoNotAddUpOrDoNotBelong() {
        expectRejected(new TaskPlan(null, "Migrate", 10, null, EarnedValueMethod.WEIGHTED_MILESTONES,
                checkpoints("40", "50")), "checkpoints");
        expectRejected(new TaskPlan(null, "Migrate", 10, null, EarnedValueMethod.WEIGHTED_MILESTONES, List.of()),
                "checkpoints");
        expectRejected(new TaskPlan(null, "Migrate", 10, null, EarnedValueMethod.WEIGHTED_MILESTONES,
                checkpoints("100", "0")), "checkpoints[1].weight");
        expectRejected(new TaskPlan(null, "Migrate", 10, null, EarnedValueMethod.FIFTY_FIFTY, checkpoints("100")),
                "checkpoints");
    }

    @Test
    void refusesANegativeDurationABlankNameAndAMissingMethod() {
        expectRejected(plan(null, "Test", -1, null), "durationDays");
        expectRejected(plan(null, "  ", 1, null), "name");
        expectRejected(new TaskPlan(null, "Test", 1, null, null, List.of()), "earnedValueMethod");
    }

    @Test
    void refusesAmountsInAnotherCurrencyNegativeAmountsAndAmountsBeforeTheCurrencyIsSet() {
        expectRejected(plan(null, "Test", 1, Money.of("100.00", "USD")), "plannedCost.currency");
        expectRejected(plan(null, "Test", 1, euros("-1.00")), "plannedCost.amount");
        fixture.given(ProjectMother.projectCreated())
                .when(new AddTask(PROJECT_ID, NEW_TASK, plan(null, "Test", 1, euros("1.00")), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "plannedCost.currency"));
    }

    @Test
    void refusesAnUnknownParentAndAParentWithDependencies() {
        expectRejected(plan(NEW_TASK, "Test", 1, null), "parentTaskId");
        expectRejected(plan(CODE, "Test", 1, null), "parentTaskId");
    }

    @Test
    void refusesToMoveATaskUnderItselfOrItsOwnSubtask() {
        fixture.given(plannedProject())
                .when(new ChangeTaskPlan(PROJECT_ID, BUILD, plan(DESIGN, "Build", 0, null), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "parentTaskId"));
        fixture.given(plannedProject())
                .when(new ChangeTaskPlan(PROJECT_ID, BUILD, plan(BUILD, "Build", 0, null), null))
                .expectException(rejected(RuleViolated.class, "parentTaskId"));
    }

    @Test
    void changesATasksPlanAndNothingWhenThePlanIsTheSame() {
        fixture.given(plannedProject())
                .when(new ChangeTaskPlan(PROJECT_ID, DESIGN, plan(BUILD, "Design", 7, euros("12000.00")), null))
                .expectEvents(new TaskPlanChanged(PROJECT_ID, TENANT_ID, DESIGN, BUILD, "Design", 7, euros("12000.00"),
                        EarnedValueMethod.PERCENT_COMPLETE, List.of()));
        fixture.given(plannedProject())
                .when(new ChangeTaskPlan(PROJECT_ID, DESIGN, plan(BUILD, "Design", 5, euros("10000.00")), null))
                .expectNoEvents()
                .expectResultMessagePayload(7L);
    }

    @Test
    void anUnknownTaskIsNotFound() {
        fixture.given(plannedProject())
                .when(new ChangeTaskPlan(PROJECT_ID, NEW_TASK, plan(null, "X", 1, null), null))
                .expectNoEvents()
                .expectException(rejected(NotFound.class, null));
    }

    @Test
    void aClosedProjectIsNotPlannedAnyMore() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.CANCELLED, "no budget"));
        fixture.given(history)
                .when(new AddTask(PROJECT_ID, NEW_TASK, plan(null, "Test", 1, null), null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null));
    }

    // --- dependencies -------------------------------------------------------------------------------------

    @Test
    void setsDependenciesOfEveryTypeWithLagsAndLeads() {
        List<TaskDependency> links = List.of(new TaskDependency(DESIGN, DependencyType.SS, 2),
                new TaskDependency(GO_LIVE, DependencyType.FF, -1));
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(added(NEW_TASK, plan(null, "Document", 3, null)));
        fixture.given(history)
                .when(new SetTaskDependencies(PROJECT_ID, NEW_TASK, links, null))
                .expectEvents(dependencies(NEW_TASK, links.toArray(TaskDependency[]::new)));
    }

    @Test
    void refusesADependencyCycleAndNamesIt() {
        fixture.given(plannedProject())
                .when(new SetTaskDependencies(PROJECT_ID, DESIGN, List.of(after(GO_LIVE)), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "predecessors", "cycle",
                        List.of(DESIGN, CODE, GO_LIVE, DESIGN)))
                .expectExceptionMessage("These dependencies would form a cycle: 'Design' -> 'Code' -> 'Go live' -> "
                        + "'Design'");
        fixture.given(plannedProject())
                .when(new SetTaskDependencies(PROJECT_ID, DESIGN, List.of(after(DESIGN)), null))
                .expectException(rejected(RuleViolated.class, "predecessors", "cycle",
                        List.of(DESIGN, DESIGN)));
    }

    @Test
    void refusesAnUnknownPredecessorADuplicateAndSummaryTasks() {
        expectRejectedDependencies(DESIGN, List.of(after(NEW_TASK)), "predecessors[0].predecessorTaskId");
        expectRejectedDependencies(GO_LIVE, List.of(after(CODE), after(CODE)), "predecessors[1].predecessorTaskId");
        expectRejectedDependencies(GO_LIVE, List.of(after(BUILD)), "predecessors[0].predecessorTaskId");
        expectRejectedDependencies(BUILD, List.of(after(GO_LIVE)), "predecessors");
        expectRejectedDependencies(GO_LIVE, List.of(new TaskDependency(CODE, null, 0)), "predecessors[0].type");
    }

    // --- removal ------------------------------------------------------------------------------------------

    @Test
    void removesATaskNothingDependsOn() {
        fixture.given(plannedProject())
                .when(new RemoveTask(PROJECT_ID, GO_LIVE, null))
                .expectEvents(new TaskRemoved(PROJECT_ID, TENANT_ID, GO_LIVE));
    }

    @Test
    void refusesToRemoveASummaryTaskOrAPredecessor() {
        fixture.given(plannedProject())
                .when(new RemoveTask(PROJECT_ID, BUILD, null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "subtasks", List.of(DESIGN, CODE)));
        fixture.given(plannedProject())
                .when(new RemoveTask(PROJECT_ID, CODE, null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "successors", List.of(GO_LIVE)));
    }

    @Test
    void aRemovedTaskIsGoneForTheRules() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(new TaskRemoved(PROJECT_ID, TENANT_ID, GO_LIVE));
        fixture.given(history)
                .when(new SetTaskDependencies(PROJECT_ID, DESIGN, List.of(after(GO_LIVE)), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "predecessors[0].predecessorTaskId"));
    }

    @Test
    void onlyTheManagerOrAnAdminPlansTheProject() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(ProjectMother.managerAssigned(ProjectMother.MANAGER, null));
        fixture.given(history)
                .when(new AddTask(PROJECT_ID, NEW_TASK, plan(null, "Test", 1, null), null),
                        ProjectMother.as(ProjectMother.OTHER_MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(rejected(NotAllowed.class, null));
    }

    private void expectRejected(TaskPlan plan, String field) {
        fixture.given(plannedProject())
                .when(new AddTask(PROJECT_ID, NEW_TASK, plan, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, field));
    }

    private void expectRejectedDependencies(String taskId, List<TaskDependency> links, String field) {
        fixture.given(plannedProject())
                .when(new SetTaskDependencies(PROJECT_ID, taskId, links, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, field));
    }
}
