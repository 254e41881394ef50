package io.pmo.portfolio.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pmo.platform.testing.Timings;

/**
 * How long the exact selection takes for 300 candidates (costs 50k to 5M EUR, values 0 to 1000) with a 50-point
 * frontier up to their total cost, against a raw baseline in the same JVM: a plain loop over the same table cells
 * the dynamic program visits (for each candidate, every value from its own up to the running total), the least
 * any value-indexed knapsack must do. Not a test (no threshold): run with
 * {@code ./mvnw -B -Pbenchmark -pl portfolio-service -am test}.
 */
class KnapsackBenchmark {

    private static final int CANDIDATES = 300;

    private static final int WARM_UP = 10;

    private static final int RUNS = 31;

    @Test
    void threeHundredCandidatesWithAFiftyPointFrontier() {
        List<Item> items = SelectionMother.portfolio(CANDIDATES, 5_000_000L, 500_000_000L, new Random(42));
        long total = items.stream().mapToLong(Item::cost).sum();
        long budget = total * 3 / 10;
        List<Long> levels = Frontier.levels(0, total, 50);
        int[] values = items.stream().mapToInt(Item::value).toArray();
        long cells = cells(values);

        Timings withFrontier = Timings.of(WARM_UP, RUNS, () -> Knapsack.solve(items, budget, Set.of(), Set.of(), levels)
                .selection().totalValue());
        Timings selectionOnly = Timings.of(WARM_UP, RUNS, () -> Knapsack.solve(items, budget, Set.of(), Set.of(), List.of())
                .selection().totalValue());
        Timings raw = Timings.of(WARM_UP, RUNS, () -> baseline(values));
        System.out.printf("%nKnapsack on %d candidates (total value %d, %d table cells), budget 30%% of the total:"
                        + "%n  with a 50-point frontier to the total: median %.2f ms, p90 %.2f ms"
                        + "%n  selection only (table capped by the fractional bound): median %.2f ms, p90 %.2f ms"
                        + "%n  raw baseline (sum the same cells): median %.2f ms; ratio %.1f%n",
                CANDIDATES, Arrays.stream(values).sum(), cells, withFrontier.millis(50), withFrontier.millis(90),
                selectionOnly.millis(50), selectionOnly.millis(90), raw.millis(50),
                withFrontier.median() / raw.median());
    }

    /** The cells the dynamic program visits when the table reaches the total value. */
    private static long cells(int[] values) {
        long cells = 0;
        int reach = 0;
        for (int value : values) {
            reach += value;
            cells += value == 0 ? 0 : reach - value + 1;
        }
        return cells;
    }

    /** Read every one of those cells once, downwards like the dynamic program, and sum them. */
    private static long baseline(int[] values) {
        long[] table = new long[Arrays.stream(values).sum() + 1];
        Arrays.fill(table, 1);
        long sum = 0;
        int reach = 0;
        for (int value : values) {
            reach += value;
            if (value > 0) {
                for (int v = reach; v >= value; v--) {
                    sum += table[v - value];
                }
            }
        }
        return sum;
    }


}
