package io.pmo.project.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineTask;

/**
 * What moved between two versions of a plan (two baselines, or a baseline and the current plan): the project's
 * finish and budget, and every task that was added, removed or changed, with each changed field's old and new
 * value. Tasks that did not change are not listed.
 */
public record BaselineComparison(String from, String to, Change<LocalDate> finish, Change<Money> budgetAtCompletion,
        List<TaskChange> tasks) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    public record Change<T>(T from, T to) {
    }

    public record TaskChange(String taskId, String name, Kind change, Map<String, Change<Object>> fields) {
    }

    /** One side of a comparison: its name, finish, budget and tasks. */
    public record Side(String id, LocalDate finish, Money budgetAtCompletion, List<BaselineTask> tasks) {
    }

    public static BaselineComparison between(Side from, Side to) {
        Map<String, BaselineTask> before = index(from.tasks());
        Map<String, BaselineTask> after = index(to.tasks());
        List<TaskChange> changes = new ArrayList<>();
        for (BaselineTask task : to.tasks()) {
            BaselineTask old = before.get(task.taskId());
            if (old == null) {
                changes.add(new TaskChange(task.taskId(), task.name(), Kind.ADDED, Map.of()));
                continue;
            }
            Map<String, Change<Object>> fields = new LinkedHashMap<>();
            compare(fields, "name", old.name(), task.name());
            compare(fields, "parentTaskId", old.parentTaskId(), task.parentTaskId());
            compare(fields, "plannedStart", old.plannedStart(), task.plannedStart());
            compare(fields, "plannedFinish", old.plannedFinish(), task.plannedFinish());
            compare(fields, "durationDays", old.durationDays(), task.durationDays());
            compare(fields, "plannedCost", old.plannedCost(), task.plannedCost());
            compare(fields, "earnedValueMethod", old.earnedValueMethod(), task.earnedValueMethod());
            compare(fields, "checkpoints", old.checkpoints(), task.checkpoints());
            if (!fields.isEmpty()) {
                changes.add(new TaskChange(task.taskId(), task.name(), Kind.CHANGED, fields));
            }
        }
        for (BaselineTask task : from.tasks()) {
            if (!after.containsKey(task.taskId())) {
                changes.add(new TaskChange(task.taskId(), task.name(), Kind.REMOVED, Map.of()));
            }
        }
        return new BaselineComparison(from.id(), to.id(), new Change<>(from.finish(), to.finish()),
                new Change<>(from.budgetAtCompletion(), to.budgetAtCompletion()), changes);
    }

    private static void compare(Map<String, Change<Object>> fields, String field, Object from, Object to) {
        boolean same = from instanceof Money a && to instanceof Money b
                ? a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0
                : Objects.equals(from, to);
        if (!same) {
            fields.put(field, new Change<>(from, to));
        }
    }

    private static Map<String, BaselineTask> index(List<BaselineTask> tasks) {
        Map<String, BaselineTask> byId = new LinkedHashMap<>();
        tasks.forEach(task -> byId.put(task.taskId(), task));
        return byId;
    }
}
