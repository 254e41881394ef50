package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.FINISH;
import static io.pmo.project.command.ProjectMother.NAME;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.REASON;
import static io.pmo.project.command.ProjectMother.START;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.platform.testing.Rejections.rejected;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.ProjectStarted;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.command.ProjectMother.Transition;

/** The rules of the project aggregate: given events, when a command, expect events or a domain exception. */
class ProjectTests {

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    // --- create -------------------------------------------------------------------------------------

    @Test
    void createsAProposedProject() {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProject())
                .expectSuccessfulHandlerExecution()
                .expectEvents(ProjectMother.projectCreated())
                .expectResultMessagePayload(new ProjectStarted(0, null));
    }

    @Test
    void createsAProjectThatStartsAndFinishesOnTheSameDay() {
        fixture.givenNoPriorActivity()
                .when(new CreateProject(PROJECT_ID, TENANT_ID, NAME, START, START, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new io.pmo.events.project.ProjectCreated(PROJECT_ID, TENANT_ID, NAME, START, START,
                        ProjectStatus.PROPOSED));
    }

    @Test
    void refusesToCreateAProjectThatFinishesBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new CreateProject(PROJECT_ID, TENANT_ID, NAME, FINISH, START, null))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null, "errors",
                        List.of(Map.of("field", "plannedFinish", "message", "must not be before plannedStart"))));
    }

    // --- rename -------------------------------------------------------------------------------------

    @Test
    void renamesAProjectAndAnswersTheNewVersion() {
        fixture.given(ProjectMother.projectCreated())
                .when(ProjectMother.rename("Cloud migration"))
                .expectEvents(new ProjectRenamed(PROJECT_ID, TENANT_ID, NAME, "Cloud migration"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void renamingToTheSameNamePublishesNothingAndAnswersTheUnchangedVersion() {
        fixture.given(ProjectMother.projectCreated())
                .when(ProjectMother.rename(NAME))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void renamingTwiceRecordsThePreviousNameOfEachStep() {
        fixture.given(ProjectMother.projectCreated(), new ProjectRenamed(PROJECT_ID, TENANT_ID, NAME, "Cloud migration"))
                .when(ProjectMother.rename("Cloud migration, phase 2"))
                .expectEvents(new ProjectRenamed(PROJECT_ID, TENANT_ID, "Cloud migration", "Cloud migration, phase 2"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void refusesARenameWithAStaleExpectedVersion() {
        fixture.given(ProjectMother.projectCreated(), new ProjectRenamed(PROJECT_ID, TENANT_ID, NAME, "Cloud migration"))
                .when(new RenameProject(PROJECT_ID, "Cloud migration, phase 2", 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    // --- planned dates ------------------------------------------------------------------------------

    @Test
    void changesThePlannedDatesAndAnswersTheNewVersion() {
        fixture.given(ProjectMother.projectCreated())
                .when(ProjectMother.changeDates(START.plusMonths(1), FINISH.plusMonths(1)))
                .expectEvents(new ProjectPlannedDatesChanged(PROJECT_ID, TENANT_ID, START.plusMonths(1),
                        FINISH.plusMonths(1)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void changingToTheSamePlannedDatesPublishesNothing() {
        fixture.given(ProjectMother.projectCreated())
                .when(ProjectMother.changeDates(START, FINISH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void refusesPlannedDatesThatFinishBeforeTheyStart() {
        fixture.given(ProjectMother.projectCreated())
                .when(ProjectMother.changeDates(FINISH, START))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null, "errors",
                        List.of(Map.of("field", "plannedFinish", "message", "must not be before plannedStart"))));
    }

    // --- a closed project cannot be edited ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = { "COMPLETED", "CANCELLED" })
    void refusesToRenameAProjectThatIsClosed(ProjectStatus closed) {
        fixture.given(ProjectMother.historyUntil(closed))
                .when(ProjectMother.rename("Cloud migration"))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "currentState", closed));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = { "COMPLETED", "CANCELLED" })
    void refusesToChangeThePlannedDatesOfAProjectThatIsClosed(ProjectStatus closed) {
        fixture.given(ProjectMother.historyUntil(closed))
                .when(ProjectMother.changeDates(START.plusMonths(1), FINISH.plusMonths(1)))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "currentState", closed));
    }

    // --- lifecycle ----------------------------------------------------------------------------------

    static Stream<Transition> legalTransitions() {
        return ProjectMother.LEGAL_TRANSITIONS.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()));
    }

    static Stream<Transition> illegalTransitions() {
        return Arrays.stream(ProjectStatus.values())
                .flatMap(from -> Arrays.stream(ProjectStatus.values()).map(to -> new Transition(from, to)))
                .filter(transition -> !ProjectMother.LEGAL_TRANSITIONS.contains(transition));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalTransitions")
    void movesAlongEveryLegalTransitionAndAnswersTheNewVersion(Transition transition) {
        List<Object> history = ProjectMother.historyUntil(transition.from());
        String reason = ProjectMother.needsReason(transition.to()) ? REASON : null;

        fixture.given(history)
                .when(ProjectMother.moveTo(transition.to(), reason))
                .expectEvents(ProjectMother.statusChanged(transition.from(), transition.to(), reason))
                .expectResultMessagePayload((long) history.size());
    }

    @Test
    void walksTheWholeLifecycleFromProposedToCompletedViaOnHold() {
        fixture.given(ProjectMother.projectCreated(),
                        ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null),
                        ProjectMother.statusChanged(ProjectStatus.APPROVED, ProjectStatus.ACTIVE, null),
                        ProjectMother.statusChanged(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD, REASON),
                        ProjectMother.statusChanged(ProjectStatus.ON_HOLD, ProjectStatus.ACTIVE, null))
                .when(ProjectMother.moveTo(ProjectStatus.COMPLETED, null))
                .expectEvents(ProjectMother.statusChanged(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, null))
                .expectResultMessagePayload(5L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalTransitions")
    void refusesEveryIllegalTransitionWithTheCurrentState(Transition transition) {
        fixture.given(ProjectMother.historyUntil(transition.from()))
                .when(ProjectMother.moveTo(transition.to(), REASON))
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "currentState", transition.from()));
    }

    @Test
    void illegalTransitionTellsWhichTargetsAreAllowed() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.PROPOSED))
                .when(ProjectMother.moveTo(ProjectStatus.ACTIVE, null))
                .expectException(rejected(StateConflict.class, null, "allowedTargets",
                        java.util.EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.CANCELLED)))
                .expectExceptionMessage("A project in state PROPOSED cannot move to ACTIVE");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void refusesToPutAProjectOnHoldWithoutAReason(String reason) {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.ACTIVE))
                .when(ProjectMother.moveTo(ProjectStatus.ON_HOLD, reason))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null, "errors",
                        List.of(Map.of("field", "reason", "message", "must not be blank"))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void refusesToCancelAProjectWithoutAReason(String reason) {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.PROPOSED))
                .when(ProjectMother.moveTo(ProjectStatus.CANCELLED, reason))
                .expectNoEvents()
                .expectException(rejected(RuleViolated.class, null, "errors",
                        List.of(Map.of("field", "reason", "message", "must not be blank"))));
    }

    @Test
    void recordsTheReasonWithoutSurroundingBlanks() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.ACTIVE))
                .when(new ChangeProjectStatus(PROJECT_ID, ProjectStatus.ON_HOLD, "  " + REASON + "\n", null))
                .expectEvents(ProjectMother.statusChanged(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD, REASON));
    }

    @Test
    void aBlankReasonOnATransitionThatNeedsNoneIsRecordedAsNull() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.PROPOSED))
                .when(ProjectMother.moveTo(ProjectStatus.APPROVED, "  "))
                .expectEvents(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
    }
}
