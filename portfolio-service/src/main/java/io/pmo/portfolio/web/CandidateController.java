package io.pmo.portfolio.web;

import java.net.URI;
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

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.portfolio.command.PortfolioCommands.DecideGate;
import io.pmo.portfolio.command.PortfolioCommands.EstimateWsjf;
import io.pmo.portfolio.command.PortfolioCommands.ProposeCandidate;
import io.pmo.portfolio.command.PortfolioCommands.ReviseEstimates;
import io.pmo.portfolio.command.PortfolioCommands.ScoreCandidate;
import io.pmo.portfolio.query.CandidateRanking;
import io.pmo.portfolio.query.CandidateView;
import io.pmo.portfolio.query.PortfolioQueries;

/**
 * A portfolio's candidates: proposals of projects, their estimates, scores and WSJF estimates, stage gate and
 * funding decisions, and the ranking by weighted score or WSJF.
 */
@RestController
@RequestMapping("/api/v1/portfolios/{portfolioId}")
class CandidateController {

    private final CommandGateway commands;

    private final PortfolioQueries portfolios;

    private final KnownPortfolios known;

    CandidateController(CommandGateway commands, PortfolioQueries portfolios, KnownPortfolios known) {
        this.commands = commands;
        this.portfolios = portfolios;
        this.known = known;
    }

    /** {@code projectId}: a project of project-service; {@code fiscalYear}: whose envelope funds it. */
    record CandidateRequest(@NotNull @Pattern(regexp = PortfolioController.UUID_PATTERN) String projectId,
            @Pattern(regexp = PortfolioController.UUID_PATTERN) String programId,
            @NotNull @Min(1900) @Max(2199) Integer fiscalYear, @NotNull @Valid MoneyInput estimatedCost,
            @Valid MoneyInput estimatedBenefit) {
    }

    record EstimatesRequest(@NotNull @Valid MoneyInput estimatedCost, @Valid MoneyInput estimatedBenefit) {
    }

    /** Every criterion of model version {@code modelVersion} (the current one) rated with a point of its scale. */
    record ScoreRequest(@NotNull @Min(1) Integer modelVersion,
            @NotNull @Size(min = 1, max = 30)
            Map<@NotNull @Size(max = 64) String, @NotNull @Min(0) @Max(100) Integer> ratings) {
    }

    /** Each part a point of 1, 2, 3, 5, 8, 13, 20. */
    record WsjfRequest(@NotNull Integer businessValue, @NotNull Integer timeCriticality, @NotNull Integer riskReduction,
            @NotNull Integer jobSize) {
    }

    /** {@code amount} and {@code overrideReason} only for an approval into the funding gate. */
    record GateDecisionRequest(@NotNull GateDecision decision, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 20) List<@NotNull @Size(max = 500) String> criteriaMet, @Valid MoneyInput amount,
            @Size(max = 2000) String overrideReason) {
    }

    /** A funding decision: the candidate passes into the funding gate; {@code amount} left out: its estimate. */
    record FundingDecisionRequest(@NotNull @Pattern(regexp = PortfolioController.UUID_PATTERN) String projectId,
            @Valid MoneyInput amount, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 20) List<@NotNull @Size(max = 500) String> criteriaMet,
            @Size(max = 2000) String overrideReason) {
    }

    record Decided(String id, String projectId, long version) {
    }

    @PostMapping("/candidates")
    ResponseEntity<Writes.Result> propose(@PathVariable PortfolioId portfolioId,
            @Valid @RequestBody CandidateRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String projectId = request.projectId().toLowerCase();
        long version = Writes.version(commands, new ProposeCandidate(portfolioId.value(), projectId,
                request.programId() == null ? null : request.programId().toLowerCase(), request.fiscalYear(),
                request.estimatedCost().toMoney(), money(request.estimatedBenefit()),
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + portfolioId + "/candidates/" + projectId))
                .eTag(IfMatch.etag(version)).body(new Writes.Result(projectId, version));
    }

    @GetMapping("/candidates")
    TenantQueries.Page<CandidateView> list(@PathVariable PortfolioId portfolioId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        known.require(identity, portfolioId);
        return portfolios.candidates(identity.tenantId(), portfolioId.value(), page, size);
    }

    @GetMapping("/candidates/{projectId}")
    ResponseEntity<CandidateView> get(@PathVariable PortfolioId portfolioId, @PathVariable String projectId,
            RequestIdentity identity, @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> portfolios.candidate(identity.tenantId(), portfolioId.value(),
                projectId.toLowerCase()),
                CandidateView::version, minVersion, minVersionHeader,
                "No candidate " + projectId + " in portfolio " + portfolioId);
    }

    @PutMapping("/candidates/{projectId}/estimates")
    ResponseEntity<Writes.Result> estimates(@PathVariable PortfolioId portfolioId, @PathVariable String projectId,
            @Valid @RequestBody EstimatesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, projectId, new ReviseEstimates(portfolioId.value(), projectId.toLowerCase(),
                request.estimatedCost().toMoney(), money(request.estimatedBenefit()),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/candidates/{projectId}/scores")
    ResponseEntity<Writes.Result> score(@PathVariable PortfolioId portfolioId, @PathVariable String projectId,
            @Valid @RequestBody ScoreRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, projectId, new ScoreCandidate(portfolioId.value(), projectId.toLowerCase(),
                request.modelVersion(), request.ratings(), IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/candidates/{projectId}/wsjf")
    ResponseEntity<Writes.Result> wsjf(@PathVariable PortfolioId portfolioId, @PathVariable String projectId,
            @Valid @RequestBody WsjfRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, projectId, new EstimateWsjf(portfolioId.value(), projectId.toLowerCase(),
                request.businessValue(), request.timeCriticality(), request.riskReduction(), request.jobSize(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/candidates/{projectId}/gate-decisions")
    ResponseEntity<Decided> decide(@PathVariable PortfolioId portfolioId, @PathVariable String projectId,
            @Valid @RequestBody GateDecisionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decided(portfolioId, new DecideGate(portfolioId.value(), projectId.toLowerCase(),
                UUID.randomUUID().toString(), request.decision(), request.reason().strip(),
                criteria(request.criteriaMet()), money(request.amount()),
                PortfolioController.blankToNull(request.overrideReason()), false, IfMatch.expectedVersion(ifMatch)));
    }

    /** CONVENTIONS.md's funding decision: an approval that must take the candidate into the funding gate. */
    @PostMapping("/funding-decisions")
    ResponseEntity<Decided> fund(@PathVariable PortfolioId portfolioId,
            @Valid @RequestBody FundingDecisionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decided(portfolioId, new DecideGate(portfolioId.value(), request.projectId().toLowerCase(),
                UUID.randomUUID().toString(), GateDecision.APPROVE, request.reason().strip(),
                criteria(request.criteriaMet()), money(request.amount()),
                PortfolioController.blankToNull(request.overrideReason()), true, IfMatch.expectedVersion(ifMatch)));
    }

    /** Candidates ranked: {@code by=SCORE} (default) under {@code modelVersion} (default current) or {@code WSJF}. */
    @GetMapping("/ranking")
    CandidateRanking ranking(@PathVariable PortfolioId portfolioId, RequestIdentity identity,
            @RequestParam(defaultValue = "SCORE") PortfolioQueries.RankBy by,
            @RequestParam(required = false) @Min(1) Integer modelVersion) {
        return portfolios.ranking(identity.tenantId(), known.require(identity, portfolioId), modelVersion, by);
    }

    private ResponseEntity<Decided> decided(PortfolioId portfolioId, DecideGate command) {
        long version = Writes.version(commands, command);
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + portfolioId + "/candidates/"
                + command.projectId())).eTag(IfMatch.etag(version))
                .body(new Decided(command.decisionId(), command.projectId(), version));
    }

    private static List<String> criteria(List<String> criteriaMet) {
        return criteriaMet == null ? List.of() : criteriaMet.stream().map(String::strip).toList();
    }

    private static Money money(MoneyInput input) {
        return input == null ? null : input.toMoney();
    }
}
