package io.pmo.risk.web;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.risk.Severity;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.risk.command.RiskCommands.RaiseIssue;
import io.pmo.risk.command.RiskCommands.RecordDecision;
import io.pmo.risk.command.RiskCommands.ResolveIssue;
import io.pmo.risk.query.DecisionView;
import io.pmo.risk.query.IssueView;
import io.pmo.risk.query.RiskQueries;

/** {@code /api/v1/issues} (raised directly or from an occurred risk, resolved) and the decisions log. */
@RestController
class IssueController {

    private static final String UUID_PATTERN = RiskController.UUID_PATTERN;

    private final CommandGateway commands;

    private final RiskQueries risks;

    IssueController(CommandGateway commands, RiskQueries risks) {
        this.commands = commands;
        this.risks = risks;
    }

    record IssueRequest(@Pattern(regexp = UUID_PATTERN) String projectId,
            @Pattern(regexp = UUID_PATTERN) String portfolioId, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotNull Severity severity, @UserIdFormat String ownerId) {
    }

    record ResolutionRequest(@NotBlank @Size(max = 4000) String resolution) {
    }

    record DecisionRequest(@Pattern(regexp = UUID_PATTERN) String projectId,
            @Pattern(regexp = UUID_PATTERN) String portfolioId, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String decision, @NotBlank @Size(max = 4000) String rationale,
            @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN) String> riskIds,
            @Size(max = 50) List<@NotNull @Pattern(regexp = UUID_PATTERN) String> issueIds) {
    }

    @PostMapping("/api/v1/issues")
    ResponseEntity<Writes.Result> raise(@Valid @RequestBody IssueRequest request, RequestIdentity identity) {
        String issueId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RaiseIssue(issueId, identity.tenantId(),
                RiskController.lower(request.projectId()), RiskController.lower(request.portfolioId()),
                request.title().strip(), RiskController.strip(request.description()), request.severity(),
                request.ownerId()));
        return RiskController.created("/api/v1/issues/" + issueId, issueId, version);
    }

    @GetMapping("/api/v1/issues")
    TenantQueries.Page<IssueView> issues(RequestIdentity identity,
            @RequestParam(required = false) @Pattern(regexp = UUID_PATTERN) String projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return risks.issues(identity.tenantId(), RiskController.lower(projectId), page, size);
    }

    @GetMapping("/api/v1/issues/{issueId}")
    ResponseEntity<IssueView> issue(@PathVariable String issueId, RequestIdentity identity,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> risks.issue(identity.tenantId(), issueId), IssueView::version, minVersion,
                minVersionHeader, "No issue " + issueId);
    }

    @PostMapping("/api/v1/issues/{issueId}/resolution")
    ResponseEntity<Writes.Result> resolve(@PathVariable String issueId, @Valid @RequestBody ResolutionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, issueId, new ResolveIssue(issueId, request.resolution().strip(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/api/v1/decisions")
    ResponseEntity<Writes.Result> decide(@Valid @RequestBody DecisionRequest request, RequestIdentity identity) {
        String decisionId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RecordDecision(decisionId, identity.tenantId(),
                RiskController.lower(request.projectId()), RiskController.lower(request.portfolioId()),
                request.title().strip(), request.decision().strip(), request.rationale().strip(),
                ids(request.riskIds()), ids(request.issueIds())));
        return RiskController.created("/api/v1/decisions/" + decisionId, decisionId, version);
    }

    @GetMapping("/api/v1/decisions")
    TenantQueries.Page<DecisionView> decisions(RequestIdentity identity,
            @RequestParam(required = false) @Pattern(regexp = UUID_PATTERN) String projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return risks.decisions(identity.tenantId(), RiskController.lower(projectId), page, size);
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::toLowerCase).distinct().toList();
    }
}
