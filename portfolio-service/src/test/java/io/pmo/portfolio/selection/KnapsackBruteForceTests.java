package io.pmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import io.pmo.portfolio.selection.SelectionMother.Instance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The knapsack against every subset, on 500 seeded random instances of up to 20 candidates: the same selection
 * (tie rule included), and the same frontier. A failing seed reproduces with {@link SelectionMother#instance}.
 */
class KnapsackBruteForceTests {

    static LongStream seeds() {
        return LongStream.range(0, 500).map(i -> 0x5E1EC7L * 1_000 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void choosesExactlyWhatEverySubsetSaysIsPreferred(long seed) {
        Instance instance = SelectionMother.instance(seed);
        Optional<Selection> expected = BruteForce.best(instance.items(), instance.mustInclude(),
                instance.mustExclude(), List.of(instance.budget())).get(0);

        if (expected.isEmpty()) {
            long forcedCost = instance.items().stream().filter(item -> instance.mustInclude().contains(item.id()))
                    .mapToLong(Item::cost).sum();
            assertThatThrownBy(() -> solve(instance)).as(instance.toString())
                    .isInstanceOfSatisfying(InfeasibleSelection.class, infeasible -> {
                        assertThat(infeasible.forcedCost()).isEqualTo(forcedCost);
                        assertThat(infeasible.budget()).isEqualTo(instance.budget());
                    });
            return;
        }
        assertThat(solve(instance).selection()).as(instance.toString()).isEqualTo(expected.get());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void drawsTheFrontierEverySubsetDraws(long seed) {
        Instance instance = SelectionMother.instance(seed);
        // Budget at the top level, so the forced set always fits and the frontier is returned.
        long budget = instance.levels().get(instance.levels().size() - 1);
        Instance wide = new Instance(seed, instance.items(), budget, instance.mustInclude(), instance.mustExclude(),
                instance.levels());
        List<Optional<Selection>> expected = BruteForce.best(wide.items(), wide.mustInclude(), wide.mustExclude(),
                wide.levels());
        if (expected.get(expected.size() - 1).isEmpty()) {
            assertThatThrownBy(() -> solve(wide)).isInstanceOf(InfeasibleSelection.class);
            return;
        }

        List<FrontierPoint> expectedPoints = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            long level = wide.levels().get(i);
            expectedPoints.add(expected.get(i)
                    .map(best -> new FrontierPoint(level, true, best.totalValue(), best.totalCost(),
                            best.selected().size()))
                    .orElse(new FrontierPoint(level, false, 0, 0, 0)));
        }
        assertThat(solve(wide).frontier()).as(wide.toString()).isEqualTo(expectedPoints);
    }

    private static Solution solve(Instance instance) {
        return Knapsack.solve(instance.items(), instance.budget(), instance.mustInclude(), instance.mustExclude(),
                instance.levels());
    }
}
