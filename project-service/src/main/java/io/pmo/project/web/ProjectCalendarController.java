package io.pmo.project.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.CalendarDay;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.SetProjectCalendar;

/**
 * {@code /api/v1/projects/{id}/calendar}: the project's own exceptions to the tenant's enterprise calendar (a
 * day off, or a day worked), which its schedule lays on top of the enterprise calendar. The list replaces the
 * previous one; the project shows it in {@code /plan}.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/calendar")
class ProjectCalendarController {

    private final CommandGateway commands;

    ProjectCalendarController(CommandGateway commands) {
        this.commands = commands;
    }

    record ExceptionRequest(@NotNull LocalDate date, @NotNull Boolean working) {
    }

    record CalendarRequest(@NotNull @Valid @Size(max = 1_000) List<@NotNull @Valid ExceptionRequest> exceptions) {
    }

    @PutMapping
    ResponseEntity<ProjectController.WriteResult> put(@PathVariable ProjectId projectId,
            @Valid @RequestBody CalendarRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<CalendarDay> exceptions = request.exceptions().stream()
                .map(exception -> new CalendarDay(exception.date(), exception.working())).toList();
        return ProjectController.written(projectId.value(), Writes.version(commands, new SetProjectCalendar(
                projectId.value(), exceptions, IfMatch.expectedVersion(ifMatch))));
    }
}
