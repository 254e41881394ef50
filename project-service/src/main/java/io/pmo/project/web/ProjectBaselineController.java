package io.pmo.project.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.DesignatePerformanceBaseline;
import io.pmo.project.command.ProjectCommands.SaveBaseline;
import io.pmo.project.query.BaselineComparison;
import io.pmo.project.query.ProjectBaseline;
import io.pmo.project.query.ProjectBaselineQueries;
import io.pmo.project.query.ProjectPlanQueries;

/**
 * A project's baselines: freeze the plan under a name, designate the performance baseline, read them, and
 * compare two of them (or one with the current plan, {@code current}).
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class ProjectBaselineController {

    private final CommandGateway commands;

    private final ProjectBaselineQueries baselines;

    private final ProjectPlanQueries plans;

    private final KnownProjects projects;

    ProjectBaselineController(CommandGateway commands, ProjectBaselineQueries baselines, ProjectPlanQueries plans,
            KnownProjects projects) {
        this.commands = commands;
        this.baselines = baselines;
        this.plans = plans;
        this.projects = projects;
    }

    /** {@code performance} makes it the performance baseline; the first baseline always is. */
    record BaselineRequest(@NotBlank @Size(max = 200) String name, Boolean performance) {
    }

    record PerformanceBaselineRequest(@NotNull String baselineId) {
    }

    record Created(String id, String projectId, long version) {
    }

    @PostMapping("/baselines")
    ResponseEntity<Created> save(@PathVariable ProjectId projectId, @Valid @RequestBody BaselineRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String baselineId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new SaveBaseline(projectId.value(),
                baselineId, request.name(), Boolean.TRUE.equals(request.performance()),
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/baselines/" + baselineId))
                .eTag(IfMatch.etag(version)).body(new Created(baselineId, projectId.value(), version));
    }

    @PutMapping("/performance-baseline")
    ResponseEntity<ProjectController.WriteResult> designate(@PathVariable ProjectId projectId,
            @Valid @RequestBody PerformanceBaselineRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ProjectController.written(projectId.value(), Writes.version(commands, new DesignatePerformanceBaseline(
                projectId.value(), request.baselineId(), IfMatch.expectedVersion(ifMatch))));
    }

    @GetMapping("/baselines")
    TenantQueries.Page<ProjectBaseline> list(@PathVariable ProjectId projectId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return baselines.list(identity.tenantId(), projects.require(identity, projectId), page, size);
    }

    /**
     * One baseline. {@code minVersion} (or {@code X-Min-Version}) waits for the version a write on this baseline
     * answered (its save, or a designation of it or of another baseline of the project): the saved baseline and
     * its performance flag are two events that the projection may apply in two batches. 202 with what is there
     * while the read model is behind.
     */
    @GetMapping("/baselines/{baselineId}")
    ResponseEntity<ProjectBaseline> get(@PathVariable ProjectId projectId, @PathVariable String baselineId,
            RequestIdentity identity, @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> baselines.find(identity.tenantId(), projectId.value(), baselineId),
                ProjectBaseline::version, minVersion, minVersionHeader,
                "No baseline " + baselineId + " in project " + projectId);
    }

    /** What moved from baseline {@code from} to baseline {@code to}; either may be {@code current}. */
    @GetMapping("/baselines/{from}/compare/{to}")
    BaselineComparison compare(@PathVariable ProjectId projectId, @PathVariable String from, @PathVariable String to,
            RequestIdentity identity) {
        return BaselineComparison.between(side(identity, projectId, from), side(identity, projectId, to));
    }

    private BaselineComparison.Side side(RequestIdentity identity, ProjectId projectId, String id) {
        if (ProjectBaselineQueries.CURRENT.equals(id)) {
            return baselines.current(plans.find(identity.tenantId(), projectId.value())
                    .orElseThrow(() -> new NotFound("No project " + projectId)));
        }
        return baselines.side(baseline(identity, projectId, id));
    }

    private ProjectBaseline baseline(RequestIdentity identity, ProjectId projectId, String baselineId) {
        return baselines.find(identity.tenantId(), projectId.value(), baselineId)
                .orElseThrow(() -> new NotFound("No baseline " + baselineId + " in project " + projectId));
    }
}
