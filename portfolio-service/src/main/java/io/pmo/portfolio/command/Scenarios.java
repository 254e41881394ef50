package io.pmo.portfolio.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.FrontierPoint;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioCommands.EvaluateScenario;
import io.pmo.portfolio.command.PortfolioCommands.FrontierRange;
import io.pmo.portfolio.scoring.Ranking;
import io.pmo.portfolio.scoring.ScoringModel;
import io.pmo.portfolio.scoring.WeightedScores;
import io.pmo.portfolio.selection.Frontier;
import io.pmo.portfolio.selection.InfeasibleSelection;
import io.pmo.portfolio.selection.Item;
import io.pmo.portfolio.selection.Knapsack;
import io.pmo.portfolio.selection.Solution;

/**
 * The portfolio's saved selection scenarios and how one is evaluated: the candidates still open and unfunded,
 * scored under the current model, ranked ({@link Ranking#BY_WEIGHTED_SCORE}), become knapsack items (cost in the
 * currency's minor units, value in tenths of a weighted score point) for the exact selection and its frontier.
 * A scenario remembers the portfolio's revision when it was evaluated (every change of candidates, scores, model
 * or funding moves it): only a scenario of the current revision can be approved.
 */
final class Scenarios {

    static final int DEFAULT_FRONTIER_POINTS = 20;

    record Saved(String name, long revision, List<String> selected, boolean approved) {
    }

    private final Map<String, Saved> saved = new HashMap<>();

    private long revision;

    void changed() {
        revision++;
    }

    boolean has(String scenarioId) {
        return saved.containsKey(scenarioId);
    }

    Saved approvable(String scenarioId) {
        Saved scenario = saved.get(scenarioId);
        if (scenario == null) {
            throw new NotFound("No scenario " + scenarioId);
        }
        if (scenario.approved()) {
            throw StateConflict.inState("Scenario " + scenarioId + " is approved already", "APPROVED");
        }
        if (scenario.revision() != revision) {
            throw StateConflict.inState("The portfolio changed since scenario " + scenarioId + " was evaluated "
                    + "(estimates, scores, model or decisions): evaluate it again", "STALE");
        }
        return scenario;
    }

    ScenarioEvaluated evaluate(String portfolioId, String tenantId, String currency, EvaluateScenario command,
            ScoringModel model, IntFunction<ScoringModel> versions, Map<String, Candidate> candidates) {
        Amounts.requireIn(command.budget(), currency, "budget");
        Set<String> include = known(command.mustInclude(), "mustInclude", candidates);
        Set<String> exclude = known(command.mustExclude(), "mustExclude", candidates);
        for (int i = 0; i < command.mustExclude().size(); i++) {
            if (include.contains(command.mustExclude().get(i))) {
                throw new RuleViolated("A candidate is either included or excluded", "mustExclude[" + i + "]",
                        "is also in mustInclude");
            }
        }
        List<Ranking.Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            BigDecimal score = candidate.selectable() ? candidate.score(model, versions).orElse(null) : null;
            if (score != null) {
                ranked.add(new Ranking.Ranked(candidate.projectId(), score, null, candidate.estimatedCost().amount()));
            }
            else if (include.contains(candidate.projectId())) {
                throw new RuleViolated("Candidate " + candidate.projectId() + " cannot be selected: it is "
                        + (candidate.selectable() ? "not scored under model version " + model.version()
                                : candidate.funded() ? "funded already" : "rejected"),
                        "mustInclude[" + command.mustInclude().indexOf(candidate.projectId()) + "]",
                        "must be an open, unfunded, scored candidate");
            }
        }
        ranked.sort(Ranking.BY_WEIGHTED_SCORE);
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        List<Item> items = ranked.stream().map(candidate -> new Item(candidate.projectId(),
                minor(candidate.estimatedCost(), digits), WeightedScores.tenths(candidate.score()))).toList();
        List<Long> levels = levels(command.frontier(), items, currency, digits);
        Solution solution;
        try {
            Set<String> selectable = new LinkedHashSet<>(items.stream().map(Item::id).toList());
            selectable.retainAll(exclude);
            solution = Knapsack.solve(items, minor(command.budget().amount(), digits), include, selectable, levels);
        }
        catch (InfeasibleSelection ex) {
            throw new RuleViolated("The must-include candidates cost " + money(ex.forcedCost(), digits, currency)
                    .amount().toPlainString() + " " + currency + ", more than the budget", "mustInclude",
                    "must cost no more than the budget together");
        }
        List<FrontierPoint> frontier = solution.frontier().stream().map(point -> new FrontierPoint(
                money(point.budget(), digits, currency), point.feasible(),
                point.feasible() ? tenths(point.value()) : null,
                point.feasible() ? money(point.cost(), digits, currency) : null, point.count())).toList();
        return new ScenarioEvaluated(portfolioId, tenantId, command.scenarioId(), command.name(), command.budget(),
                model.version(), List.copyOf(include), List.copyOf(exclude), solution.selection().selected(),
                tenths(solution.selection().totalValue()), money(solution.selection().totalCost(), digits, currency),
                frontier);
    }

    private static Set<String> known(List<String> ids, String field, Map<String, Candidate> candidates) {
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!candidates.containsKey(ids.get(i))) {
                throw new RuleViolated("No candidate " + ids.get(i) + " in the portfolio", field + "[" + i + "]",
                        "must be a candidate of the portfolio");
            }
            known.add(ids.get(i));
        }
        return known;
    }

    /** The frontier's budget levels: as asked, or 20 from nothing to the cost of every eligible candidate. */
    private static List<Long> levels(FrontierRange range, List<Item> items, String currency, int digits) {
        if (range == null) {
            long all = items.stream().mapToLong(Item::cost).sum();
            return Frontier.levels(0, all, all == 0 ? 1 : DEFAULT_FRONTIER_POINTS);
        }
        Amounts.requireIn(range.from(), currency, "frontier.from");
        Amounts.requireIn(range.to(), currency, "frontier.to");
        long from = minor(range.from().amount(), digits);
        long to = minor(range.to().amount(), digits);
        if (from > to) {
            throw new RuleViolated("The frontier runs from a lower budget to a higher one", "frontier.to",
                    "must not be below frontier.from");
        }
        return Frontier.levels(from, to, from == to ? 1 : range.points());
    }

    private static long minor(Money money, int digits) {
        return minor(money.amount(), digits);
    }

    private static long minor(BigDecimal amount, int digits) {
        return amount.movePointRight(digits).longValueExact();
    }

    private static Money money(long minor, int digits, String currency) {
        return new Money(BigDecimal.valueOf(minor, digits), currency);
    }

    private static BigDecimal tenths(int value) {
        return BigDecimal.valueOf(value, 1);
    }

    void on(ScenarioEvaluated event) {
        saved.put(event.scenarioId(), new Saved(event.name(), revision, event.selected(), false));
    }

    void on(ScenarioApproved event) {
        Saved scenario = saved.get(event.scenarioId());
        saved.put(event.scenarioId(), new Saved(scenario.name(), scenario.revision(), scenario.selected(), true));
    }
}
