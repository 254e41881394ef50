package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WorkingCalendar;

/** The baselines on their own: which one is the performance baseline, and what a new one needs. */
class BaselinesTests {

    private final Baselines baselines = new Baselines();

    private void save(String baselineId) {
        baselines.on(new BaselineSaved(PROJECT_ID, TENANT_ID, baselineId, "Plan " + baselineId,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), euros("1.00"), List.of(), List.of(), List.of()));
    }

    @Test
    void theFirstBaselineIsThePerformanceBaselineALaterOneOnlyWhenAskedTo() {
        assertThat(baselines.designatesPerformance(false)).isTrue();
        save("b1");
        baselines.on(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, "b1", null));

        assertThat(baselines.performanceBaselineId()).isEqualTo("b1");
        assertThat(baselines.designatesPerformance(false)).isFalse();
        assertThat(baselines.designatesPerformance(true)).isTrue();
    }

    @Test
    void designatesOnlyAKnownBaselineAndOnlyAnotherOneIsAChange() {
        save("b1");
        save("b2");
        baselines.on(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, "b1", null));

        assertThat(baselines.changesPerformance("b1")).isFalse();
        assertThat(baselines.changesPerformance("b2")).isTrue();
        assertThatThrownBy(() -> baselines.changesPerformance("b3")).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("baselineId"));
    }

    @Test
    void aNewBaselineNeedsANameTasksAndANewIdInThatOrder() {
        save("b1");
        assertThatThrownBy(() -> baselines.checkNew("b1", " ", true)).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("name"));
        assertThatThrownBy(() -> baselines.checkNew("b1", "Re-plan", true))
                .hasMessage("The project has no tasks to baseline");
        assertThatThrownBy(() -> baselines.checkNew("b1", "Re-plan", false)).isInstanceOf(StateConflict.class)
                .hasMessage("Baseline b1 already exists");
        baselines.checkNew("b2", "Re-plan", false);
    }

    @Test
    void keepsTheCalendarExceptionsWhileTheScheduleRuns() {
        WorkingCalendar calendar = WorkingCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 12, 25)));
        WbsSchedule schedule = new WbsSchedule(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), 14,
                java.util.Map.of(), List.of());

        assertThat(Baselines.exceptionsDuring(calendar, schedule))
                .containsExactly(new CalendarDay(LocalDate.of(2026, 3, 6), false));
    }
}
