package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.project.command.WorkBreakdownMother.BUILD;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.DESIGN;
import static io.pmo.project.command.WorkBreakdownMother.GO_LIVE;
import static io.pmo.project.command.WorkBreakdownMother.added;
import static io.pmo.project.command.WorkBreakdownMother.checkpoints;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static io.pmo.project.command.WorkBreakdownMother.plannedProject;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.CorrectActualCost;
import io.pmo.project.command.ProjectCommands.CorrectProgress;
import io.pmo.project.command.ProjectCommands.DesignatePerformanceBaseline;
import io.pmo.project.command.ProjectCommands.FileStatusReport;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.RecordActualCost;
import io.pmo.project.command.ProjectCommands.ReportProgress;
import io.pmo.project.command.ProjectCommands.SaveBaseline;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectCalendars;

/**
 * Baselines, progress, cost with corrections and status reports. The sample project starts on Sunday
 * 1 March 2026, so day 0 is Monday 2 March: Design (5 days) runs 2 to 6 March, Code (10 days) 9 to 20 March,
 * Go live is reached on 20 March; Build rolls up 2 to 20 March and 35,000.00 EUR.
 */
class ProjectTrackingTests {

    private static final String BASELINE = "66666666-6666-4666-8666-666666666666";

    private static final String SECOND_BASELINE = "77777777-7777-4777-8777-777777777777";

    private static final String FACT = "88888888-8888-4888-8888-888888888888";

    private static final String CORRECTION = "99999999-9999-4999-8999-999999999999";

    private static final String WEIGHTED = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

    private static final LocalDate MARCH_13 = LocalDate.of(2026, 3, 13);

    private FixtureConfiguration<Project> fixture;

    /** A holiday on Friday 6 March moves everything after it by one working day. */
    private WorkingCalendar calendar = WorkingCalendar.mondayToFriday();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource((ProjectCalendars) tenant -> calendar);
    }

    // --- baselines ----------------------------------------------------------------------------------------

    @Test
    void theFirstBaselineFreezesEveryTaskWithItsDatesAndBecomesThePerformanceBaseline() {
        fixture.given(plannedProject())
                .when(new SaveBaseline(PROJECT_ID, BASELINE, " Approved plan ", false, null))
                .expectEvents(baseline(BASELINE, "Approved plan"), new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID,
                        BASELINE, null));
    }

    @Test
    void aBaselineKeepsTheCalendarItsDatesWereComputedOn() {
        calendar = WorkingCalendar.of(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                java.util.Set.of(LocalDate.of(2026, 3, 6)));
        fixture.given(plannedProject())
                .when(new SaveBaseline(PROJECT_ID, BASELINE, "Approved plan", false, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(new TypeSafeDiagnosingMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events, Description mismatch) {
                        BaselineSaved saved = (BaselineSaved) ((EventMessage<?>) events.get(0)).getPayload();
                        mismatch.appendValue(saved);
                        // Design's 5 days are 2, 3, 4, 5 and 9 March; everything after moves a day.
                        return saved.finish().equals(LocalDate.of(2026, 3, 23))
                                && saved.calendarExceptions().equals(List.of(new CalendarDay(LocalDate.of(2026, 3, 6),
                                        false)))
                                && saved.tasks().get(1).plannedFinish().equals(LocalDate.of(2026, 3, 9));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a baseline finishing on 23 March that keeps the holiday");
                    }
                });
    }

    @Test
    void aLaterBaselineBecomesThePerformanceBaselineOnlyWhenAskedTo() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(baseline(BASELINE, "Approved plan"));
        history.add(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, BASELINE, null));
        fixture.given(history)
                .when(new SaveBaseline(PROJECT_ID, SECOND_BASELINE, "Re-plan", false, null))
                .expectEvents(baseline(SECOND_BASELINE, "Re-plan"));
        fixture.given(history)
                .when(new SaveBaseline(PROJECT_ID, SECOND_BASELINE, "Re-plan", true, null))
                .expectEvents(baseline(SECOND_BASELINE, "Re-plan"),
                        new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, SECOND_BASELINE, BASELINE));
    }

    @Test
    void designatesAnotherPerformanceBaselineAndRefusesAnUnknownOne() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(baseline(BASELINE, "Approved plan"));
        history.add(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, BASELINE, null));
        history.add(baseline(SECOND_BASELINE, "Re-plan"));
        fixture.given(history)
                .when(new DesignatePerformanceBaseline(PROJECT_ID, SECOND_BASELINE, null))
                .expectEvents(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, SECOND_BASELINE, BASELINE));
        fixture.given(history)
                .when(new DesignatePerformanceBaseline(PROJECT_ID, CORRECTION, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "baselineId"));
    }

    @Test
    void refusesABaselineWithoutTasksOrName() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SaveBaseline(PROJECT_ID, BASELINE, "Empty", false, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null));
        fixture.given(plannedProject())
                .when(new SaveBaseline(PROJECT_ID, BASELINE, " ", false, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "name"));
    }

    // --- progress -----------------------------------------------------------------------------------------

    @Test
    void reportsProgressWithItsEffectiveDate() {
        Progress progress = new Progress(MARCH_13, new BigDecimal("40"), LocalDate.of(2026, 3, 9), null, List.of());
        fixture.given(approved())
                .when(new ReportProgress(PROJECT_ID, CODE, FACT, progress, null))
                .expectEvents(new ProgressReported(PROJECT_ID, TENANT_ID, CODE, FACT, MARCH_13, new BigDecimal("40"),
                        LocalDate.of(2026, 3, 9), null, List.of()));
    }

    @Test
    void refusesProgressOnAProjectThatIsNotApprovedOrActive() {
        fixture.given(plannedProject())
                .when(new ReportProgress(PROJECT_ID, CODE, FACT, halfDone(), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null));
    }

    @Test
    void refusesProgressThatBreaksItsRules() {
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT,
                new Progress(MARCH_13, new BigDecimal("100.5"), null, null, List.of()), null), "percentComplete");
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT,
                new Progress(MARCH_13, new BigDecimal("-1"), null, null, List.of()), null), "percentComplete");
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT,
                new Progress(null, BigDecimal.TEN, null, null, List.of()), null), "effectiveDate");
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT, new Progress(MARCH_13, new BigDecimal("90"),
                LocalDate.of(2026, 3, 9), MARCH_13, List.of()), null), "percentComplete");
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT, new Progress(MARCH_13, new BigDecimal("100"),
                MARCH_13, LocalDate.of(2026, 3, 9), List.of()), null), "actualStart");
        expectRefused(new ReportProgress(PROJECT_ID, BUILD, FACT, halfDone(), null), "taskId");
        expectRefused(new ReportProgress(PROJECT_ID, CORRECTION, FACT, halfDone(), null), "taskId");
        expectRefused(new ReportProgress(PROJECT_ID, CODE, FACT,
                new Progress(MARCH_13, BigDecimal.TEN, null, null, List.of("cp-0")), null), "checkpointsDone");
    }

    @Test
    void aWeightedMilestonesTaskReportsItsCheckpointsDone() {
        List<Object> history = new ArrayList<>(approved());
        history.add(added(WEIGHTED, new TaskPlan(null, "Migrate", 10, euros("5000.00"),
                EarnedValueMethod.WEIGHTED_MILESTONES, checkpoints("40", "60"))));
        fixture.given(history)
                .when(new ReportProgress(PROJECT_ID, WEIGHTED, FACT,
                        new Progress(MARCH_13, new BigDecimal("40"), MARCH_13, null, List.of("cp-0")), null))
                .expectSuccessfulHandlerExecution();
        fixture.given(history)
                .when(new ReportProgress(PROJECT_ID, WEIGHTED, FACT,
                        new Progress(MARCH_13, new BigDecimal("40"), MARCH_13, null, List.of("cp-7")), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "checkpointsDone[0]"));
    }

    @Test
    void aCorrectionRefersToTheFactItCorrectsAndCarriesItsTask() {
        List<Object> history = new ArrayList<>(approved());
        history.add(new ProgressReported(PROJECT_ID, TENANT_ID, CODE, FACT, MARCH_13, new BigDecimal("40"), null, null,
                List.of()));
        Progress corrected = new Progress(MARCH_13, new BigDecimal("30"), LocalDate.of(2026, 3, 9), null, List.of());
        fixture.given(history)
                .when(new CorrectProgress(PROJECT_ID, CORRECTION, FACT, corrected, " Overstated ", null))
                .expectEvents(new ProgressCorrected(PROJECT_ID, TENANT_ID, CODE, CORRECTION, FACT, MARCH_13,
                        new BigDecimal("30"), LocalDate.of(2026, 3, 9), null, List.of(), "Overstated"));
    }

    @Test
    void onlyAnExistingFactOfTheSameKindCanBeCorrectedAndNotACorrection() {
        List<Object> history = new ArrayList<>(approved());
        history.add(new ActualCostRecorded(PROJECT_ID, TENANT_ID, CODE, FACT, MARCH_13, euros("100.00")));
        fixture.given(history)
                .when(new CorrectProgress(PROJECT_ID, CORRECTION, FACT, halfDone(), null, null))
                .expectNoEvents()
                .expectException(rejected(NotFound.class, null));
        history.add(new ActualCostCorrected(PROJECT_ID, TENANT_ID, CODE, CORRECTION, FACT, MARCH_13, euros("90.00"),
                null));
        fixture.given(history)
                .when(new CorrectActualCost(PROJECT_ID, BASELINE, CORRECTION, MARCH_13, euros("80.00"), null, null))
                .expectNoEvents()
                .expectException(rejected(NotFound.class, null));
    }

    @Test
    void correctionsAreTakenOnACompletedProjectButNewFactsAreNot() {
        List<Object> history = new ArrayList<>(approved());
        history.add(new ActualCostRecorded(PROJECT_ID, TENANT_ID, CODE, FACT, MARCH_13, euros("100.00")));
        history.add(ProjectMother.statusChanged(ProjectStatus.APPROVED, ProjectStatus.ACTIVE, null));
        history.add(ProjectMother.statusChanged(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, null));
        fixture.given(history)
                .when(new CorrectActualCost(PROJECT_ID, CORRECTION, FACT, MARCH_13, euros("120.00"), "late invoice",
                        null))
                .expectEvents(new ActualCostCorrected(PROJECT_ID, TENANT_ID, CODE, CORRECTION, FACT, MARCH_13,
                        euros("120.00"), "late invoice"));
        fixture.given(history)
                .when(new RecordActualCost(PROJECT_ID, CODE, CORRECTION, MARCH_13, euros("5.00"), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null));
    }

    // --- cost ---------------------------------------------------------------------------------------------

    @Test
    void recordsACostInTheProjectsCurrencyAndRefusesAnyOther() {
        fixture.given(approved())
                .when(new RecordActualCost(PROJECT_ID, DESIGN, FACT, MARCH_13, euros("2500.00"), null))
                .expectEvents(new ActualCostRecorded(PROJECT_ID, TENANT_ID, DESIGN, FACT, MARCH_13, euros("2500.00")));
        expectRefused(new RecordActualCost(PROJECT_ID, DESIGN, FACT, MARCH_13, Money.of("2500.00", "USD"), null),
                "amount.currency");
        expectRefused(new RecordActualCost(PROJECT_ID, DESIGN, FACT, MARCH_13, euros("-1.00"), null),
                "amount.amount");
        expectRefused(new RecordActualCost(PROJECT_ID, DESIGN, FACT, null, euros("1.00"), null), "effectiveDate");
        expectRefused(new RecordActualCost(PROJECT_ID, GO_LIVE + "x", FACT, MARCH_13, euros("1.00"), null), "taskId");
    }

    // --- status reports -----------------------------------------------------------------------------------

    @Test
    void theManagerFilesAStatusReport() {
        fixture.given(approved())
                .when(new FileStatusReport(PROJECT_ID, FACT, MARCH_13, Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED,
                        " Vendor late ", null))
                .expectEvents(new StatusReportFiled(PROJECT_ID, TENANT_ID, FACT, MARCH_13, Rag.GREEN, Rag.AMBER,
                        Rag.GREEN, Rag.RED, "Vendor late"));
    }

    @Test
    void aStatusReportRatesEveryDimensionAndIsNotFiledForAProposal() {
        expectRefused(new FileStatusReport(PROJECT_ID, FACT, MARCH_13, Rag.GREEN, null, Rag.GREEN, Rag.RED, "x", null),
                "cost");
        expectRefused(new FileStatusReport(PROJECT_ID, FACT, MARCH_13, Rag.GREEN, Rag.GREEN, Rag.GREEN, Rag.RED, " ",
                null), "summary");
        fixture.given(plannedProject())
                .when(new FileStatusReport(PROJECT_ID, FACT, MARCH_13, Rag.GREEN, Rag.GREEN, Rag.GREEN, Rag.GREEN, "x",
                        null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null));
    }

    @Test
    void aBaselineAStatusReportOrAFactCannotBeRecordedTwiceUnderOneId() {
        List<Object> history = approved();
        history.add(baseline(BASELINE, "Approved plan"));
        history.add(new StatusReportFiled(PROJECT_ID, TENANT_ID, CORRECTION, MARCH_13, Rag.GREEN, Rag.GREEN, Rag.GREEN,
                Rag.GREEN, "fine"));
        history.add(new ActualCostRecorded(PROJECT_ID, TENANT_ID, CODE, FACT, MARCH_13, euros("1.00")));
        fixture.given(history)
                .when(new SaveBaseline(PROJECT_ID, BASELINE, "Again", false, null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null));
        fixture.given(history)
                .when(new FileStatusReport(PROJECT_ID, CORRECTION, MARCH_13, Rag.GREEN, Rag.GREEN, Rag.GREEN, Rag.GREEN,
                        "again", null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null));
        fixture.given(history)
                .when(new ReportProgress(PROJECT_ID, CODE, FACT, halfDone(), null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static List<Object> approved() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
        return history;
    }

    private static Progress halfDone() {
        return new Progress(MARCH_13, new BigDecimal("50"), null, null, List.of());
    }

    private void expectRefused(Object command, String field) {
        fixture.given(approved())
                .when(command)
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, field));
    }

    /** The sample project's baseline on a Monday-to-Friday calendar without holidays. */
    private static BaselineSaved baseline(String baselineId, String name) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate finish = LocalDate.of(2026, 3, 20);
        return new BaselineSaved(PROJECT_ID, TENANT_ID, baselineId, name, start, finish,
                euros("35000.00"), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), List.of(), List.of(
                                new BaselineTask(BUILD, null, "Build", true, 15, start, finish, euros("35000.00"),
                                        EarnedValueMethod.PERCENT_COMPLETE, List.of()),
                                new BaselineTask(DESIGN, BUILD, "Design", false, 5, start, LocalDate.of(2026, 3, 6),
                                        euros("10000.00"), EarnedValueMethod.PERCENT_COMPLETE, List.of()),
                                new BaselineTask(CODE, BUILD, "Code", false, 10, LocalDate.of(2026, 3, 9), finish,
                                        euros("25000.00"), EarnedValueMethod.PERCENT_COMPLETE, List.of()),
                                new BaselineTask(GO_LIVE, null, "Go live", false, 0, finish, finish, null,
                                        EarnedValueMethod.PERCENT_COMPLETE, List.of())));
    }
}
