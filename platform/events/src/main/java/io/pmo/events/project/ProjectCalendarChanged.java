package io.pmo.events.project;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A project's own calendar exceptions were set on top of the tenant's enterprise calendar; the list replaces
 * the previous one (empty: none), ascending by date, one entry per date.
 */
@Revision("1")
public record ProjectCalendarChanged(String projectId, String tenantId, List<CalendarDay> exceptions)
        implements ProjectEvent {

    public ProjectCalendarChanged {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
}
