package io.pmo.portfolio.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.FrontierPoint;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.portfolio.command.PortfolioCommands.ApproveScenario;
import io.pmo.portfolio.command.PortfolioCommands.EvaluateScenario;
import io.pmo.portfolio.command.PortfolioCommands.FrontierRange;
import io.pmo.portfolio.command.PortfolioCommands.ScenarioSaved;
import io.pmo.portfolio.query.PortfolioQueries;
import io.pmo.portfolio.query.ScenarioView;

/**
 * A portfolio's selection scenarios: evaluate one (the exact optimal selection within a budget, and the efficient
 * frontier), read and compare saved ones, and approve one, which funds what it selected.
 */
@RestController
@RequestMapping("/api/v1/portfolios/{portfolioId}/scenarios")
class ScenarioController {

    static final int MAX_COMPARED = 10;

    private final CommandGateway commands;

    private final PortfolioQueries portfolios;

    private final KnownPortfolios known;

    ScenarioController(CommandGateway commands, PortfolioQueries portfolios, KnownPortfolios known) {
        this.commands = commands;
        this.portfolios = portfolios;
        this.known = known;
    }

    record FrontierRequest(@NotNull @Valid MoneyInput from, @NotNull @Valid MoneyInput to,
            @NotNull @Min(2) @Max(100) Integer points) {
    }

    /** {@code frontier} left out: 20 levels from nothing to the cost of every eligible candidate. */
    record ScenarioRequest(@NotBlank @Size(max = 200) String name, @NotNull @Valid MoneyInput budget,
            @Size(max = 500) List<@NotNull @Size(max = 64) String> mustInclude,
            @Size(max = 500) List<@NotNull @Size(max = 64) String> mustExclude, @Valid FrontierRequest frontier) {
    }

    record ApprovalRequest(@Size(max = 2000) String overrideReason) {
    }

    /** What an evaluation answers: the scenario as saved, and the portfolio's version. */
    record Evaluated(String id, String name, Money budget, int modelVersion, List<String> selected,
            BigDecimal totalValue, Money totalCost, List<FrontierPoint> frontier, long version) {
    }

    /** Saved scenarios side by side, and how their selections differ. */
    record Comparison(List<ScenarioView> scenarios, List<String> inAll, List<List<String>> onlyIn) {
    }

    @PostMapping
    ResponseEntity<Evaluated> evaluate(@PathVariable PortfolioId portfolioId, @Valid @RequestBody ScenarioRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String scenarioId = UUID.randomUUID().toString();
        FrontierRange frontier = request.frontier() == null ? null : new FrontierRange(request.frontier().from()
                .toMoney(), request.frontier().to().toMoney(), request.frontier().points());
        ScenarioSaved saved = commands.sendAndWait(new EvaluateScenario(portfolioId.value(), scenarioId,
                request.name().strip(), request.budget().toMoney(), ids(request.mustInclude()),
                ids(request.mustExclude()), frontier, IfMatch.expectedVersion(ifMatch)));
        ScenarioEvaluated evaluated = saved.scenario();
        long version = saved.version();
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + portfolioId + "/scenarios/" + scenarioId))
                .eTag(IfMatch.etag(version)).body(new Evaluated(scenarioId, evaluated.name(), evaluated.budget(),
                        evaluated.modelVersion(), evaluated.selected(), evaluated.totalValue(), evaluated.totalCost(),
                        evaluated.frontier(), version));
    }

    @GetMapping
    TenantQueries.Page<ScenarioView> list(@PathVariable PortfolioId portfolioId, RequestIdentity identity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        known.require(identity, portfolioId);
        return portfolios.scenarios(identity.tenantId(), portfolioId.value(), page, size);
    }

    @GetMapping("/{scenarioId}")
    ResponseEntity<ScenarioView> get(@PathVariable PortfolioId portfolioId, @PathVariable String scenarioId,
            RequestIdentity identity, @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> portfolios.scenario(identity.tenantId(), portfolioId.value(), scenarioId),
                ScenarioView::version, minVersion, minVersionHeader, "No scenario " + scenarioId);
    }

    /** Two to ten saved scenarios ({@code ids=a,b}) with the projects all select and those only one selects. */
    @GetMapping("/comparison")
    Comparison compare(@PathVariable PortfolioId portfolioId, @RequestParam List<String> ids, RequestIdentity identity) {
        if (ids.size() < 2 || ids.size() > MAX_COMPARED) {
            throw new InvalidRequestException("Compare 2 to " + MAX_COMPARED + " scenarios", List.of(Map.of("field",
                    "ids", "message", "must name 2 to " + MAX_COMPARED + " scenarios")));
        }
        List<ScenarioView> scenarios = ids.stream().map(id -> portfolios.scenario(identity.tenantId(),
                portfolioId.value(), id).orElseThrow(() -> new NotFound("No scenario " + id))).toList();
        Set<String> inAll = new LinkedHashSet<>(scenarios.get(0).selected());
        scenarios.forEach(scenario -> inAll.retainAll(scenario.selected()));
        List<List<String>> onlyIn = new ArrayList<>();
        for (ScenarioView scenario : scenarios) {
            List<String> only = new ArrayList<>(scenario.selected());
            scenarios.stream().filter(other -> other != scenario).forEach(other -> only.removeAll(other.selected()));
            onlyIn.add(only);
        }
        return new Comparison(scenarios, List.copyOf(inAll), onlyIn);
    }

    /** Approves the scenario: every project it selected is funded; beyond an envelope only with a reason. */
    @PostMapping("/{scenarioId}/approval")
    ResponseEntity<Writes.Result> approve(@PathVariable PortfolioId portfolioId, @PathVariable String scenarioId,
            @Valid @RequestBody(required = false) ApprovalRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, scenarioId, new ApproveScenario(portfolioId.value(), scenarioId,
                request == null ? null : PortfolioController.blankToNull(request.overrideReason()),
                IfMatch.expectedVersion(ifMatch)));
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::toLowerCase).distinct().toList();
    }
}
