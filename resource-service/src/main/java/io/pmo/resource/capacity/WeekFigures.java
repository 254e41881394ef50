package io.pmo.resource.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * A resource's figures for one ISO week, in minutes, as events carry them.
 *
 * @param start             the week's first day in the range (its Monday unless the range starts later)
 * @param end               its last day in the range (its Sunday unless the range ends earlier)
 * @param capacityMinutes   capacity
 * @param confirmedMinutes  confirmed load, all projects
 * @param requestedMinutes  requested load, all projects
 * @param projects          confirmed load and cost per project with confirmed load that week, by project id
 */
public record WeekFigures(LocalDate start, LocalDate end, long capacityMinutes, long confirmedMinutes,
                          long requestedMinutes, List<ProjectWeek> projects) {

    public WeekFigures {
        projects = List.copyOf(projects);
    }
}
