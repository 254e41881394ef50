package io.pmo.portfolio.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The exact 0/1 knapsack behind portfolio selection: the candidates of greatest total value within a budget,
 * and the efficient frontier (best value per budget level), both from one dynamic-programming table.
 *
 * <p><b>Which selection.</b> Among the selections that hold every must-include candidate, no must-exclude
 * candidate and cost at most the budget:
 * <ol>
 * <li>the greatest total value;</li>
 * <li>among those, the least total cost;</li>
 * <li>among equally valuable, equally cheap selections: compare them from the lowest-ranked candidate upward;
 * at the first candidate that only one of them holds, the preferred selection is the one that leaves it out.
 * Put differently, read a selection as a binary number whose most significant digit is the lowest-ranked
 * candidate and whose least significant digit is the best-ranked one: the preferred selection is the smallest
 * such number.</li>
 * </ol>
 * So a candidate worth 0 is never chosen unless it must be: leaving it out loses no value and adds no cost,
 * and rule 3 then leaves it out even when it is free. The same rule picks each frontier point's selection.
 *
 * <p><b>How.</b> The table is over value, not cost, because costs in cents are far too many to index:
 * {@code minCost[v]} is the least cost of reaching a total value of exactly {@code v} with the free
 * candidates (neither forced nor excluded). Candidates are added in rank order and a candidate replaces the
 * entry only if it makes it strictly cheaper; a bit per candidate and value records that it did. The best
 * value for a budget is the greatest {@code v} with {@code minCost[v] <= budget - forcedCost}, and its
 * candidates are read back from the lowest-ranked one up. That read-back yields exactly rule 3: the
 * lowest-ranked candidate's bit is set only when every selection of that value and cost holds it, otherwise
 * it is left out; the same holds for the rest, one rank higher at a time.
 *
 * <p><b>Bounds.</b> At most {@value #MAX_ITEMS} candidates of value 0 to {@value Item#MAX_VALUE} (a
 * score in tenths of a point) and cost 0 to {@link Item#MAX_COST} minor units, so every sum fits in a long.
 * The table reaches the smaller of the free candidates' total value and the fractional-knapsack bound for the
 * largest budget asked about (no selection within that budget is worth more), so time is
 * O(candidates x values) and memory about half that many bits (a candidate's bits reach only the running total)
 * plus 8 bytes per value: 300 candidates worth up to 1,000 each take at most about 8 MB, 1,000 candidates about
 * 71 MB.
 */
public final class Knapsack {

    /** More candidates than this in one selection are refused rather than allowed to hold a core. */
    public static final int MAX_ITEMS = 1_000;

    private static final long UNREACHABLE = Long.MAX_VALUE;

    private Knapsack() {
    }

    /**
     * @param rankedItems     the candidates, best-ranked first (the caller ranks by weighted score descending,
     *                        then cost ascending, then id ascending); ids unique
     * @param budget          in minor units, 0 or more
     * @param mustInclude     ids always selected
     * @param mustExclude     ids never selected
     * @param frontierBudgets budget levels for the frontier (see {@link Frontier#levels}), each 0 or more, at
     *                        most {@value Frontier#MAX_POINTS}; may be empty
     * @throws InfeasibleSelection      if the must-include candidates alone cost more than {@code budget}
     * @throws IllegalArgumentException for too many candidates or levels, a negative budget or level, a
     *                                  duplicate id, an id both included and excluded, or an included or
     *                                  excluded id that is not a candidate
     */
    public static Solution solve(List<Item> rankedItems, long budget, Set<String> mustInclude,
            Set<String> mustExclude, List<Long> frontierBudgets) {
        Objects.requireNonNull(rankedItems, "rankedItems");
        Objects.requireNonNull(mustInclude, "mustInclude");
        Objects.requireNonNull(mustExclude, "mustExclude");
        Objects.requireNonNull(frontierBudgets, "frontierBudgets");
        validate(rankedItems, budget, mustInclude, mustExclude, frontierBudgets);

        long forcedCost = 0;
        int forcedValue = 0;
        boolean[] selectedAt = new boolean[rankedItems.size()];
        List<Integer> freeAt = new ArrayList<>();
        for (int i = 0; i < rankedItems.size(); i++) {
            Item item = rankedItems.get(i);
            if (mustInclude.contains(item.id())) {
                forcedCost = Math.addExact(forcedCost, item.cost());
                forcedValue += item.value();
                selectedAt[i] = true;
            } else if (!mustExclude.contains(item.id())) {
                freeAt.add(i);
            }
        }
        if (forcedCost > budget) {
            throw new InfeasibleSelection(forcedCost, budget);
        }

        long largestBudget = frontierBudgets.stream().mapToLong(Long::longValue).max().orElse(budget);
        Table table = Table.build(freeAt.stream().map(rankedItems::get).toList(),
                Math.max(budget, largestBudget) - forcedCost);

        boolean[] chosen = table.select(budget - forcedCost);
        for (int f = 0; f < chosen.length; f++) {
            selectedAt[freeAt.get(f)] |= chosen[f];
        }
        List<String> selected = new ArrayList<>();
        long totalCost = 0;
        int totalValue = 0;
        for (int i = 0; i < rankedItems.size(); i++) {
            if (selectedAt[i]) {
                Item item = rankedItems.get(i);
                selected.add(item.id());
                totalCost += item.cost();
                totalValue += item.value();
            }
        }

        List<FrontierPoint> frontier = new ArrayList<>(frontierBudgets.size());
        for (long level : frontierBudgets) {
            if (level < forcedCost) {
                frontier.add(FrontierPoint.infeasible(level));
                continue;
            }
            int value = table.bestValue(level - forcedCost);
            int count = mustInclude.size();
            for (boolean taken : table.select(level - forcedCost)) {
                count += taken ? 1 : 0;
            }
            frontier.add(new FrontierPoint(level, true, forcedValue + value, forcedCost + table.minCost[value],
                    count));
        }
        return new Solution(new Selection(selected, totalCost, totalValue), frontier);
    }

    private static void validate(List<Item> items, long budget, Set<String> mustInclude, Set<String> mustExclude,
            List<Long> frontierBudgets) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("A selection takes at most " + MAX_ITEMS + " candidates; got "
                    + items.size() + ". Narrow the candidates (filter or shortlist) first.");
        }
        if (frontierBudgets.size() > Frontier.MAX_POINTS) {
            throw new IllegalArgumentException("A frontier has at most " + Frontier.MAX_POINTS + " points; got "
                    + frontierBudgets.size());
        }
        if (budget < 0) {
            throw new IllegalArgumentException("A budget is 0 or more; got " + budget);
        }
        for (Long level : frontierBudgets) {
            if (level == null || level < 0) {
                throw new IllegalArgumentException("A frontier budget level is 0 or more; got " + level);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Item item : items) {
            if (!ids.add(Objects.requireNonNull(item, "item").id())) {
                throw new IllegalArgumentException("Candidate " + item.id() + " is listed twice");
            }
        }
        for (String id : mustInclude) {
            if (mustExclude.contains(id)) {
                throw new IllegalArgumentException("Candidate " + id + " cannot be both included and excluded");
            }
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("Candidate " + id + " must be included but is not a candidate");
            }
        }
        for (String id : mustExclude) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("Candidate " + id + " must be excluded but is not a candidate");
            }
        }
    }

    /** The value-indexed table over the free candidates, with what reading a selection back needs. */
    private static final class Table {

        private final List<Item> items;

        /** Least cost of exactly this total value; {@link #UNREACHABLE} if no selection has it. */
        private final long[] minCost;

        /** Per candidate: the values whose least cost it strictly lowered when it was added. */
        private final BitSet[] improved;

        /** Values, descending, each strictly cheaper than every greater value: where a budget's best lies. */
        private final int[] efficient;

        private Table(List<Item> items, long[] minCost, BitSet[] improved) {
            this.items = items;
            this.minCost = minCost;
            this.improved = improved;
            int[] values = new int[minCost.length];
            int size = 0;
            long cheapestAbove = UNREACHABLE;
            for (int v = minCost.length - 1; v >= 0; v--) {
                if (minCost[v] < cheapestAbove) {
                    values[size++] = v;
                    cheapestAbove = minCost[v];
                }
            }
            this.efficient = Arrays.copyOf(values, size);
        }

        /** @param limit the largest budget (net of the forced cost) anything will be asked for */
        static Table build(List<Item> items, long limit) {
            int top = (int) Math.min(totalValue(items), fractionalBound(items, limit));
            long[] minCost = new long[top + 1];
            Arrays.fill(minCost, UNREACHABLE);
            minCost[0] = 0;
            BitSet[] improved = new BitSet[items.size()];
            int reach = 0;
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                int value = item.value();
                reach = Math.min(top, reach + value);
                BitSet bits = new BitSet(value == 0 ? 0 : reach + 1);
                if (value > 0) {
                    // Downwards, so minCost[v - value] still excludes this candidate: each is used at most once.
                    for (int v = reach; v >= value; v--) {
                        long without = minCost[v - value];
                        if (without != UNREACHABLE && without + item.cost() < minCost[v]) {
                            minCost[v] = without + item.cost();
                            bits.set(v);
                        }
                    }
                }
                improved[k] = bits;
            }
            return new Table(items, minCost, improved);
        }

        /** The greatest total value whose least cost is within {@code limit} (0 or more). */
        int bestValue(long limit) {
            // efficient[] costs fall strictly; its last entry costs 0, so the search always lands.
            int low = 0;
            int high = efficient.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (minCost[efficient[middle]] <= limit) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return efficient[low];
        }

        /** The preferred selection for {@code limit}: which free candidates, by position, it takes. */
        boolean[] select(long limit) {
            boolean[] chosen = new boolean[items.size()];
            int v = bestValue(limit);
            for (int k = items.size() - 1; k >= 0; k--) {
                if (improved[k].get(v)) {
                    chosen[k] = true;
                    v -= items.get(k).value();
                }
            }
            return chosen;
        }

        private static long totalValue(List<Item> items) {
            return items.stream().mapToLong(Item::value).sum();
        }

        /**
         * The fractional knapsack's value for {@code limit}, rounded down: no selection within the limit is worth
         * more, so the table need not reach further.
         */
        private static long fractionalBound(List<Item> items, long limit) {
            // Worthless candidates add nothing; the rest by value / cost descending, compared crosswise (at most
            // 1,000 x 10^15, so no overflow), which also puts the free ones first.
            List<Item> byRatio = new ArrayList<>(items.stream().filter(item -> item.value() > 0).toList());
            byRatio.sort((a, b) -> Long.compare((long) b.value() * a.cost(), (long) a.value() * b.cost()));
            long bound = 0;
            long remaining = limit;
            for (Item item : byRatio) {
                if (item.cost() <= remaining) {
                    bound += item.value();
                    remaining -= item.cost();
                } else {
                    bound += item.value() * remaining / item.cost();
                    break;
                }
            }
            return bound;
        }
    }
}
