package io.pmo.project.query;

import org.springframework.stereotype.Component;

import io.pmo.project.command.ProjectCalendars;
import io.pmo.project.command.schedule.WorkingCalendar;

/**
 * Every tenant works Monday to Friday without holidays until tenant calendars are kept in project-service's
 * tenant settings; then this reads them from there.
 */
@Component
class DefaultProjectCalendars implements ProjectCalendars {

    @Override
    public WorkingCalendar enterpriseCalendar(String tenantId) {
        return WorkingCalendar.mondayToFriday();
    }
}
