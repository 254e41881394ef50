package io.pmo.project.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.TaskDependency;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.AddTask;
import io.pmo.project.command.ProjectCommands.ChangeTaskPlan;
import io.pmo.project.command.ProjectCommands.RemoveTask;
import io.pmo.project.command.ProjectCommands.SetMilestoneTarget;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;
import io.pmo.project.command.ProjectCommands.SetTaskDependencies;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.query.ProjectPlan;
import io.pmo.project.query.ProjectPlanQueries;
import io.pmo.project.query.ProjectSchedule;
import io.pmo.project.query.ProjectScheduler;
import io.pmo.project.query.ProjectSettingsQueries;

/**
 * A project's plan: master data ({@code /details}), the work breakdown structure ({@code /tasks}) and its
 * schedule by the critical path method ({@code /schedule}). Validates, sends a command or reads the plan, maps
 * to HTTP; the rules are the aggregate's.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class ProjectPlanController {


    private final CommandGateway commands;

    private final ProjectPlanQueries plans;

    private final ProjectSettingsQueries settings;

    ProjectPlanController(CommandGateway commands, ProjectPlanQueries plans, ProjectSettingsQueries settings) {
        this.commands = commands;
        this.plans = plans;
        this.settings = settings;
    }

    record DetailsRequest(@UserIdFormat String sponsorId,
            @Size(max = 200) String businessUnit, @NotNull Methodology methodology,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
    }

    record CheckpointRequest(@Size(min = 1, max = 64) String checkpointId, @NotBlank @Size(max = 200) String name,
            @NotNull BigDecimal weight) {
    }

    /** A task's plan; {@code checkpoints} only for WEIGHTED_MILESTONES (ids are minted when left out). */
    record TaskRequest(String parentTaskId, @NotBlank @Size(max = 200) String name,
            @NotNull @Min(0) @Max(100_000) Integer durationDays, @Valid MoneyInput plannedCost,
            @NotNull EarnedValueMethod earnedValueMethod, @Valid @Size(max = 100) List<CheckpointRequest> checkpoints) {

        TaskPlan toPlan() {
            List<Checkpoint> weighted = new ArrayList<>();
            if (checkpoints != null) {
                for (CheckpointRequest checkpoint : checkpoints) {
                    weighted.add(new Checkpoint(checkpoint.checkpointId() == null ? UUID.randomUUID().toString()
                            : checkpoint.checkpointId(), checkpoint.name().strip(), checkpoint.weight()));
                }
            }
            return new TaskPlan(parentTaskId, name.strip(), durationDays, plannedCost == null ? null
                    : plannedCost.toMoney(), earnedValueMethod, weighted);
        }
    }

    record DependencyRequest(@NotNull String predecessorTaskId, @NotNull DependencyType type,
            @Min(-10_000) @Max(10_000) int lagDays) {
    }

    record DependenciesRequest(@NotNull @Valid @Size(max = 1_000) List<DependencyRequest> predecessors) {
    }

    record TaskWritten(String id, String projectId, long version) {
    }

    @PutMapping("/details")
    ResponseEntity<ProjectController.WriteResult> setDetails(@PathVariable ProjectId projectId,
            @Valid @RequestBody DetailsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ProjectController.written(projectId.value(), Writes.version(commands, new SetProjectDetails(
                projectId.value(), request.sponsorId(), request.businessUnit(),
                request.methodology(), request.currency(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/tasks")
    ResponseEntity<TaskWritten> addTask(@PathVariable ProjectId projectId, @Valid @RequestBody TaskRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String taskId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new AddTask(projectId.value(), taskId,
                request.toPlan(), IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/tasks/" + taskId))
                .eTag(IfMatch.etag(version)).body(new TaskWritten(taskId, projectId.value(), version));
    }

    @PutMapping("/tasks/{taskId}")
    ResponseEntity<TaskWritten> changeTask(@PathVariable ProjectId projectId, @PathVariable String taskId,
            @Valid @RequestBody TaskRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return task(projectId, taskId, Writes.version(commands, new ChangeTaskPlan(projectId.value(),
                taskId, request.toPlan(), IfMatch.expectedVersion(ifMatch))));
    }

    @PutMapping("/tasks/{taskId}/predecessors")
    ResponseEntity<TaskWritten> setPredecessors(@PathVariable ProjectId projectId, @PathVariable String taskId,
            @Valid @RequestBody DependenciesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<TaskDependency> predecessors = request.predecessors().stream()
                .map(link -> new TaskDependency(link.predecessorTaskId(), link.type(), link.lagDays())).toList();
        return task(projectId, taskId, Writes.version(commands, new SetTaskDependencies(
                projectId.value(), taskId, predecessors, IfMatch.expectedVersion(ifMatch))));
    }

    /** A milestone's target date; {@code null} clears it. */
    record TargetRequest(LocalDate targetDate) {
    }

    @PutMapping("/tasks/{taskId}/target")
    ResponseEntity<TaskWritten> setTarget(@PathVariable ProjectId projectId, @PathVariable String taskId,
            @Valid @RequestBody TargetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return task(projectId, taskId, Writes.version(commands, new SetMilestoneTarget(
                projectId.value(), taskId, request.targetDate(), IfMatch.expectedVersion(ifMatch))));
    }

    @DeleteMapping("/tasks/{taskId}")
    ResponseEntity<TaskWritten> removeTask(@PathVariable ProjectId projectId, @PathVariable String taskId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return task(projectId, taskId, Writes.version(commands, new RemoveTask(projectId.value(),
                taskId, IfMatch.expectedVersion(ifMatch))));
    }

    /** The plan: master data and every task as planned, in the order they were added. */
    @GetMapping("/plan")
    ResponseEntity<ProjectPlan> plan(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return read(projectId, identity, minVersion, minVersionHeader, plan -> plan);
    }

    /**
     * The schedule by the critical path method on the tenant's enterprise calendar (its project settings;
     * Monday to Friday without them) with the project's own calendar exceptions on top. {@code mustFinishBy}
     * imposes a finish on the backward pass: float becomes negative where the plan cannot meet it.
     */
    @GetMapping("/schedule")
    ResponseEntity<ProjectSchedule> schedule(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(required = false) LocalDate mustFinishBy,
            @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return read(projectId, identity, minVersion, minVersionHeader,
                plan -> ProjectScheduler.schedule(plan, settings.enterpriseCalendar(identity.tenantId()), mustFinishBy));
    }

    private <T> ResponseEntity<T> read(ProjectId projectId, RequestIdentity identity, Long minVersion,
            Long minVersionHeader, java.util.function.Function<ProjectPlan, T> view) {
        ReadModelWait.Result<ProjectPlan> result = ReadModelWait.await(() -> plans.find(identity.tenantId(),
                projectId.value()), ProjectPlan::version, ReadModelWait.minVersion(minVersion, minVersionHeader),
                ReadModelWait.DEFAULT_TIMEOUT);
        ProjectPlan plan = result.document().orElse(null);
        if (!result.caughtUp()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(plan == null ? null : view.apply(plan));
        }
        if (plan == null) {
            throw new NotFound("No project " + projectId);
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(view.apply(plan));
    }

    private static ResponseEntity<TaskWritten> task(ProjectId projectId, String taskId, long newVersion) {
        return ResponseEntity.ok().eTag(IfMatch.etag(newVersion)).body(new TaskWritten(taskId, projectId.value(), newVersion));
    }
}
