package io.pmo.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.platform.web.DomainException;
import io.pmo.project.command.ProjectCommands.ChangePlannedDates;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.RenameProject;

/**
 * A project: its name, planned dates and lifecycle. Rules are checked in the command handlers; state changes
 * only in the event sourcing handlers. Every handler answers the aggregate's new version, which the API
 * returns as the resource's ETag.
 */
@Aggregate
class Project implements TenantOwned {

    @AggregateIdentifier
    private String projectId;

    private String tenantId;

    private String name;

    private LocalDate plannedStart;

    private LocalDate plannedFinish;

    private ProjectStatus status;

    Project() {
        // for Axon
    }

    @CommandHandler
    Project(CreateProject command) {
        requireName(command.name());
        requireDates(command.plannedStart(), command.plannedFinish());
        apply(new ProjectCreated(command.projectId(), command.tenantId(), command.name(), command.plannedStart(),
                command.plannedFinish(), ProjectStatus.PROPOSED));
    }

    @CommandHandler
    long handle(RenameProject command) {
        requireOpen("rename");
        requireName(command.name());
        if (!Objects.equals(name, command.name())) {
            apply(new ProjectRenamed(projectId, tenantId, name, command.name()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePlannedDates command) {
        requireOpen("change the planned dates of");
        requireDates(command.plannedStart(), command.plannedFinish());
        if (!Objects.equals(plannedStart, command.plannedStart()) || !Objects.equals(plannedFinish, command.plannedFinish())) {
            apply(new ProjectPlannedDatesChanged(projectId, tenantId, command.plannedStart(), command.plannedFinish()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeProjectStatus command) {
        if (!ProjectLifecycle.allows(status, command.target())) {
            throw DomainException.conflict("A project in state " + status + " cannot move to " + command.target(),
                    Map.of("currentState", status, "allowedTargets", ProjectLifecycle.next(status)));
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason == null && ProjectLifecycle.requiresReason(command.target())) {
            throw DomainException.unprocessable("Moving a project to " + command.target() + " needs a reason",
                    "reason", "must not be blank");
        }
        apply(new ProjectStatusChanged(projectId, tenantId, status, command.target(), reason));
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
        tenantId = event.tenantId();
        name = event.name();
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ProjectRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ProjectPlannedDatesChanged event) {
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
    }

    @EventSourcingHandler
    void on(ProjectStatusChanged event) {
        status = event.to();
    }

    private void requireOpen(String action) {
        if (status.isFinal()) {
            throw DomainException.conflict("Cannot " + action + " a project that is " + status,
                    Map.of("currentState", status));
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.unprocessable("A project needs a name", "name", "must not be blank");
        }
    }

    private static void requireDates(LocalDate start, LocalDate finish) {
        if (start == null || finish == null) {
            throw DomainException.unprocessable("A project needs a planned start and finish",
                    start == null ? "plannedStart" : "plannedFinish", "must not be null");
        }
        if (finish.isBefore(start)) {
            throw DomainException.unprocessable("The planned finish " + finish + " is before the planned start " + start,
                    "plannedFinish", "must not be before plannedStart");
        }
    }
}
