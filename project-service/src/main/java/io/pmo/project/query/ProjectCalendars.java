package io.pmo.project.query;

import io.pmo.project.schedule.WorkingCalendar;

/**
 * The working calendar a project's dates are computed on: its tenant's enterprise calendar (project-service's
 * tenant settings). A port, so that the aggregate can date a baseline without a repository in it; Axon injects
 * the Spring bean into the command handler.
 */
public interface ProjectCalendars {

    WorkingCalendar enterpriseCalendar(String tenantId);
}
