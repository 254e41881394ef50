package io.pmo.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.project.query.BaselineComparison.Change;
import io.pmo.project.query.BaselineComparison.Kind;
import io.pmo.project.query.BaselineComparison.Side;
import io.pmo.project.query.BaselineComparison.TaskChange;

class BaselineComparisonTests {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void listsAddedRemovedAndChangedTasksWithTheFieldsThatMoved() {
        Side approved = new Side("b-1", LocalDate.of(2026, 3, 20), Money.of("35000.00", "EUR"), List.of(
                task("design", MARCH_2, LocalDate.of(2026, 3, 6), 5, "10000.00"),
                task("code", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), 10, "25000.00"),
                task("docs", MARCH_2, MARCH_2, 1, "500.00")));
        Side replanned = new Side("current", LocalDate.of(2026, 3, 24), Money.of("37000.0", "EUR"), List.of(
                task("design", MARCH_2, LocalDate.of(2026, 3, 6), 5, "10000"),
                task("code", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 24), 12, "27000.00"),
                task("test", LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 25), 1, null)));

        BaselineComparison comparison = BaselineComparison.between(approved, replanned);

        assertThat(comparison.finish()).isEqualTo(new Change<>(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 24)));
        assertThat(comparison.tasks()).containsExactly(
                new TaskChange("code", "code", Kind.CHANGED, Map.of(
                        "plannedFinish", new Change<>(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 24)),
                        "durationDays", new Change<>(10, 12),
                        "plannedCost", new Change<>(Money.of("25000.00", "EUR"), Money.of("27000.00", "EUR")))),
                new TaskChange("test", "test", Kind.ADDED, Map.of()),
                new TaskChange("docs", "docs", Kind.REMOVED, Map.of()));
    }

    @Test
    void aPlanComparedWithItselfListsNothing() {
        Side side = new Side("b-1", MARCH_2, null, List.of(task("design", MARCH_2, MARCH_2, 1, null)));

        assertThat(BaselineComparison.between(side, side).tasks()).isEmpty();
    }

    private static BaselineTask task(String id, LocalDate start, LocalDate finish, int days, String cost) {
        return new BaselineTask(id, null, id, false, days, start, finish, cost == null ? null : Money.of(cost, "EUR"),
                EarnedValueMethod.PERCENT_COMPLETE, List.of());
    }
}
