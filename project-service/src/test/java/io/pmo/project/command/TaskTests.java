package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.project.command.WorkBreakdownMother.added;
import static io.pmo.project.command.WorkBreakdownMother.checkpoints;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static io.pmo.project.command.WorkBreakdownMother.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.TaskPlan;

/** One task on its own: its milestone, the progress it accepts and when a new plan is a change. */
class TaskTests {

    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    private final Task milestone = new Task(added("m", plan(null, "Go live", 0, null)));

    private final Task work = new Task(added("w", plan(null, "Code", 10, euros("25000.00"))));

    private final Task weighted = new Task(added("x", new TaskPlan(null, "Migrate", 10, euros("5000.00"),
            EarnedValueMethod.WEIGHTED_MILESTONES, checkpoints("40", "60"))));

    private static Progress progress(String percent, LocalDate start, LocalDate finish, String... done) {
        return new Progress(LocalDate.of(2026, 3, 23), new BigDecimal(percent), start, finish, List.of(done));
    }

    @Test
    void aMilestoneIsReachedOnItsActualFinishOrElseOnTheFactsDateAndOnlyOnce() {
        assertThat(milestone.reachedBy(progress("100", MARCH_20, MARCH_20))).isEqualTo(MARCH_20);
        assertThat(milestone.reachedBy(progress("100", null, null))).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(milestone.reachedBy(progress("50", null, null))).isNull();
        assertThat(work.reachedBy(progress("100", MARCH_20, MARCH_20))).isNull();

        milestone.on(new MilestoneReached(PROJECT_ID, TENANT_ID, "m", MARCH_20, null, false));

        assertThat(milestone.reachedBy(progress("100", MARCH_20, MARCH_20))).isNull();
        assertThatThrownBy(() -> milestone.checkTargetable(false)).isInstanceOf(StateConflict.class)
                .hasMessage("Milestone 'Go live' was reached on 2026-03-20");
    }

    @Test
    void aMilestoneIsMissedTheDayAfterItsTargetUnlessReachedOrMissedAlready() {
        assertThat(milestone.missedBy(MARCH_20.plusDays(1))).isFalse();
        milestone.on(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, "m", MARCH_20, null));
        assertThat(milestone.missedBy(MARCH_20)).isFalse();
        assertThat(milestone.missedBy(MARCH_20.plusDays(1))).isTrue();
        milestone.markMissed();
        assertThat(milestone.missedBy(MARCH_20.plusDays(1))).isFalse();
    }

    @Test
    void onlyAMilestoneHasATargetAndWithOneItKeepsItsZeroDays() {
        assertThatThrownBy(() -> work.checkTargetable(false)).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("targetDate"));
        assertThatThrownBy(() -> milestone.checkTargetable(true)).isInstanceOf(RuleViolated.class);
        milestone.checkReplan(plan(null, "Go live", 2, null));
        milestone.on(new MilestoneTargetSet(PROJECT_ID, TENANT_ID, "m", MARCH_20, null));
        assertThatThrownBy(() -> milestone.checkReplan(plan(null, "Go live", 2, null)))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("durationDays"));
    }

    @Test
    void acceptsProgressWithinItsRules() {
        work.checkProgress(progress("100", MARCH_20, MARCH_20));
        assertThatThrownBy(() -> work.checkProgress(progress("101", null, null)))
                .hasMessage("Percent complete is between 0 and 100");
        assertThatThrownBy(() -> work.checkProgress(progress("90", MARCH_20, MARCH_20)))
                .hasMessage("A finished task is 100 % complete");
        assertThatThrownBy(() -> work.checkProgress(progress("100", MARCH_20.plusDays(1), MARCH_20)))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("actualStart"));
        assertThatThrownBy(() -> work.checkProgress(progress("50", null, null, "cp-0")))
                .hasMessage("Task 'Code' has no checkpoints");
    }

    @Test
    void aWeightedTaskTakesEachOfItsCheckpointsOnce() {
        weighted.checkProgress(progress("40", null, null, "cp-0"));
        assertThatThrownBy(() -> weighted.checkProgress(progress("40", null, null, "cp-0", "cp-0")))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("checkpointsDone[1]"));
        assertThatThrownBy(() -> weighted.checkProgress(progress("40", null, null, "cp-7")))
                .hasMessage("No checkpoint cp-7 in task 'Migrate'");
    }

    @Test
    void aPlanIsAChangeWhenAnyOfItsPartsDiffers() {
        assertThat(work.differsFrom(plan(null, "Code", 10, euros("25000.00")))).isFalse();
        assertThat(work.differsFrom(plan(null, "Code", 11, euros("25000.00")))).isTrue();
        assertThat(work.differsFrom(plan("b", "Code", 10, euros("25000.00")))).isTrue();
        assertThat(work.differsFrom(new TaskPlan(null, "Code", 10, euros("25000.00"), EarnedValueMethod.ZERO_HUNDRED,
                List.of()))).isTrue();
    }
}
