package io.pmo.portfolio.selection;

import static io.pmo.portfolio.selection.SelectionMother.item;
import static io.pmo.portfolio.selection.SelectionMother.ranked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KnapsackTests {

    /** Cormen et al., Introduction to Algorithms, 16.2: the 0/1 case where greedy by value per cost fails. */
    private static final List<Item> CLRS = ranked(List.of(item("A", 10, 60), item("B", 20, 100), item("C", 30, 120)));

    @Test
    void beatsGreedyByValuePerCostOnTheTextbookCounterexample() {
        // Greedy by ratio takes A (6 per unit) and B (5), then C no longer fits: value 160.
        Selection selection = solve(CLRS, 50).selection();

        assertThat(selection).isEqualTo(new Selection(List.of("C", "B"), 50, 220));
    }

    @Test
    void findsTheKnownOptimumOfTheWikipediaExample() {
        // Wikipedia, "Knapsack problem": weights 12, 2, 1, 1, 4 kg worth $4, $2, $1, $2, $10 within 15 kg.
        List<Item> items = ranked(List.of(item("green", 12, 4), item("grey", 1, 2), item("blue", 2, 2),
                item("orange", 1, 1), item("yellow", 4, 10)));

        Selection selection = solve(items, 15).selection();

        assertThat(selection).isEqualTo(new Selection(List.of("yellow", "grey", "blue", "orange"), 8, 15));
    }

    @Test
    void takesFreeCandidatesThatAddValueEvenWithoutBudget() {
        List<Item> items = ranked(List.of(item("free", 0, 500), item("paid", 1, 900)));

        assertThat(solve(items, 0).selection()).isEqualTo(new Selection(List.of("free"), 0, 500));
    }

    @Test
    void leavesOutWorthlessCandidatesEvenWhenTheyAreFree() {
        List<Item> items = ranked(List.of(item("A", 100, 500), item("free-but-worthless", 0, 0),
                item("worthless", 50, 0)));

        assertThat(solve(items, 1_000).selection()).isEqualTo(new Selection(List.of("A"), 100, 500));
    }

    @Test
    void includesAWorthlessCandidateOnlyWhenItIsForced() {
        List<Item> items = ranked(List.of(item("A", 100, 500), item("worthless", 50, 0)));

        Selection selection = Knapsack.solve(items, 1_000, Set.of("worthless"), Set.of(), List.of()).selection();

        assertThat(selection).isEqualTo(new Selection(List.of("A", "worthless"), 150, 500));
    }

    @Test
    void prefersTheCheaperOfEquallyValuableSelections() {
        List<Item> items = List.of(item("A", 80, 600), item("B", 30, 300), item("C", 40, 300));

        assertThat(solve(items, 80).selection()).isEqualTo(new Selection(List.of("B", "C"), 70, 600));
    }

    @Test
    void leavesOutTheLowerRankedOfTwoIdenticalCandidates() {
        List<Item> items = List.of(item("first", 100, 300), item("second", 100, 300));

        assertThat(solve(items, 150).selection().selected()).containsExactly("first");
    }

    @Test
    void breaksAFullTieByLeavingOutTheLowestRankedCandidateWhereTheSetsDiffer() {
        // {A, D} and {B, C} are both worth 7 for 7; they differ first at D, the lowest-ranked, so {B, C} wins even
        // though it leaves out the best-ranked A.
        List<Item> items = List.of(item("A", 6, 6), item("B", 4, 4), item("C", 3, 3), item("D", 1, 1));

        assertThat(solve(items, 7).selection()).isEqualTo(new Selection(List.of("B", "C"), 7, 7));
    }

    @Test
    void honoursMustExclude() {
        Selection selection = Knapsack.solve(CLRS, 50, Set.of(), Set.of("C"), List.of()).selection();

        assertThat(selection).isEqualTo(new Selection(List.of("B", "A"), 30, 160));
    }

    @Test
    void honoursMustIncludeAndFillsTheRestOfTheBudget() {
        Selection selection = Knapsack.solve(CLRS, 50, Set.of("A"), Set.of(), List.of()).selection();

        assertThat(selection).isEqualTo(new Selection(List.of("C", "A"), 40, 180));
    }

    @Test
    void reportsAForcedSetOverBudgetWithItsCost() {
        assertThatThrownBy(() -> Knapsack.solve(CLRS, 40, Set.of("B", "C"), Set.of(), List.of()))
                .isInstanceOfSatisfying(InfeasibleSelection.class, infeasible -> {
                    assertThat(infeasible.forcedCost()).isEqualTo(50);
                    assertThat(infeasible.budget()).isEqualTo(40);
                })
                .hasMessageContaining("50").hasMessageContaining("40");
    }

    @Test
    void selectsNothingFromNoCandidates() {
        Solution solution = Knapsack.solve(List.of(), 1_000, Set.of(), Set.of(), List.of(0L, 1_000L));

        assertThat(solution.selection()).isEqualTo(new Selection(List.of(), 0, 0));
        assertThat(solution.frontier()).containsExactly(new FrontierPoint(0, true, 0, 0, 0),
                new FrontierPoint(1_000, true, 0, 0, 0));
    }

    @Test
    void selectsNothingWithABudgetOfZeroWhenEveryCandidateCosts() {
        assertThat(solve(CLRS, 0).selection()).isEqualTo(new Selection(List.of(), 0, 0));
    }

    @Test
    void drawsTheFrontierOfTheTextbookExample() {
        List<FrontierPoint> frontier = Knapsack.solve(CLRS, 60, Set.of(), Set.of(), Frontier.levels(0, 60, 7))
                .frontier();

        assertThat(frontier).containsExactly(
                new FrontierPoint(0, true, 0, 0, 0),
                new FrontierPoint(10, true, 60, 10, 1),
                new FrontierPoint(20, true, 100, 20, 1),
                new FrontierPoint(30, true, 160, 30, 2),
                new FrontierPoint(40, true, 180, 40, 2),
                new FrontierPoint(50, true, 220, 50, 2),
                new FrontierPoint(60, true, 280, 60, 3));
    }

    @Test
    void marksFrontierLevelsBelowTheForcedCostInfeasible() {
        List<FrontierPoint> frontier = Knapsack.solve(CLRS, 60, Set.of("C"), Set.of(), List.of(20L, 30L, 40L))
                .frontier();

        assertThat(frontier).containsExactly(
                new FrontierPoint(20, false, 0, 0, 0),
                new FrontierPoint(30, true, 120, 30, 1),
                new FrontierPoint(40, true, 180, 40, 2));
    }

    @Test
    void frontierValueNeverFallsAsTheBudgetRises() {
        List<Item> items = SelectionMother.portfolio(120, 5_000_000, 500_000_000, new Random(7));
        long total = items.stream().mapToLong(Item::cost).sum();

        List<FrontierPoint> frontier = Knapsack.solve(items, total, Set.of(), Set.of(), Frontier.levels(0, total, 50))
                .frontier();

        assertThat(frontier).allSatisfy(point -> assertThat(point.cost()).isLessThanOrEqualTo(point.budget()));
        assertThat(frontier.stream().map(FrontierPoint::value).toList()).isSorted();
        assertThat(frontier.get(49).value()).isEqualTo(items.stream().mapToInt(Item::value).sum());
    }

    @Test
    void refusesMoreThanAThousandCandidates() {
        List<Item> items = IntStream.range(0, 1_001).mapToObj(i -> item("P" + i, 1, 1)).toList();

        assertThatIllegalArgumentException().isThrownBy(() -> solve(items, 10))
                .withMessageContaining("at most 1000 candidates");
    }

    @Test
    void refusesValuesAndCostsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> item("A", 1, 1_001)).withMessageContaining("0 to 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> item("A", 1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> item("A", -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> item("A", Item.MAX_COST + 1, 1));
    }

    @Test
    void refusesContradictoryOrUnknownConstraints() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Knapsack.solve(CLRS, 50, Set.of("A"), Set.of("A"), List.of()))
                .withMessageContaining("both included and excluded");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Knapsack.solve(CLRS, 50, Set.of("Z"), Set.of(), List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Knapsack.solve(CLRS, 50, Set.of(), Set.of("Z"), List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> solve(List.of(item("A", 1, 1), item("A", 2, 2)), 10))
                .withMessageContaining("twice");
    }

    @Test
    void refusesNegativeBudgetsAndTooManyLevels() {
        List<Long> levels = new ArrayList<>(Frontier.levels(0, 1_000, 100));
        levels.add(1_000L);

        assertThatIllegalArgumentException().isThrownBy(() -> solve(CLRS, -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Knapsack.solve(CLRS, 50, Set.of(), Set.of(), List.of(-1L)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Knapsack.solve(CLRS, 50, Set.of(), Set.of(), levels));
    }

    @Test
    void handlesTheLargestCostsWithoutOverflow() {
        List<Item> items = IntStream.range(0, 1_000).mapToObj(i -> item("P" + i, Item.MAX_COST, 1)).toList();

        Selection selection = solve(items, Long.MAX_VALUE).selection();

        assertThat(selection.totalCost()).isEqualTo(1_000 * Item.MAX_COST);
        assertThat(selection.totalValue()).isEqualTo(1_000);
    }

    private static Solution solve(List<Item> items, long budget) {
        return Knapsack.solve(items, budget, Set.of(), Set.of(), List.of());
    }
}
