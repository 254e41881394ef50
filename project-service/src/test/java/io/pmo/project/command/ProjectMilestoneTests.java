package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.project.command.WorkBreakdownMother.BUILD;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.GO_LIVE;
import static io.pmo.project.command.WorkBreakdownMother.plan;
import static io.pmo.project.command.WorkBreakdownMother.plannedProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.ChangeTaskPlan;
import io.pmo.project.command.ProjectCommands.DetectMissedMilestones;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.ReportProgress;
import io.pmo.project.command.ProjectCommands.SetMilestoneTarget;

/** Milestones: target dates, reached on time or late, missed once when the target passes unreached. */
class ProjectMilestoneTests {

    private static final LocalDate TARGET = LocalDate.of(2026, 3, 20);

    private static final String FACT = "88888888-8888-4888-8888-888888888888";

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void setsChangesAndClearsAMilestonesTarget() {
        fixture.given(plannedProject())
                .when(new SetMilestoneTarget(PROJECT_ID, GO_LIVE, TARGET, null))
                .expectEvents(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, TARGET, null));
        fixture.given(targeted())
                .when(new SetMilestoneTarget(PROJECT_ID, GO_LIVE, null, null))
                .expectEvents(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, null, TARGET));
        fixture.given(targeted())
                .when(new SetMilestoneTarget(PROJECT_ID, GO_LIVE, TARGET, null))
                .expectNoEvents();
    }

    @Test
    void onlyAMilestoneHasATarget() {
        fixture.given(plannedProject())
                .when(new SetMilestoneTarget(PROJECT_ID, CODE, TARGET, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "targetDate"));
        fixture.given(plannedProject())
                .when(new SetMilestoneTarget(PROJECT_ID, BUILD, TARGET, null))
                .expectException(rejected(RuleViolated.class, "targetDate"));
        fixture.given(targeted())
                .when(new ChangeTaskPlan(PROJECT_ID, GO_LIVE, plan(null, "Go live", 2, null), null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, "durationDays"));
    }

    @Test
    void aMilestoneReportedFinishedByItsTargetIsReachedOnTime() {
        fixture.given(approved(targeted()))
                .when(finish(LocalDate.of(2026, 3, 19)))
                .expectEvents(reported(LocalDate.of(2026, 3, 19)),
                        new MilestoneReached(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 19), TARGET, false));
    }

    @Test
    void aMilestoneReachedAfterItsTargetIsLateAndItsTargetCannotMoveAnyMore() {
        List<Object> history = approved(targeted());
        fixture.given(history)
                .when(finish(LocalDate.of(2026, 3, 23)))
                .expectEvents(reported(LocalDate.of(2026, 3, 23)),
                        new MilestoneReached(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 23), TARGET, true));
        history.add(reported(LocalDate.of(2026, 3, 23)));
        history.add(new MilestoneReached(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 23), TARGET, true));
        fixture.given(history)
                .when(new SetMilestoneTarget(PROJECT_ID, GO_LIVE, LocalDate.of(2026, 3, 31), null))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null));
    }

    @Test
    void aMilestoneWithoutTargetIsReachedNeitherOnTimeNorLate() {
        fixture.given(approved(new ArrayList<>(plannedProject())))
                .when(finish(LocalDate.of(2026, 3, 23)))
                .expectEvents(reported(LocalDate.of(2026, 3, 23)),
                        new MilestoneReached(PROJECT_ID, TENANT_ID, GO_LIVE, LocalDate.of(2026, 3, 23), null, false));
    }

    @Test
    void aTargetThatPassedUnreachedIsMissedOnce() {
        fixture.given(approved(targeted()))
                .when(new DetectMissedMilestones(PROJECT_ID, LocalDate.of(2026, 3, 21)))
                .expectEvents(new MilestoneMissed(PROJECT_ID, TENANT_ID, GO_LIVE, TARGET, LocalDate.of(2026, 3, 21)));
        List<Object> missed = approved(targeted());
        missed.add(new MilestoneMissed(PROJECT_ID, TENANT_ID, GO_LIVE, TARGET, LocalDate.of(2026, 3, 21)));
        fixture.given(missed)
                .when(new DetectMissedMilestones(PROJECT_ID, LocalDate.of(2026, 3, 22)))
                .expectNoEvents();
    }

    @Test
    void aTargetOfTodayOrLaterIsNotMissedYetAndClosedProjectsAreLeftAlone() {
        fixture.given(approved(targeted()))
                .when(new DetectMissedMilestones(PROJECT_ID, TARGET))
                .expectNoEvents();
        List<Object> cancelled = approved(targeted());
        cancelled.add(ProjectMother.statusChanged(ProjectStatus.APPROVED, ProjectStatus.CANCELLED, "stopped"));
        fixture.given(cancelled)
                .when(new DetectMissedMilestones(PROJECT_ID, LocalDate.of(2026, 4, 1)))
                .expectNoEvents();
    }

    private static List<Object> targeted() {
        List<Object> history = new ArrayList<>(plannedProject());
        history.add(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, TARGET, null));
        return history;
    }

    private static List<Object> approved(List<Object> history) {
        history.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
        return history;
    }

    private static ReportProgress finish(LocalDate on) {
        return new ReportProgress(PROJECT_ID, GO_LIVE, FACT, new Progress(on, new BigDecimal("100"), on, on, List.of()),
                null);
    }

    private static ProgressReported reported(LocalDate on) {
        return new ProgressReported(PROJECT_ID, TENANT_ID, GO_LIVE, FACT, on, new BigDecimal("100"), on, on, List.of());
    }
}
