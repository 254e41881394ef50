package io.pmo.portfolio.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Candidates for selection tests: named ones for hand-made cases, random ones for the brute-force check. */
final class SelectionMother {

    private SelectionMother() {
    }

    static Item item(String id, long cost, int value) {
        return new Item(id, cost, value);
    }

    /** Candidates in the caller's rank order: value descending, then cost ascending, then id ascending. */
    static List<Item> ranked(List<Item> items) {
        List<Item> ranked = new ArrayList<>(items);
        ranked.sort(Comparator.comparingInt(Item::value).reversed().thenComparingLong(Item::cost)
                .thenComparing(Item::id));
        return List.copyOf(ranked);
    }

    /** {@code count} ranked candidates with costs from {@code minCost} to {@code maxCost} and values 0..1000. */
    static List<Item> portfolio(int count, long minCost, long maxCost, Random random) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item("P" + i, minCost + (long) (random.nextDouble() * (maxCost - minCost)),
                    random.nextInt(Item.MAX_VALUE + 1)));
        }
        return ranked(items);
    }

    /** One random instance; the seed reproduces it. */
    static Instance instance(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(21);
        // Three shapes: many ties (tiny values and costs, zeros included), realistic money, and mixed.
        int shape = random.nextInt(3);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long cost = switch (shape) {
                case 0 -> random.nextInt(7);
                case 1 -> 5_000_000L + random.nextInt(495_000_000);
                default -> random.nextInt(4) == 0 ? 0 : random.nextInt(1_000);
            };
            int value = switch (shape) {
                case 0 -> random.nextInt(5);
                case 1 -> random.nextInt(Item.MAX_VALUE + 1);
                default -> random.nextInt(4) == 0 ? 0 : 10 * random.nextInt(11);
            };
            items.add(item("C" + i, cost, value));
        }
        items = ranked(items);
        Set<String> mustInclude = new HashSet<>();
        Set<String> mustExclude = new HashSet<>();
        long totalCost = 0;
        for (Item item : items) {
            totalCost += item.cost();
            int draw = random.nextInt(12);
            if (draw == 0) {
                mustInclude.add(item.id());
            } else if (draw == 1) {
                mustExclude.add(item.id());
            }
        }
        long budget = (long) (random.nextDouble() * 1.1 * totalCost);
        List<Long> levels = Frontier.levels(0, totalCost, 2 + random.nextInt(5));
        return new Instance(seed, items, budget, mustInclude, mustExclude, levels);
    }

    record Instance(long seed, List<Item> items, long budget, Set<String> mustInclude, Set<String> mustExclude,
            List<Long> levels) {

        @Override
        public String toString() {
            return "seed " + seed + ": " + items + ", budget " + budget + ", include " + mustInclude + ", exclude "
                    + mustExclude + ", levels " + levels;
        }
    }
}
