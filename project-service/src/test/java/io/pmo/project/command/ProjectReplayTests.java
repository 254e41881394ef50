package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.FINISH;
import static io.pmo.project.command.ProjectMother.MANAGER;
import static io.pmo.project.command.ProjectMother.NAME;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.START;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.project.command.WorkBreakdownMother.BUILD;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.DESIGN;
import static io.pmo.project.command.WorkBreakdownMother.GO_LIVE;
import static io.pmo.project.command.WorkBreakdownMother.added;
import static io.pmo.project.command.WorkBreakdownMother.after;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static io.pmo.project.command.WorkBreakdownMother.plan;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.AddTask;
import io.pmo.project.command.ProjectCommands.ApproveFundedProject;
import io.pmo.project.command.ProjectCommands.ChangePlannedDates;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.ChangeTaskPlan;
import io.pmo.project.command.ProjectCommands.CorrectActualCost;
import io.pmo.project.command.ProjectCommands.CorrectProgress;
import io.pmo.project.command.ProjectCommands.DesignatePerformanceBaseline;
import io.pmo.project.command.ProjectCommands.DetectMissedMilestones;
import io.pmo.project.command.ProjectCommands.FileStatusReport;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.RemoveTask;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.command.ProjectCommands.ReportProgress;
import io.pmo.project.command.ProjectCommands.SaveBaseline;
import io.pmo.project.command.ProjectCommands.SetMilestoneTarget;
import io.pmo.project.command.ProjectCommands.SetProjectCalendar;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;
import io.pmo.project.command.ProjectCommands.SetTaskDependencies;
import io.pmo.project.query.ProjectCalendars;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * An existing event stream, with every event type the project has ever written, replayed into the aggregate:
 * written before the aggregate was split into parts (issue 10), and kept so that the split aggregate, and every
 * change after it, sources the same history and answers the next commands with the same events and the same
 * rejections as the aggregate that wrote it.
 */
class ProjectReplayTests {

    private static final String SPIKE = "55555555-5555-4555-8555-555555555555";

    private static final String REVIEW = "66666666-6666-4666-8666-666666666666";

    private static final String KICK_OFF = "77777777-7777-4777-8777-777777777777";

    private static final String BASELINE = "b1111111-1111-4111-8111-111111111111";

    private static final String SECOND_BASELINE = "b2222222-2222-4222-8222-222222222222";

    private static final String PROGRESS = "f1111111-1111-4111-8111-111111111111";

    private static final String PROGRESS_CORRECTION = "f2222222-2222-4222-8222-222222222222";

    private static final String COST = "f3333333-3333-4333-8333-333333333333";

    private static final String COST_CORRECTION = "f4444444-4444-4444-8444-444444444444";

    private static final String NEW_FACT = "f5555555-5555-4555-8555-555555555555";

    private static final String REPORT = "r1111111-1111-4111-8111-111111111111";

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource((ProjectCalendars) tenant -> WorkingCalendar.mondayToFriday());
    }

    /** Every one of the 22 event types of io.pmo.events.project, in an order the aggregate could have written. */
    static List<Object> history() {
        List<Object> history = new ArrayList<>(WorkBreakdownMother.plannedProject());
        history.add(ProjectMother.managerAssigned(MANAGER, null));
        history.add(new ProjectRenamed(PROJECT_ID, TENANT_ID, NAME, "Data centre move"));
        history.add(new ProjectPlannedDatesChanged(PROJECT_ID, TENANT_ID, START, FINISH.plusMonths(1)));
        history.add(new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of(
                new CalendarDay(LocalDate.of(2026, 3, 6), false))));
        history.add(new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID, Map.of("riskClass", "LOW")));
        history.add(added(SPIKE, plan(null, "Spike", 2, null)));
        history.add(new TaskPlanChanged(PROJECT_ID, TENANT_ID, SPIKE, null, "Spike, longer", 3, null,
                io.pmo.events.project.EarnedValueMethod.PERCENT_COMPLETE, List.of()));
        history.add(new TaskRemoved(PROJECT_ID, TENANT_ID, SPIKE));
        history.add(added(REVIEW, plan(null, "Design review", 0, null)));
        history.add(added(KICK_OFF, plan(null, "Kick-off", 0, null)));
        history.add(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, REVIEW, LocalDate.of(2026, 3, 10), null));
        history.add(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 20), null));
        history.add(new BaselineSaved(PROJECT_ID, TENANT_ID, BASELINE, "Approved plan", MARCH_2,
                LocalDate.of(2026, 3, 23), euros("35000.00"), List.of(), List.of(), List.of()));
        history.add(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, BASELINE, null));
        history.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
        history.add(ProjectMother.statusChanged(ProjectStatus.APPROVED, ProjectStatus.ACTIVE, null));
        history.add(new MilestoneReached(PROJECT_ID, TENANT_ID, KICK_OFF, MARCH_2, null, false));
        history.add(new ProgressReported(PROJECT_ID, TENANT_ID, DESIGN, PROGRESS, LocalDate.of(2026, 3, 6),
                new BigDecimal("80"), MARCH_2, null, List.of()));
        history.add(new ProgressCorrected(PROJECT_ID, TENANT_ID, DESIGN, PROGRESS_CORRECTION, PROGRESS,
                LocalDate.of(2026, 3, 6), new BigDecimal("60"), MARCH_2, null, List.of(), "Miscounted"));
        history.add(new ActualCostRecorded(PROJECT_ID, TENANT_ID, CODE, COST, LocalDate.of(2026, 3, 13),
                euros("100.00")));
        history.add(new ActualCostCorrected(PROJECT_ID, TENANT_ID, CODE, COST_CORRECTION, COST,
                LocalDate.of(2026, 3, 13), euros("120.00"), "Invoice"));
        history.add(new MilestoneMissed(PROJECT_ID, TENANT_ID, REVIEW, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 11)));
        history.add(new StatusReportFiled(PROJECT_ID, TENANT_ID, REPORT, LocalDate.of(2026, 3, 13), Rag.GREEN,
                Rag.AMBER, Rag.GREEN, Rag.RED, "On track"));
        return history;
    }

    @Test
    void theHistoryHoldsEveryEventTypeOfTheProject() {
        Set<Class<?>> types = new HashSet<>();
        history().forEach(event -> types.add(event.getClass()));
        org.assertj.core.api.Assertions.assertThat(types)
                .containsExactlyInAnyOrder(ProjectEvent.class.getPermittedSubclasses());
    }

    @Test
    void aFinishedMilestoneIsReportedAndReachedLate() {
        fixture.given(history())
                .when(new ReportProgress(PROJECT_ID, GO_LIVE, NEW_FACT, new Progress(LocalDate.of(2026, 3, 23),
                        new BigDecimal("100"), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 23), List.of()), null))
                .expectEvents(new ProgressReported(PROJECT_ID, TENANT_ID, GO_LIVE, NEW_FACT, LocalDate.of(2026, 3, 23),
                                new BigDecimal("100"), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 23), List.of()),
                        new MilestoneReached(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 23),
                                LocalDate.of(2026, 3, 20), true));
    }

    @Test
    void onlyTheMilestonesNotYetMissedOrReachedAreMissed() {
        fixture.given(history())
                .when(new DetectMissedMilestones(PROJECT_ID, LocalDate.of(2026, 3, 25)))
                .expectEvents(new MilestoneMissed(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 25)));
    }

    @Test
    void correctsAnOriginalFactButNeitherACorrectionNorAFactOfTheOtherKind() {
        fixture.given(history())
                .when(new CorrectActualCost(PROJECT_ID, NEW_FACT, COST, LocalDate.of(2026, 3, 14), euros("130.00"),
                        " Late invoice ", null))
                .expectEvents(new ActualCostCorrected(PROJECT_ID, TENANT_ID, CODE, NEW_FACT, COST,
                        LocalDate.of(2026, 3, 14), euros("130.00"), "Late invoice"));
        fixture.given(history())
                .when(new CorrectProgress(PROJECT_ID, NEW_FACT, PROGRESS, new Progress(LocalDate.of(2026, 3, 9),
                        new BigDecimal("100"), MARCH_2, LocalDate.of(2026, 3, 9), List.of()), null, null))
                .expectEvents(new ProgressCorrected(PROJECT_ID, TENANT_ID, DESIGN, NEW_FACT, PROGRESS,
                        LocalDate.of(2026, 3, 9), new BigDecimal("100"), MARCH_2, LocalDate.of(2026, 3, 9), List.of(),
                        null));
        fixture.given(history())
                .when(new CorrectActualCost(PROJECT_ID, NEW_FACT, COST_CORRECTION, LocalDate.of(2026, 3, 14),
                        euros("130.00"), null, null))
                .expectException(NotFound.class)
                .expectExceptionMessage("No cost fact " + COST_CORRECTION + " to correct in this project");
        fixture.given(history())
                .when(new CorrectProgress(PROJECT_ID, NEW_FACT, COST, new Progress(LocalDate.of(2026, 3, 9),
                        new BigDecimal("50"), null, null, List.of()), null, null))
                .expectException(NotFound.class)
                .expectExceptionMessage("No progress fact " + COST + " to correct in this project");
    }

    @Test
    void refusesAKnownFactIdAndProgressOnASummaryTask() {
        Progress half = new Progress(LocalDate.of(2026, 3, 9), new BigDecimal("50"), null, null, List.of());
        fixture.given(history())
                .when(new ReportProgress(PROJECT_ID, CODE, COST_CORRECTION, half, null))
                .expectException(StateConflict.class)
                .expectExceptionMessage("Fact " + COST_CORRECTION + " already exists");
        fixture.given(history())
                .when(new ReportProgress(PROJECT_ID, BUILD, NEW_FACT, half, null))
                .expectException(rejected(RuleViolated.class, "taskId"))
                .expectExceptionMessage("Task 'Build' is a summary task: report on its subtasks");
    }

    @Test
    void keepsTheTreeAndTheLinksOfTheReplayedTasks() {
        fixture.given(history())
                .when(new RemoveTask(PROJECT_ID, DESIGN, null))
                .expectException(rejected(StateConflict.class, null, "successors", List.of(CODE)));
        fixture.given(history())
                .when(new RemoveTask(PROJECT_ID, BUILD, null))
                .expectException(rejected(StateConflict.class, null, "subtasks", List.of(DESIGN, CODE)));
        fixture.given(history())
                .when(new RemoveTask(PROJECT_ID, SPIKE, null))
                .expectException(NotFound.class);
        fixture.given(history())
                .when(new SetTaskDependencies(PROJECT_ID, DESIGN, List.of(after(GO_LIVE)), null))
                .expectException(rejected(RuleViolated.class, "predecessors", "cycle", List.of(DESIGN, CODE, GO_LIVE,
                        DESIGN)));
        fixture.given(history())
                .when(new AddTask(PROJECT_ID, DESIGN, plan(null, "Design again", 1, null), null))
                .expectException(StateConflict.class);
    }

    @Test
    void keepsTheMilestonesTargetsAndWhetherTheyWereReached() {
        fixture.given(history())
                .when(new SetMilestoneTarget(PROJECT_ID, KICK_OFF, LocalDate.of(2026, 3, 3), null))
                .expectException(rejected(StateConflict.class, null, "reachedOn", MARCH_2));
        fixture.given(history())
                .when(new ChangeTaskPlan(PROJECT_ID, GO_LIVE, plan(null, "Go live", 2, null), null))
                .expectException(rejected(RuleViolated.class, "durationDays"));
        fixture.given(history())
                .when(new SetMilestoneTarget(PROJECT_ID, GO_LIVE, LocalDate.of(2026, 3, 27), null))
                .expectEvents(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 27),
                        LocalDate.of(2026, 3, 20)));
    }

    @Test
    void aSecondBaselineFreezesTheReplayedPlanOnTheProjectsCalendar() {
        fixture.given(history())
                .when(new SaveBaseline(PROJECT_ID, SECOND_BASELINE, "Re-plan", false, null))
                .expectEventsMatching(new TypeSafeDiagnosingMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events, Description mismatch) {
                        mismatch.appendValue(events);
                        if (events.size() != 1) {
                            return false;
                        }
                        BaselineSaved saved = (BaselineSaved) ((EventMessage<?>) events.get(0)).getPayload();
                        return saved.finish().equals(LocalDate.of(2026, 3, 23))
                                && saved.budgetAtCompletion().equals(euros("35000.00"))
                                && saved.calendarExceptions().equals(List.of(new CalendarDay(LocalDate.of(2026, 3, 6),
                                        false)))
                                && saved.tasks().stream().map(task -> task.taskId()).toList()
                                        .equals(List.of(BUILD, DESIGN, CODE, GO_LIVE, REVIEW, KICK_OFF));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("one baseline of the six tasks, finishing on 23 March");
                    }
                });
        fixture.given(history())
                .when(new SaveBaseline(PROJECT_ID, BASELINE, "Again", false, null))
                .expectException(StateConflict.class);
        fixture.given(history())
                .when(new DesignatePerformanceBaseline(PROJECT_ID, BASELINE, null))
                .expectNoEvents();
    }

    @Test
    void answersTheLifecycleAndTheMasterDataAsBefore() {
        fixture.given(history())
                .when(new ChangeProjectStatus(PROJECT_ID, ProjectStatus.ON_HOLD, " Budget review ", null))
                .expectEvents(new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.ACTIVE,
                        ProjectStatus.ON_HOLD, "Budget review"));
        fixture.given(history())
                .when(new ChangeProjectStatus(PROJECT_ID, ProjectStatus.APPROVED, null, null))
                .expectException(rejected(StateConflict.class, null, StateConflict.CURRENT_STATE,
                        ProjectStatus.ACTIVE));
        fixture.given(history())
                .when(new ApproveFundedProject(PROJECT_ID, "portfolio-1", "decision-1"))
                .expectNoEvents();
        fixture.given(history())
                .when(new RenameProject(PROJECT_ID, "Data centre move", null))
                .expectNoEvents();
        fixture.given(history())
                .when(new ChangePlannedDates(PROJECT_ID, START, FINISH.plusMonths(1), null))
                .expectNoEvents();
        fixture.given(history())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(LocalDate.of(2026, 3, 6), false)),
                        null))
                .expectNoEvents();
        fixture.given(history())
                .when(new SetProjectDetails(PROJECT_ID, "sponsor-1", "Infrastructure",
                        io.pmo.events.project.Methodology.WATERFALL, "USD", null))
                .expectException(rejected(RuleViolated.class, "currency"))
                .expectExceptionMessage(containsString("already has amounts in EUR"));
    }

    @Test
    void refusesASecondReportWithTheSameId() {
        fixture.given(history())
                .when(new FileStatusReport(PROJECT_ID, REPORT, LocalDate.of(2026, 3, 20), Rag.GREEN, Rag.GREEN,
                        Rag.GREEN, Rag.GREEN, "Still on track", null))
                .expectException(StateConflict.class)
                .expectExceptionMessage("Status report " + REPORT + " already exists");
    }
}
