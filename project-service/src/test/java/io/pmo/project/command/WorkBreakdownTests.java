package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.project.command.WorkBreakdownMother.BUILD;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.DESIGN;
import static io.pmo.project.command.WorkBreakdownMother.GO_LIVE;
import static io.pmo.project.command.WorkBreakdownMother.after;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static io.pmo.project.command.WorkBreakdownMother.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * The work breakdown on its own, without Axon: fed the events of {@link WorkBreakdownMother#plannedProject()}
 * (Build > Design 5 days, Code 10 days after Design; Go live after Code), it checks the rules that span tasks.
 */
class WorkBreakdownTests {

    private final WorkBreakdown breakdown = planned();

    private static WorkBreakdown planned() {
        WorkBreakdown breakdown = new WorkBreakdown();
        WorkBreakdownMother.plannedProject().forEach(event -> {
            if (event instanceof TaskAdded added) {
                breakdown.on(added);
            }
            else if (event instanceof TaskDependenciesChanged changed) {
                breakdown.on(changed);
            }
        });
        return breakdown;
    }

    @Test
    void aNewTaskGetsItsPlanWithItsNameStrippedButNotAKnownId() {
        assertThat(breakdown.checkNew("t-5", plan(null, "  Test  ", 3, euros("10.00")), "EUR").name())
                .isEqualTo("Test");
        assertThatThrownBy(() -> breakdown.checkNew(DESIGN, plan(null, "Design", 3, null), "EUR"))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void checksTheNameBeforeTheTreeAndTheTreeBeforeTheCurrency() {
        assertThatThrownBy(() -> breakdown.checkNew("t-5", plan("nowhere", " ", 3, euros("1.00")), "USD"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields).isEqualTo(List.of("name"));
        assertThatThrownBy(() -> breakdown.checkNew("t-5", plan("nowhere", "Test", 3, euros("1.00")), "USD"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("parentTaskId"));
        assertThatThrownBy(() -> breakdown.checkNew("t-5", plan(null, "Test", 3, euros("1.00")), "USD"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("plannedCost.currency"));
        assertThatThrownBy(() -> breakdown.checkNew("t-5", plan(null, "Test", 3, euros("1.00")), null))
                .hasMessage("Set the project's currency (its details) before any amount");
    }

    @Test
    void aTaskSitsNeitherUnderItsOwnSubtaskNorUnderALinkedTask() {
        assertThatThrownBy(() -> breakdown.checkReplan(BUILD, plan(DESIGN, "Build", 0, null), "EUR"))
                .hasMessage("A task cannot sit under itself or one of its subtasks");
        assertThatThrownBy(() -> breakdown.checkNew("t-5", plan(CODE, "Review", 1, null), "EUR"))
                .hasMessage("Task 'Code' has dependencies, so it cannot get subtasks: link the subtasks instead");
        assertThatThrownBy(() -> breakdown.checkReplan("t-9", plan(null, "Ghost", 1, null), "EUR"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void refusesALinkThatClosesACycleAndNamesIt() {
        assertThatThrownBy(() -> breakdown.checkDependencies(DESIGN, List.of(after(GO_LIVE))))
                .hasMessage("These dependencies would form a cycle: 'Design' -> 'Code' -> 'Go live' -> 'Design'")
                .asInstanceOf(type(RuleViolated.class))
                .satisfies(ex -> assertThat(ex.details().get("cycle")).isEqualTo(List.of(DESIGN, CODE, GO_LIVE, DESIGN)));
    }

    @Test
    void linksLeafTasksOnlyEachOnce() {
        assertThatThrownBy(() -> breakdown.checkDependencies(GO_LIVE, List.of(after(BUILD))))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("predecessors[0].predecessorTaskId"));
        assertThatThrownBy(() -> breakdown.checkDependencies(BUILD, List.of(after(GO_LIVE))))
                .hasMessage("Task 'Build' is a summary task: link its subtasks instead");
        assertThatThrownBy(() -> breakdown.checkDependencies(GO_LIVE, List.of(after(CODE), after(CODE))))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("predecessors[1].predecessorTaskId"));
        assertThat(breakdown.checkDependencies(GO_LIVE, null)).isEmpty();
    }

    @Test
    void removesOnlyATaskWithoutSubtasksAndSuccessors() {
        assertThatThrownBy(() -> breakdown.checkRemoval(BUILD)).isInstanceOf(StateConflict.class)
                .satisfies(ex -> assertThat(((StateConflict) ex).details().get("subtasks"))
                        .isEqualTo(List.of(DESIGN, CODE)));
        assertThatThrownBy(() -> breakdown.checkRemoval(CODE))
                .satisfies(ex -> assertThat(((StateConflict) ex).details().get("successors"))
                        .isEqualTo(List.of(GO_LIVE)));
        breakdown.checkRemoval(GO_LIVE);
        breakdown.on(new TaskRemoved(PROJECT_ID, TENANT_ID, GO_LIVE));
        breakdown.checkRemoval(CODE);
    }

    @Test
    void progressAndCostGoOnLeafTasksOnly() {
        assertThat(breakdown.workTask(CODE).name()).isEqualTo("Code");
        assertThatThrownBy(() -> breakdown.workTask(BUILD))
                .hasMessage("Task 'Build' is a summary task: report on its subtasks");
        assertThatThrownBy(() -> breakdown.workTask(null)).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("taskId"));
    }

    @Test
    void aMilestoneMissedOnceIsNotMissedAgainAndEventsForRemovedTasksChangeNothing() {
        LocalDate target = LocalDate.of(2026, 3, 20);
        breakdown.on(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, GO_LIVE, target, null));
        assertThat(breakdown.missedBy(target)).isEmpty();
        assertThat(breakdown.missedBy(target.plusDays(1))).extracting(Task::taskId).containsExactly(GO_LIVE);

        breakdown.on(new MilestoneMissed(PROJECT_ID, TENANT_ID, GO_LIVE, target, target.plusDays(1)));
        breakdown.on(new MilestoneMissed(PROJECT_ID, TENANT_ID, "removed-long-ago", target, target.plusDays(1)));

        assertThat(breakdown.missedBy(target.plusDays(2))).isEmpty();
        assertThatThrownBy(() -> breakdown.checkTarget(DESIGN)).hasMessage(
                "Only a milestone (a task of 0 days) has a target date");
        assertThatThrownBy(() -> breakdown.checkTarget(BUILD)).isInstanceOf(RuleViolated.class);
    }

    @Test
    void freezesEveryTaskInTaskOrderWithTheDatesOfTheCriticalPath() {
        WbsSchedule schedule = breakdown.schedule(LocalDate.of(2026, 3, 1), WorkingCalendar.mondayToFriday());

        assertThat(schedule.earlyFinish()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(breakdown.frozen(schedule)).extracting(BaselineTask::taskId, BaselineTask::plannedStart,
                        BaselineTask::plannedFinish)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BUILD, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)),
                        org.assertj.core.groups.Tuple.tuple(DESIGN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)),
                        org.assertj.core.groups.Tuple.tuple(CODE, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20)),
                        org.assertj.core.groups.Tuple.tuple(GO_LIVE, LocalDate.of(2026, 3, 20),
                                LocalDate.of(2026, 3, 20)));
        assertThat(breakdown.hasAmounts()).isTrue();
        assertThat(new WorkBreakdown().isEmpty()).isTrue();
    }
}
