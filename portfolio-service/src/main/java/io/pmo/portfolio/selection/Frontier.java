package io.pmo.portfolio.selection;

import java.util.ArrayList;
import java.util.List;

/** Budget levels for the efficient frontier. */
public final class Frontier {

    /** As many levels as {@link Knapsack#solve} takes in one request. */
    public static final int MAX_POINTS = 100;

    private Frontier() {
    }

    /**
     * {@code points} budget levels evenly spaced from {@code from} to {@code to}, both included, each rounded
     * down to a whole minor unit (so two levels may coincide when the range is narrower than the count).
     *
     * @param points 2 to {@value #MAX_POINTS}; 1 only when {@code from == to}
     * @throws IllegalArgumentException for a negative {@code from}, {@code from > to} or a count out of range
     */
    public static List<Long> levels(long from, long to, int points) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException(
                    "A frontier runs from a budget of 0 or more up to a budget no lower; got " + from + " to " + to);
        }
        if (points == 1 && from == to) {
            return List.of(from);
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "A frontier has 2 to " + MAX_POINTS + " points (1 when it starts where it ends); got " + points);
        }
        // from + (to - from) * i / (points - 1), without the product overflowing.
        long span = to - from;
        long steps = points - 1;
        long quotient = span / steps;
        long remainder = span % steps;
        List<Long> levels = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            levels.add(from + quotient * i + remainder * i / steps);
        }
        return List.copyOf(levels);
    }
}
