package io.pmo.portfolio.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.StrategicObjective;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.portfolio.command.PortfolioCommands.AddProgram;
import io.pmo.portfolio.command.PortfolioCommands.ChangePortfolioDetails;
import io.pmo.portfolio.command.PortfolioCommands.ChangeScoringModel;
import io.pmo.portfolio.command.PortfolioCommands.CreatePortfolio;
import io.pmo.portfolio.command.PortfolioCommands.ModelChanged;
import io.pmo.portfolio.command.PortfolioCommands.SetBudgetEnvelope;
import io.pmo.portfolio.command.PortfolioCommands.SetStrategicObjectives;
import io.pmo.portfolio.query.PortfolioQueries;
import io.pmo.portfolio.query.PortfolioView;
import io.pmo.portfolio.query.ScoringModelVersion;

/**
 * {@code /api/v1/portfolios}: portfolios, their programs, budget envelopes per fiscal year, strategic objectives
 * and the versioned scoring model. A write answers once its events are stored, with the new version as ETag;
 * reads take {@code ?minVersion=} to wait for it.
 */
@RestController
@RequestMapping("/api/v1/portfolios")
class PortfolioController {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CommandGateway commands;

    private final PortfolioQueries portfolios;

    private final KnownPortfolios known;

    PortfolioController(CommandGateway commands, PortfolioQueries portfolios, KnownPortfolios known) {
        this.commands = commands;
        this.portfolios = portfolios;
        this.known = known;
    }

    /** {@code ownerId} left out: the caller owns it. */
    record CreatePortfolioRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            @UserIdFormat String ownerId, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    record DetailsRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            @NotNull @UserIdFormat String ownerId) {
    }

    /** {@code managerId} left out: the caller manages it. */
    record ProgramRequest(@NotBlank @Size(max = 200) String name, @UserIdFormat String managerId) {
    }

    record BudgetRequest(@NotNull @Valid MoneyInput amount) {
    }

    /** {@code objectiveId} left out: a new objective, its id minted here. */
    record ObjectiveRequest(@Pattern(regexp = UUID_PATTERN) String objectiveId, @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100) Integer weight) {
    }

    record ObjectivesRequest(@NotNull @Size(max = 50) List<@NotNull @Valid ObjectiveRequest> objectives) {
    }

    record CriterionRequest(@NotNull @Pattern(regexp = "[a-z][a-zA-Z0-9_]{0,63}") String key,
            @NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100) Integer weight,
            @NotNull @Size(min = 2, max = 20) List<@NotNull @Min(0) @Max(100) Integer> scale,
            @Pattern(regexp = UUID_PATTERN) String objectiveId) {
    }

    record ScoringModelRequest(@NotNull @Size(min = 1, max = 30) List<@NotNull @Valid CriterionRequest> criteria) {
    }

    record Created(String id, long version) {
    }

    record ModelWritten(String id, long version, int modelVersion) {
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody CreatePortfolioRequest request, RequestIdentity identity) {
        String portfolioId = UUID.randomUUID().toString();
        String owner = request.ownerId() != null ? request.ownerId() : identity.principal();
        long version = Writes.version(commands, new CreatePortfolio(portfolioId, identity.tenantId(),
                request.name().strip(), blankToNull(request.description()), owner, request.currency()));
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + portfolioId)).eTag(IfMatch.etag(version))
                .body(new Created(portfolioId, version));
    }

    @GetMapping
    TenantQueries.Page<PortfolioView> list(RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return portfolios.list(identity.tenantId(), page, size);
    }

    @GetMapping("/{portfolioId}")
    ResponseEntity<PortfolioView> get(@PathVariable PortfolioId portfolioId, RequestIdentity identity,
            @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> portfolios.find(identity.tenantId(), portfolioId.value()), PortfolioView::version,
                minVersion, minVersionHeader, "No portfolio " + portfolioId);
    }

    @PutMapping("/{portfolioId}/details")
    ResponseEntity<Writes.Result> details(@PathVariable PortfolioId portfolioId,
            @Valid @RequestBody DetailsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, portfolioId.value(), new ChangePortfolioDetails(portfolioId.value(),
                request.name().strip(), blankToNull(request.description()), request.ownerId(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/{portfolioId}/programs")
    ResponseEntity<Created> addProgram(@PathVariable PortfolioId portfolioId, @Valid @RequestBody ProgramRequest request,
            RequestIdentity identity, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String programId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new AddProgram(portfolioId.value(), programId, request.name().strip(),
                request.managerId() != null ? request.managerId() : identity.principal(),
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + portfolioId))
                .eTag(IfMatch.etag(version)).body(new Created(programId, version));
    }

    /** Sets the envelope of a fiscal year (a calendar year within the business dates). */
    @PutMapping("/{portfolioId}/budgets/{fiscalYear}")
    ResponseEntity<Writes.Result> budget(@PathVariable PortfolioId portfolioId,
            @PathVariable @Min(1900) @Max(2199) int fiscalYear, @Valid @RequestBody BudgetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, portfolioId.value(), new SetBudgetEnvelope(portfolioId.value(), fiscalYear,
                request.amount().toMoney(), IfMatch.expectedVersion(ifMatch)));
    }

    @PutMapping("/{portfolioId}/objectives")
    ResponseEntity<Writes.Result> objectives(@PathVariable PortfolioId portfolioId,
            @Valid @RequestBody ObjectivesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<StrategicObjective> objectives = request.objectives().stream().map(objective -> new StrategicObjective(
                objective.objectiveId() != null ? objective.objectiveId().toLowerCase()
                        : UUID.randomUUID().toString(), objective.name().strip(), objective.weight())).toList();
        return Writes.ok(commands, portfolioId.value(), new SetStrategicObjectives(portfolioId.value(), objectives,
                IfMatch.expectedVersion(ifMatch)));
    }

    /** A new version of the scoring model (the same criteria again answer the current version). */
    @PutMapping("/{portfolioId}/scoring-model")
    ResponseEntity<ModelWritten> scoringModel(@PathVariable PortfolioId portfolioId,
            @Valid @RequestBody ScoringModelRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<ScoringCriterion> criteria = request.criteria().stream().map(criterion -> new ScoringCriterion(
                criterion.key(), criterion.name().strip(), criterion.weight(), criterion.scale(),
                criterion.objectiveId() == null ? null : criterion.objectiveId().toLowerCase())).toList();
        ModelChanged changed = commands.sendAndWait(new ChangeScoringModel(portfolioId.value(), criteria,
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version()))
                .body(new ModelWritten(portfolioId.value(), changed.version(), changed.modelVersion()));
    }

    @GetMapping("/{portfolioId}/scoring-model/versions/{modelVersion}")
    ScoringModelVersion modelVersion(@PathVariable PortfolioId portfolioId, @PathVariable @Min(1) int modelVersion,
            RequestIdentity identity) {
        known.require(identity, portfolioId);
        return portfolios.model(identity.tenantId(), portfolioId.value(), modelVersion).orElseThrow(
                () -> new NotFound("No scoring model version " + modelVersion + " in portfolio " + portfolioId));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
