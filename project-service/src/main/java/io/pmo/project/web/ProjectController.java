package io.pmo.project.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.DateRange;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.AssignProjectManager;
import io.pmo.project.command.ProjectCommands.ChangePlannedDates;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.ProjectStarted;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.query.ProjectSummary;
import io.pmo.project.query.ProjectSummaryQueries;

/**
 * {@code /api/v1/projects}: validates, sends a command or reads the summary, maps to HTTP. Writes answer once
 * the event is stored, with the new version as ETag; reads accept {@code ?minVersion=} to wait for it.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {



    private final CommandGateway commands;

    private final ProjectSummaryQueries summaries;

    ProjectController(CommandGateway commands, ProjectSummaryQueries summaries) {
        this.commands = commands;
        this.summaries = summaries;
    }

    /** {@code managerId} is optional: a project manager who creates a project manages it. */
    record CreateProjectRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedFinish, @UserIdFormat String managerId) {
    }

    record ManagerRequest(@NotNull @UserIdFormat String managerId) {
    }

    record RenameProjectRequest(@NotBlank @Size(max = 200) String name) {
    }

    record PlannedDatesRequest(@NotNull LocalDate plannedStart, @NotNull LocalDate plannedFinish) {
    }

    record StatusChangeRequest(@NotNull ProjectStatus status, @Size(max = 2000) String reason) {
    }

    record WriteResult(String id, long version) {
    }

    @PostMapping
    ResponseEntity<ProjectView> create(@Valid @RequestBody CreateProjectRequest request, RequestIdentity identity) {
        requireDateOrder(request.plannedStart(), request.plannedFinish());
        String projectId = UUID.randomUUID().toString();
        ProjectStarted started = commands.sendAndWait(new CreateProject(projectId, identity.tenantId(),
                request.name().strip(), request.plannedStart(), request.plannedFinish(), request.managerId()));
        ProjectView created = new ProjectView(projectId, identity.tenantId(), request.name().strip(),
                request.plannedStart(), request.plannedFinish(), ProjectStatus.PROPOSED, started.managerId(),
                started.version(), null, null);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId))
                .eTag(IfMatch.etag(started.version()))
                .body(created);
    }

    @PutMapping("/{projectId}/name")
    ResponseEntity<WriteResult> rename(@PathVariable ProjectId projectId, @Valid @RequestBody RenameProjectRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return written(projectId.value(), Writes.version(commands, 
                new RenameProject(projectId.value(), request.name().strip(), IfMatch.expectedVersion(ifMatch))));
    }

    @PutMapping("/{projectId}/planned-dates")
    ResponseEntity<WriteResult> changePlannedDates(@PathVariable ProjectId projectId,
            @Valid @RequestBody PlannedDatesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireDateOrder(request.plannedStart(), request.plannedFinish());
        return written(projectId.value(), Writes.version(commands, new ChangePlannedDates(projectId.value(),
                request.plannedStart(), request.plannedFinish(), IfMatch.expectedVersion(ifMatch))));
    }

    /** Hands the project to another manager: a PMO admin, or the current manager. */
    @PutMapping("/{projectId}/manager")
    ResponseEntity<WriteResult> assignManager(@PathVariable ProjectId projectId, @Valid @RequestBody ManagerRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return written(projectId.value(), Writes.version(commands, 
                new AssignProjectManager(projectId.value(), request.managerId(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/{projectId}/status-changes")
    ResponseEntity<WriteResult> changeStatus(@PathVariable ProjectId projectId,
            @Valid @RequestBody StatusChangeRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return written(projectId.value(), Writes.version(commands, new ChangeProjectStatus(projectId.value(), request.status(),
                request.reason(), IfMatch.expectedVersion(ifMatch))));
    }

    @GetMapping("/{projectId}")
    ResponseEntity<ProjectView> get(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        ReadModelWait.Result<ProjectSummary> result = ReadModelWait.await(
                () -> summaries.find(identity.tenantId(), projectId.value()), ProjectSummary::version,
                ReadModelWait.minVersion(minVersion, minVersionHeader), ReadModelWait.DEFAULT_TIMEOUT);
        ProjectSummary summary = result.document().orElse(null);
        if (!result.caughtUp()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(summary == null ? null : ProjectView.of(summary));
        }
        if (summary == null) {
            throw new NotFound("No project " + projectId);
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(summary.version())).body(ProjectView.of(summary));
    }

    @GetMapping
    TenantQueries.Page<ProjectView> list(RequestIdentity identity, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return summaries.list(identity.tenantId(), page, size).map(ProjectView::of);
    }

    static ResponseEntity<WriteResult> written(String id, long newVersion) {
        return ResponseEntity.ok().eTag(IfMatch.etag(newVersion)).body(new WriteResult(id, newVersion));
    }


    private static void requireDateOrder(LocalDate start, LocalDate finish) {
        if (!DateRange.isOrdered(start, finish)) {
            throw new InvalidRequestException("The planned finish is before the planned start",
                    List.of(Map.of("field", "plannedFinish", "message", "must not be before plannedStart")));
        }
    }
}
