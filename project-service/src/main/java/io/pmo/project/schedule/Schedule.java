package io.pmo.project.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A computed schedule.
 *
 * @param earlyFinish the project's early finish: the day after its last day of work (exclusive, like every
 * finish here); 0 for an empty plan
 * @param imposedFinish the finish the backward pass started from when one was imposed (null: the early finish)
 * @param activities every activity, in a topological order of the network
 * @param criticalPaths the chains of activities with the project's least total float, each from an activity
 * no such chain enters to one none leaves, linked by driving dependencies; without constraints these are
 * exactly the zero-float activities
 */
public record Schedule(int earlyFinish, Integer imposedFinish, List<ScheduledActivity> activities,
        List<List<String>> criticalPaths) {

    public Schedule {
        activities = List.copyOf(activities);
        criticalPaths = criticalPaths.stream().map(List::copyOf).toList();
    }

    public Optional<ScheduledActivity> activity(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }

    public Map<String, ScheduledActivity> byId() {
        return activities.stream().collect(Collectors.toMap(ScheduledActivity::id, Function.identity()));
    }
}
