package io.pmo.resource.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.resource.OverloadedWeek;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.resource.command.ResourceCommands.ConfirmAllocation;
import io.pmo.resource.command.ResourceCommands.Confirmed;
import io.pmo.resource.command.ResourceCommands.RejectAllocation;
import io.pmo.resource.command.ResourceCommands.ReleaseAllocation;
import io.pmo.resource.command.ResourceCommands.RequestAllocation;
import io.pmo.resource.query.ProjectAllocations;
import io.pmo.resource.query.ResourceQueries;
import io.pmo.resource.query.ResourceView;

/**
 * Allocations: a project manager requests a resource for a project over dates at hours per week or a percentage
 * of its capacity; a resource manager confirms (over-allocation warns or refuses by the tenant's policy), rejects
 * or releases it.
 */
@RestController
class AllocationController {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CommandGateway commands;

    private final ResourceQueries resources;

    private final ProjectAllocations projectAllocations;

    AllocationController(CommandGateway commands, ResourceQueries resources, ProjectAllocations projectAllocations) {
        this.commands = commands;
        this.resources = resources;
        this.projectAllocations = projectAllocations;
    }

    /** Exactly one of {@code hoursPerWeek} (0..168) and {@code percent} (of capacity, 0..200). */
    record AllocationRequest(@NotNull @Pattern(regexp = UUID_PATTERN) String projectId, @NotNull LocalDate from,
            @NotNull LocalDate to, @DecimalMin("0") @DecimalMax("168") BigDecimal hoursPerWeek,
            @DecimalMin("0") @DecimalMax("200") BigDecimal percent) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code releasedFrom} left out: from today. */
    record ReleaseRequest(LocalDate releasedFrom, @NotBlank @Size(max = 2000) String reason) {
    }

    record ConfirmationResult(String id, long version, List<OverloadedWeek> overAllocated) {
    }

    /** A project's allocations, each with its resource. */
    record ProjectAllocation(String resourceId, ResourceView.AllocationView allocation) {
    }

    @PostMapping("/api/v1/resources/{resourceId}/allocations")
    ResponseEntity<Writes.Result> request(@PathVariable ResourceId resourceId,
            @Valid @RequestBody AllocationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String allocationId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RequestAllocation(resourceId.value(), allocationId,
                request.projectId().toLowerCase(), request.from(), request.to(), request.hoursPerWeek(),
                request.percent(), IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + resourceId)).eTag(IfMatch.etag(version))
                .body(new Writes.Result(allocationId, version));
    }

    @PostMapping("/api/v1/resources/{resourceId}/allocations/{allocationId}/confirmation")
    ResponseEntity<ConfirmationResult> confirm(@PathVariable ResourceId resourceId, @PathVariable String allocationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Confirmed confirmed = commands.sendAndWait(new ConfirmAllocation(resourceId.value(), allocationId,
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(IfMatch.etag(confirmed.version())).body(new ConfirmationResult(allocationId,
                confirmed.version(), confirmed.overAllocated()));
    }

    @PostMapping("/api/v1/resources/{resourceId}/allocations/{allocationId}/rejection")
    ResponseEntity<Writes.Result> reject(@PathVariable ResourceId resourceId, @PathVariable String allocationId,
            @Valid @RequestBody RejectionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, allocationId, new RejectAllocation(resourceId.value(), allocationId,
                request.reason().strip(), IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/api/v1/resources/{resourceId}/allocations/{allocationId}/release")
    ResponseEntity<Writes.Result> release(@PathVariable ResourceId resourceId, @PathVariable String allocationId,
            @Valid @RequestBody ReleaseRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, allocationId, new ReleaseAllocation(resourceId.value(), allocationId,
                request.releasedFrom(), request.reason().strip(), IfMatch.expectedVersion(ifMatch)));
    }

    /** Every allocation of a project across the tenant's resources. */
    @GetMapping("/api/v1/allocations")
    List<ProjectAllocation> ofProject(@RequestParam @Pattern(regexp = UUID_PATTERN) String projectId,
            RequestIdentity identity) {
        String project = projectId.toLowerCase();
        return resources.findAll(identity.tenantId(), projectAllocations.resourcesOf(identity.tenantId(), project))
                .stream().sorted(java.util.Comparator.comparing(ResourceView::resourceId))
                .flatMap(view -> view.allocations().stream().filter(allocation -> allocation.projectId()
                        .equals(project)).map(allocation -> new ProjectAllocation(view.resourceId(), allocation)))
                .toList();
    }
}
