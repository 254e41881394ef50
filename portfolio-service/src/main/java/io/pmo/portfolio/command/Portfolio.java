package io.pmo.portfolio.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioCommands.AddProgram;
import io.pmo.portfolio.command.PortfolioCommands.ApproveScenario;
import io.pmo.portfolio.command.PortfolioCommands.ChangePortfolioDetails;
import io.pmo.portfolio.command.PortfolioCommands.ChangeScoringModel;
import io.pmo.portfolio.command.PortfolioCommands.CreatePortfolio;
import io.pmo.portfolio.command.PortfolioCommands.DecideGate;
import io.pmo.portfolio.command.PortfolioCommands.EstimateWsjf;
import io.pmo.portfolio.command.PortfolioCommands.EvaluateScenario;
import io.pmo.portfolio.command.PortfolioCommands.ModelChanged;
import io.pmo.portfolio.command.PortfolioCommands.ProposeCandidate;
import io.pmo.portfolio.command.PortfolioCommands.ReviseEstimates;
import io.pmo.portfolio.command.PortfolioCommands.ScenarioSaved;
import io.pmo.portfolio.command.PortfolioCommands.ScoreCandidate;
import io.pmo.portfolio.command.PortfolioCommands.SetBudgetEnvelope;
import io.pmo.portfolio.command.PortfolioCommands.SetStrategicObjectives;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.portfolio.query.PortfolioGates;

/**
 * A portfolio: the PMO's seat for deciding which projects the company does, in what order and with what money.
 * It holds its programs, budget envelopes per fiscal year, strategy (objectives and the versioned scoring model),
 * its candidates with their scores and stage gates, and its saved selection scenarios. Rules are checked in the
 * command handlers (each a few lines, delegating to {@link Strategy}, {@link Funding}, {@link Candidate},
 * {@link GateRules} and {@link Scenarios}); state changes only in the event sourcing handlers.
 */
@Aggregate(cache = PortfolioAggregateConfiguration.CACHE)
class Portfolio extends PortfolioState {

    /** The most candidates a portfolio holds: bounds the selection's work (about 0.2 s and 30 MB at most). */
    static final int MAX_CANDIDATES = 500;

    static final int MAX_PROGRAMS = 200;

    Portfolio() {
        // for Axon, and for the creation policy of CreatePortfolio
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(CreatePortfolio command) {
        Amounts.requireCurrency(command.currency(), "currency");
        apply(new PortfolioCreated(command.portfolioId(), command.tenantId(), command.name(), command.description(),
                command.ownerId(), command.currency()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePortfolioDetails command) {
        if (!command.name().equals(name) || !Objects.equals(command.description(), description)
                || !command.ownerId().equals(ownerId)) {
            apply(new PortfolioDetailsChanged(portfolioId, tenantId, command.name(), command.description(),
                    command.ownerId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddProgram command) {
        if (programs.size() >= MAX_PROGRAMS) {
            throw new RuleViolated("A portfolio holds at most " + MAX_PROGRAMS + " programs");
        }
        if (programs.containsValue(command.name())) {
            throw new RuleViolated("The portfolio has a program " + command.name() + " already", "name",
                    "must be unique within the portfolio");
        }
        apply(new ProgramAdded(portfolioId, tenantId, command.programId(), command.name(), command.managerId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetBudgetEnvelope command) {
        Amounts.requireIn(command.amount(), currency, "amount");
        if (!funding.envelope(command.fiscalYear()).map(command.amount()::equals).orElse(false)) {
            apply(new BudgetEnvelopeSet(portfolioId, tenantId, command.fiscalYear(), command.amount()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetStrategicObjectives command) {
        var objectives = Strategy.checkObjectives(command.objectives());
        if (!objectives.equals(strategy.objectives())) {
            apply(new StrategicObjectivesSet(portfolioId, tenantId, objectives));
        }
        return AggregateLifecycle.getVersion();
    }

    /** A new version of the scoring model; the same criteria again change nothing. */
    @CommandHandler
    ModelChanged handle(ChangeScoringModel command) {
        var criteria = strategy.checkModel(command.criteria());
        if (strategy.changesModel(criteria)) {
            apply(new ScoringModelChanged(portfolioId, tenantId, strategy.nextModelVersion(), criteria));
        }
        return new ModelChanged(AggregateLifecycle.getVersion(), strategy.requireCurrent().version());
    }

    /**
     * A project of the tenant enters as a candidate at the first gate: known from project-service's events, not
     * closed, in no portfolio yet (claimed across the tenant in the command's transaction).
     */
    @CommandHandler
    long handle(ProposeCandidate command, KnownProjects projects, ProjectMemberships memberships,
            PortfolioGates gates) {
        if (candidates.containsKey(command.projectId())) {
            throw StateConflict.inState("Project " + command.projectId() + " is a candidate already", "CANDIDATE");
        }
        if (candidates.size() >= MAX_CANDIDATES) {
            throw new RuleViolated("A portfolio holds at most " + MAX_CANDIDATES + " candidates");
        }
        KnownProject project = projects.find(tenantId, command.projectId()).orElseThrow(() -> new RuleViolated(
                "No project " + command.projectId() + " of the tenant is known (yet)", "projectId",
                "must be a project of the tenant"));
        if (project.closed()) {
            throw new RuleViolated("Project " + command.projectId() + " is " + project.status(), "projectId",
                    "must not be completed or cancelled");
        }
        if (command.programId() != null && !programs.containsKey(command.programId())) {
            throw new RuleViolated("No program " + command.programId() + " in the portfolio", "programId",
                    "must be a program of the portfolio");
        }
        Amounts.requireIn(command.estimatedCost(), currency, "estimatedCost");
        Amounts.requireIn(command.estimatedBenefit(), currency, "estimatedBenefit");
        String holder = memberships.claim(tenantId, command.projectId(), portfolioId);
        if (!holder.equals(portfolioId)) {
            throw new StateConflict("Project " + command.projectId() + " is a candidate of another portfolio",
                    Map.of("portfolioId", holder));
        }
        apply(new CandidateProposed(portfolioId, tenantId, command.projectId(), command.programId(),
                command.fiscalYear(), command.estimatedCost(), command.estimatedBenefit(),
                new GateRules(gates.gates(tenantId)).first()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReviseEstimates command) {
        Candidate candidate = candidate(command.projectId());
        candidate.requireOpen("re-estimate");
        if (candidate.funded()) {
            throw StateConflict.inState("Candidate " + command.projectId() + " is funded: its estimates are "
                    + "what was funded", "FUNDED");
        }
        Amounts.requireIn(command.estimatedCost(), currency, "estimatedCost");
        Amounts.requireIn(command.estimatedBenefit(), currency, "estimatedBenefit");
        if (!candidate.sameEstimates(command.estimatedCost(), command.estimatedBenefit())) {
            apply(new CandidateEstimated(portfolioId, tenantId, command.projectId(), command.estimatedCost(),
                    command.estimatedBenefit()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** A scorer's ratings of every criterion of the current model version. */
    @CommandHandler
    long handle(ScoreCandidate command, Caller caller) {
        candidate(command.projectId()).requireOpen("score");
        Map<String, Integer> ratings = strategy.checkRatings(command.modelVersion(), command.ratings());
        apply(new CandidateScored(portfolioId, tenantId, command.projectId(), scorer(caller), command.modelVersion(),
                ratings));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EstimateWsjf command, Caller caller) {
        candidate(command.projectId()).requireOpen("estimate");
        Amounts.requireOnScale(command.businessValue(), "businessValue");
        Amounts.requireOnScale(command.timeCriticality(), "timeCriticality");
        Amounts.requireOnScale(command.riskReduction(), "riskReduction");
        Amounts.requireOnScale(command.jobSize(), "jobSize");
        apply(new WsjfEstimated(portfolioId, tenantId, command.projectId(), scorer(caller), command.businessValue(),
                command.timeCriticality(), command.riskReduction(), command.jobSize()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * A stage gate decision by one of the gate's approvers. Approving into the funding gate funds the candidate
     * (its estimated cost unless an amount is given), within the fiscal year's envelope or by a reasoned override.
     */
    @CommandHandler
    long handle(DecideGate command, Caller caller, PortfolioGates gates, Clock clock,
            ProjectMemberships memberships) {
        Candidate candidate = candidate(command.projectId());
        candidate.requireOpen("decide on");
        GateRules rules = new GateRules(gates.gates(tenantId));
        String to = rules.decide(candidate.gate(), command.decision(), command.criteriaMet(), caller);
        boolean funds = command.decision() == GateDecision.APPROVE && rules.fundingGate().equals(to)
                && !candidate.funded();
        if (!funds && command.fundingDecision()) {
            throw StateConflict.inState("Candidate " + command.projectId() + " is " + (candidate.funded()
                    ? "funded already" : "at gate " + candidate.gate() + ": approving it leads to " + to + ", not into "
                            + "the funding gate " + rules.fundingGate()), candidate.funded() ? "FUNDED"
                                    : candidate.gate());
        }
        if (!funds && command.amount() != null) {
            throw new RuleViolated("Only an approval into the funding gate " + rules.fundingGate() + " takes an "
                    + "amount", "amount", "must be absent unless the decision funds the candidate");
        }
        Money amount = funds ? Objects.requireNonNullElse(command.amount(), candidate.estimatedCost()) : null;
        Funding.Overrun overrun = null;
        if (funds) {
            Amounts.requireIn(amount, currency, "amount");
            overrun = overrunOrRefuse(candidate.fiscalYear(), amount.amount(), command.overrideReason(), "amount");
        }
        apply(new GateDecided(portfolioId, tenantId, command.projectId(), command.decisionId(), candidate.gate(),
                command.decision(), to, caller.principal(), command.reason(), command.criteriaMet()));
        if (funds) {
            fund(candidate, command.decisionId(), amount, overrun, command.overrideReason(), clock);
        }
        if (command.decision() == GateDecision.REJECT) {
            memberships.release(tenantId, command.projectId(), portfolioId);
        }
        return AggregateLifecycle.getVersion();
    }

    /** Evaluates and saves a scenario: the exact optimal selection within the budget and the efficient frontier. */
    @CommandHandler
    ScenarioSaved handle(EvaluateScenario command) {
        if (scenarios.has(command.scenarioId())) {
            throw StateConflict.inState("Scenario " + command.scenarioId() + " exists", "EVALUATED");
        }
        ScenarioEvaluated evaluated = scenarios.evaluate(portfolioId, tenantId, currency, command,
                strategy.requireCurrent(), strategy.versions(), candidates);
        apply(evaluated);
        return new ScenarioSaved(evaluated, AggregateLifecycle.getVersion());
    }

    /**
     * Approves a saved scenario: each selected candidate passes into the funding gate and is funded at its
     * estimated cost, within the envelopes of their fiscal years or by one reasoned override. A scenario the
     * portfolio has changed since (estimates, scores, model, decisions) is stale: evaluate it again.
     */
    @CommandHandler
    long handle(ApproveScenario command, Caller caller, PortfolioGates gates, Clock clock) {
        Scenarios.Saved scenario = scenarios.approvable(command.scenarioId());
        Map<Integer, BigDecimal> extra = new LinkedHashMap<>();
        scenario.selected().forEach(projectId -> extra.merge(candidates.get(projectId).fiscalYear(),
                candidates.get(projectId).estimatedCost().amount(), BigDecimal::add));
        extra.forEach((year, amount) -> overrunOrRefuse(year, amount, command.overrideReason(), "overrideReason"));
        GateRules rules = new GateRules(gates.gates(tenantId));
        apply(new ScenarioApproved(portfolioId, tenantId, command.scenarioId(), scenario.selected()));
        for (String projectId : scenario.selected()) {
            Candidate candidate = candidates.get(projectId);
            String decisionId = UUID.nameUUIDFromBytes((command.scenarioId() + "/" + projectId)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            String to = rules.beforeFunding(candidate.gate()) ? rules.fundingGate() : candidate.gate();
            apply(new GateDecided(portfolioId, tenantId, projectId, decisionId, candidate.gate(), GateDecision.APPROVE,
                    to, caller.principal(), "Scenario '" + scenario.name() + "' approved", List.of()));
            Money amount = candidate.estimatedCost();
            fund(candidate, decisionId, amount, funding.overrun(candidate.fiscalYear(), amount.amount(), currency)
                    .orElse(null), command.overrideReason(), clock);
        }
        return AggregateLifecycle.getVersion();
    }

    private Funding.Overrun overrunOrRefuse(int fiscalYear, BigDecimal extra, String overrideReason, String field) {
        Funding.Overrun overrun = funding.overrun(fiscalYear, extra, currency).orElse(null);
        if (overrun != null && (overrideReason == null || overrideReason.isBlank())) {
            throw new RuleViolated("Funding " + extra.toPlainString() + " " + currency + " in " + fiscalYear
                    + " passes the envelope (" + (overrun.envelope() == null ? "none set" : overrun.envelope().amount()
                            .toPlainString()) + ", funded " + funding.funded(fiscalYear).toPlainString()
                    + "): give an overrideReason to fund beyond it", Map.of(RuleViolated.ERRORS,
                            List.of(RuleViolated.fieldError(field, "exceeds the " + fiscalYear + " budget envelope")),
                            "fiscalYear", fiscalYear));
        }
        return overrun;
    }

    private void fund(Candidate candidate, String decisionId, Money amount, Funding.Overrun overrun,
            String overrideReason, Clock clock) {
        if (overrun != null) {
            apply(new EnvelopeOverridden(portfolioId, tenantId, decisionId, candidate.projectId(),
                    candidate.fiscalYear(), overrun.envelope(), overrun.fundedAfter(), overrideReason.strip()));
        }
        apply(new FundingApproved(portfolioId, tenantId, decisionId, candidate.projectId(), amount,
                LocalDate.now(clock)));
    }

    private Candidate candidate(String projectId) {
        Candidate candidate = candidates.get(projectId);
        if (candidate == null) {
            throw new NotFound("No candidate " + projectId + " in portfolio " + portfolioId);
        }
        return candidate;
    }

    private static String scorer(Caller caller) {
        return caller.principal() == null ? "platform" : caller.principal();
    }
}
