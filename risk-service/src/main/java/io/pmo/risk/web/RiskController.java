package io.pmo.risk.web;

import java.net.URI;
import java.time.LocalDate;
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

import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskStatus;
import io.pmo.events.risk.Severity;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.risk.command.RiskCommands.AddMitigationAction;
import io.pmo.risk.command.RiskCommands.AssessRisk;
import io.pmo.risk.command.RiskCommands.AssignRiskOwner;
import io.pmo.risk.command.RiskCommands.ChangeRiskDetails;
import io.pmo.risk.command.RiskCommands.CloseRisk;
import io.pmo.risk.command.RiskCommands.CompleteMitigationAction;
import io.pmo.risk.command.RiskCommands.PlanResponse;
import io.pmo.risk.command.RiskCommands.RaiseRisk;
import io.pmo.risk.command.RiskCommands.RecordOccurrence;
import io.pmo.risk.query.RiskAssessmentView;
import io.pmo.risk.query.RiskQueries;
import io.pmo.risk.query.RiskView;

/**
 * {@code /api/v1/risks}: the risk register. Raise, describe, hand over, assess (probability and impact 1-5, a cost
 * impact for the EMV), respond with mitigation actions, record an occurrence (an issue is raised), close; read the
 * register and each risk's history of scores.
 */
@RestController
@RequestMapping("/api/v1/risks")
class RiskController {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CommandGateway commands;

    private final RiskQueries risks;

    RiskController(CommandGateway commands, RiskQueries risks) {
        this.commands = commands;
        this.risks = risks;
    }

    /** Exactly one of {@code projectId} and {@code portfolioId}; {@code ownerId} left out: the caller. */
    record RaiseRequest(@Pattern(regexp = UUID_PATTERN) String projectId,
            @Pattern(regexp = UUID_PATTERN) String portfolioId, @NotNull RiskKind kind,
            @NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String category, @Size(max = 2000) String cause,
            @Size(max = 2000) String effect, @UserIdFormat String ownerId, LocalDate proximity) {
    }

    record DetailsRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String category, @Size(max = 2000) String cause,
            @Size(max = 2000) String effect, LocalDate proximity) {
    }

    record OwnerRequest(@NotNull @UserIdFormat String ownerId) {
    }

    record AssessmentRequest(@NotNull AssessmentKind kind, @NotNull @Min(1) @Max(5) Integer probability,
            @NotNull @Min(1) @Max(5) Integer impact, @Valid MoneyInput costImpact, @Size(max = 2000) String note) {
    }

    record ResponseRequest(@NotNull ResponseStrategy strategy, @NotBlank @Size(max = 4000) String description) {
    }

    record ActionRequest(@NotBlank @Size(max = 200) String title, @NotNull @UserIdFormat String ownerId,
            @NotNull LocalDate dueDate) {
    }

    record OccurrenceRequest(@NotBlank @Size(max = 4000) String description, @NotNull Severity severity) {
    }

    record ClosureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    ResponseEntity<Writes.Result> raise(@Valid @RequestBody RaiseRequest request, RequestIdentity identity) {
        String riskId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RaiseRisk(riskId, identity.tenantId(), lower(request.projectId()),
                lower(request.portfolioId()), request.kind(), request.title().strip(), strip(request.description()),
                request.category().strip(), strip(request.cause()), strip(request.effect()), request.ownerId(),
                request.proximity()));
        return created("/api/v1/risks/" + riskId, riskId, version);
    }

    /** The register, optionally of one project or portfolio, one status, escalated or not. */
    @GetMapping
    TenantQueries.Page<RiskView> list(RequestIdentity identity,
            @RequestParam(required = false) @Pattern(regexp = UUID_PATTERN) String projectId,
            @RequestParam(required = false) @Pattern(regexp = UUID_PATTERN) String portfolioId,
            @RequestParam(required = false) RiskStatus status, @RequestParam(required = false) Boolean escalated,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return risks.list(identity.tenantId(), lower(projectId), lower(portfolioId), status, escalated, page, size);
    }

    @GetMapping("/{riskId}")
    ResponseEntity<RiskView> get(@PathVariable RiskId riskId, RequestIdentity identity,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> risks.find(identity.tenantId(), riskId.value()), RiskView::version,
                minVersion, minVersionHeader, "No risk " + riskId);
    }

    /** Every assessment of the risk, oldest first. */
    @GetMapping("/{riskId}/assessments")
    TenantQueries.Page<RiskAssessmentView> assessments(@PathVariable RiskId riskId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        risks.find(identity.tenantId(), riskId.value())
                .orElseThrow(() -> new io.pmo.platform.domain.NotFound("No risk " + riskId));
        return risks.assessments(identity.tenantId(), riskId.value(), page, size);
    }

    @PutMapping("/{riskId}/details")
    ResponseEntity<Writes.Result> details(@PathVariable RiskId riskId, @Valid @RequestBody DetailsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, riskId.value(), new ChangeRiskDetails(riskId.value(), request.title().strip(),
                strip(request.description()), request.category().strip(), strip(request.cause()),
                strip(request.effect()), request.proximity(), IfMatch.expectedVersion(ifMatch)));
    }

    @PutMapping("/{riskId}/owner")
    ResponseEntity<Writes.Result> owner(@PathVariable RiskId riskId, @Valid @RequestBody OwnerRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, riskId.value(), new AssignRiskOwner(riskId.value(), request.ownerId(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/{riskId}/assessments")
    ResponseEntity<Writes.Result> assess(@PathVariable RiskId riskId, @Valid @RequestBody AssessmentRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String assessmentId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new AssessRisk(riskId.value(), assessmentId, request.kind(),
                request.probability(), request.impact(), request.costImpact() == null ? null
                        : request.costImpact().toMoney(), strip(request.note()), IfMatch.expectedVersion(ifMatch)));
        return created("/api/v1/risks/" + riskId + "/assessments", assessmentId, version);
    }

    @PostMapping("/{riskId}/responses")
    ResponseEntity<Writes.Result> respond(@PathVariable RiskId riskId, @Valid @RequestBody ResponseRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, riskId.value(), new PlanResponse(riskId.value(), request.strategy(),
                request.description().strip(), IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/{riskId}/actions")
    ResponseEntity<Writes.Result> action(@PathVariable RiskId riskId, @Valid @RequestBody ActionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String actionId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new AddMitigationAction(riskId.value(), actionId,
                request.title().strip(), request.ownerId(), request.dueDate(), IfMatch.expectedVersion(ifMatch)));
        return created("/api/v1/risks/" + riskId, actionId, version);
    }

    @PostMapping("/{riskId}/actions/{actionId}/completion")
    ResponseEntity<Writes.Result> complete(@PathVariable RiskId riskId, @PathVariable String actionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, actionId, new CompleteMitigationAction(riskId.value(), actionId,
                IfMatch.expectedVersion(ifMatch)));
    }

    /** The risk happened: it is OCCURRED and an issue is raised (its id answered). */
    @PostMapping("/{riskId}/occurrence")
    ResponseEntity<Writes.Result> occurred(@PathVariable RiskId riskId, @Valid @RequestBody OccurrenceRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String issueId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RecordOccurrence(riskId.value(), issueId,
                request.description().strip(), request.severity(), IfMatch.expectedVersion(ifMatch)));
        return created("/api/v1/issues/" + issueId, issueId, version);
    }

    @PostMapping("/{riskId}/closure")
    ResponseEntity<Writes.Result> close(@PathVariable RiskId riskId, @Valid @RequestBody ClosureRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, riskId.value(), new CloseRisk(riskId.value(), request.reason().strip(),
                IfMatch.expectedVersion(ifMatch)));
    }

    static ResponseEntity<Writes.Result> created(String location, String id, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(IfMatch.etag(version))
                .body(new Writes.Result(id, version));
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String lower(String id) {
        return id == null ? null : id.toLowerCase();
    }
}
