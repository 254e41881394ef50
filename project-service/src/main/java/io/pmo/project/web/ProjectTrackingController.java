package io.pmo.project.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.Rag;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.CorrectActualCost;
import io.pmo.project.command.ProjectCommands.CorrectProgress;
import io.pmo.project.command.ProjectCommands.FileStatusReport;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.RecordActualCost;
import io.pmo.project.command.ProjectCommands.ReportProgress;
import io.pmo.project.query.ProjectFact;
import io.pmo.project.query.ProjectStatusReport;
import io.pmo.project.query.ProjectTrackingQueries;

/**
 * Tracking a project: progress and cost facts (each with the business date it is effective at), corrections
 * of earlier facts, and status reports. Every write creates a resource named by a new id; a correction is its
 * own fact referring to the one it corrects.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class ProjectTrackingController {

    private final CommandGateway commands;

    private final ProjectTrackingQueries tracking;

    private final KnownProjects projects;

    ProjectTrackingController(CommandGateway commands, ProjectTrackingQueries tracking, KnownProjects projects) {
        this.commands = commands;
        this.tracking = tracking;
        this.projects = projects;
    }

    record ReportProgressRequest(@NotNull String taskId, @NotNull LocalDate effectiveDate,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete, LocalDate actualStart,
            LocalDate actualFinish, @Size(max = 100) List<@NotBlank String> checkpointsDone) {
    }

    record ProgressCorrectionRequest(@NotNull LocalDate effectiveDate,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete, LocalDate actualStart,
            LocalDate actualFinish, @Size(max = 100) List<@NotBlank String> checkpointsDone,
            @Size(max = 2000) String reason) {
    }

    record CostRequest(@NotNull String taskId, @NotNull LocalDate effectiveDate,
            @NotNull @Valid MoneyInput amount) {
    }

    record CostCorrectionRequest(@NotNull LocalDate effectiveDate,
            @NotNull @Valid MoneyInput amount, @Size(max = 2000) String reason) {
    }

    record StatusReportRequest(@NotNull LocalDate statusDate, @NotNull Rag schedule, @NotNull Rag cost,
            @NotNull Rag scope, @NotNull Rag risk, @NotBlank @Size(max = 4000) String summary) {
    }

    record Created(String id, String projectId, long version) {
    }

    @PostMapping("/progress")
    ResponseEntity<Created> reportProgress(@PathVariable ProjectId projectId,
            @Valid @RequestBody ReportProgressRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String factId = UUID.randomUUID().toString();
        Progress progress = new Progress(request.effectiveDate(), request.percentComplete(), request.actualStart(),
                request.actualFinish(), request.checkpointsDone());
        return created(projectId, "progress", factId, Writes.version(commands, new ReportProgress(
                projectId.value(), request.taskId(), factId, progress,
                IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/progress/{factId}/corrections")
    ResponseEntity<Created> correctProgress(@PathVariable ProjectId projectId, @PathVariable String factId,
            @Valid @RequestBody ProgressCorrectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String correctionId = UUID.randomUUID().toString();
        Progress progress = new Progress(request.effectiveDate(), request.percentComplete(), request.actualStart(),
                request.actualFinish(), request.checkpointsDone());
        return created(projectId, "progress", correctionId, Writes.version(commands, new CorrectProgress(
                projectId.value(), correctionId, factId, progress, request.reason(),
                IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/actual-costs")
    ResponseEntity<Created> recordCost(@PathVariable ProjectId projectId, @Valid @RequestBody CostRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String factId = UUID.randomUUID().toString();
        return created(projectId, "actual-costs", factId, Writes.version(commands, new RecordActualCost(
                projectId.value(), request.taskId(), factId, request.effectiveDate(),
                request.amount().toMoney(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/actual-costs/{factId}/corrections")
    ResponseEntity<Created> correctCost(@PathVariable ProjectId projectId, @PathVariable String factId,
            @Valid @RequestBody CostCorrectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String correctionId = UUID.randomUUID().toString();
        return created(projectId, "actual-costs", correctionId, Writes.version(commands, new CorrectActualCost(
                projectId.value(), correctionId, factId, request.effectiveDate(),
                request.amount().toMoney(), request.reason(), IfMatch.expectedVersion(ifMatch))));
    }

    @PostMapping("/status-reports")
    ResponseEntity<Created> fileStatusReport(@PathVariable ProjectId projectId,
            @Valid @RequestBody StatusReportRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String reportId = UUID.randomUUID().toString();
        return created(projectId, "status-reports", reportId, Writes.version(commands, new FileStatusReport(
                projectId.value(), reportId, request.statusDate(), request.schedule(),
                request.cost(), request.scope(), request.risk(), request.summary(), IfMatch.expectedVersion(ifMatch))));
    }

    /** Progress facts with their current values and corrections, by effective date; {@code ?taskId=} filters. */
    @GetMapping("/progress")
    TenantQueries.Page<ProjectFact> progress(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(required = false) String taskId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return tracking.facts(identity.tenantId(), projects.require(identity, projectId), ProjectFact.Kind.PROGRESS,
                taskId, page, size);
    }

    @GetMapping("/actual-costs")
    TenantQueries.Page<ProjectFact> costs(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(required = false) String taskId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return tracking.facts(identity.tenantId(), projects.require(identity, projectId), ProjectFact.Kind.COST,
                taskId, page, size);
    }

    @GetMapping("/status-reports")
    TenantQueries.Page<ProjectStatusReport> statusReports(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return tracking.statusReports(identity.tenantId(), projects.require(identity, projectId), page, size);
    }

    private static ResponseEntity<Created> created(ProjectId projectId, String collection, String id, long newVersion) {
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/" + collection + "/" + id))
                .eTag(IfMatch.etag(newVersion)).body(new Created(id, projectId.value(), newVersion));
    }
}
