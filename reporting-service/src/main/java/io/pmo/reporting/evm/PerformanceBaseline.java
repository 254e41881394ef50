package io.pmo.reporting.evm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;

/**
 * The baseline earned value is measured against: its start (actual time counts working days from here), its
 * currency, its calendar and its tasks as {@code BaselineSaved} froze them. Only leaf tasks carry value; a
 * summary task's cost is the roll-up of its subtasks and would count twice.
 *
 * @param currency the project's currency (ISO 4217), or {@code null} when no task has a planned cost yet
 */
public record PerformanceBaseline(String baselineId, LocalDate start, String currency, BaselineCalendar calendar,
        List<BaselineTask> tasks) {

    public PerformanceBaseline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        tasks = List.copyOf(tasks);
        for (BaselineTask task : tasks) {
            if (task.summary()) {
                continue;
            }
            if (task.earnedValueMethod() == null) {
                throw new IllegalArgumentException("Task " + task.taskId() + " has no earned value method");
            }
            Money cost = task.plannedCost();
            if (cost == null) {
                continue;
            }
            if (currency == null) {
                throw new IllegalArgumentException("Task " + task.taskId() + " has a planned cost in "
                        + cost.currency() + " but the baseline names no currency");
            }
            if (!currency.equals(cost.currency())) {
                throw new MixedCurrenciesException(currency, cost.currency(),
                        "the planned cost of task " + task.taskId());
            }
        }
    }

    /**
     * The baseline of a {@code BaselineSaved} event. Its currency is the budget at completion's, or else the
     * first leaf task's planned cost's.
     */
    public static PerformanceBaseline from(BaselineSaved event) {
        String currency = event.budgetAtCompletion() != null ? event.budgetAtCompletion().currency()
                : event.tasks().stream().filter(task -> !task.summary() && task.plannedCost() != null)
                        .map(task -> task.plannedCost().currency()).findFirst().orElse(null);
        return new PerformanceBaseline(event.baselineId(), event.start(), currency,
                BaselineCalendar.of(event.workingWeekdays(), event.calendarExceptions()), event.tasks());
    }

    /** The tasks that carry value: every task that is not a summary task. */
    List<BaselineTask> leaves() {
        return tasks.stream().filter(task -> !task.summary()).toList();
    }
}
