package io.pmo.portfolio.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference the knapsack is checked against: every subset of at most 20 candidates, the best by the rule in
 * {@link Knapsack}'s javadoc written out literally (value max, then cost min, then the set that leaves out the
 * lowest-ranked candidate where two sets differ).
 */
final class BruteForce {

    private BruteForce() {
    }

    /** The preferred selection per budget, in the order given; empty where the forced candidates do not fit. */
    static List<Optional<Selection>> best(List<Item> items, Set<String> mustInclude, Set<String> mustExclude,
            List<Long> budgets) {
        int n = items.size();
        if (n > 20) {
            throw new IllegalArgumentException("Brute force is for 20 candidates at most");
        }
        int included = 0;
        int excluded = 0;
        for (int i = 0; i < n; i++) {
            included |= mustInclude.contains(items.get(i).id()) ? 1 << i : 0;
            excluded |= mustExclude.contains(items.get(i).id()) ? 1 << i : 0;
        }
        long[] cost = new long[1 << n];
        int[] value = new int[1 << n];
        int[] bestMask = new int[budgets.size()];
        Arrays.fill(bestMask, -1);
        for (int mask = 0; mask < 1 << n; mask++) {
            if (mask > 0) {
                int lowest = Integer.numberOfTrailingZeros(mask);
                cost[mask] = cost[mask & (mask - 1)] + items.get(lowest).cost();
                value[mask] = value[mask & (mask - 1)] + items.get(lowest).value();
            }
            if ((mask & included) != included || (mask & excluded) != 0) {
                continue;
            }
            for (int b = 0; b < budgets.size(); b++) {
                int best = bestMask[b];
                // Masks ascend, so among equal value and cost the first one found is the preferred one: its
                // highest differing bit (the lowest-ranked candidate where they differ) is the one left out.
                if (cost[mask] <= budgets.get(b) && (best < 0 || value[mask] > value[best]
                        || value[mask] == value[best] && cost[mask] < cost[best])) {
                    bestMask[b] = mask;
                }
            }
        }
        List<Optional<Selection>> selections = new ArrayList<>();
        for (int mask : bestMask) {
            if (mask < 0) {
                selections.add(Optional.empty());
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    ids.add(items.get(i).id());
                }
            }
            selections.add(Optional.of(new Selection(ids, cost[mask], value[mask])));
        }
        return selections;
    }
}
