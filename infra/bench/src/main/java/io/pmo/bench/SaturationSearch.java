package io.pmo.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the highest arrival rate the system sustains: double the rate until a run fails, then bisect between the
 * last rate that passed and the first that failed. A run passes when it achieves at least {@code minAchieved} of
 * the offered rate, with an error rate of at most {@code maxErrorRate} and a p99 of at most {@code maxP99Millis}
 * (beyond that the latency has exploded: the queue grows for as long as the run lasts).
 */
final class SaturationSearch {

    /** What the search needs to know of one run. */
    interface Trial {

        double offered();

        double achieved();

        double errorRate();

        double p99Millis();
    }

    /** Runs the system at one offered rate. */
    @FunctionalInterface
    interface Runner<T extends Trial> {

        T at(double perSecond) throws Exception;
    }

    record Criteria(double minAchieved, double maxErrorRate, double maxP99Millis) {

        boolean passes(Trial trial) {
            return trial.achieved() >= minAchieved * trial.offered() && trial.errorRate() <= maxErrorRate
                    && trial.p99Millis() <= maxP99Millis;
        }

        @Override
        public String toString() {
            return String.format("achieved >= %.0f %% of offered, errors <= %.1f %%, p99 <= %.0f ms",
                    minAchieved * 100, maxErrorRate * 100, maxP99Millis);
        }
    }

    /** Every run in order, and the best passing one ({@code null} if even the first rate failed). */
    record Result<T extends Trial>(List<T> runs, T best) {

        /** The sustained rate: the best passing run's achieved rate, else what the first run achieved. */
        double saturation() {
            return best != null ? best.achieved() : runs.get(0).achieved();
        }
    }

    private final Criteria criteria;

    private final double maxRate;

    private final int bisections;

    SaturationSearch(Criteria criteria, double maxRate, int bisections) {
        this.criteria = criteria;
        this.maxRate = maxRate;
        this.bisections = bisections;
    }

    <T extends Trial> Result<T> search(double startRate, Runner<T> runner) throws Exception {
        List<T> runs = new ArrayList<>();
        T best = null;
        double rate = startRate;
        double failedAt = Double.NaN;
        while (true) {
            T run = runner.at(rate);
            runs.add(run);
            if (!criteria.passes(run)) {
                failedAt = rate;
                break;
            }
            best = run;
            if (rate >= maxRate) {
                break;
            }
            rate = Math.min(maxRate, rate * 2);
        }
        if (best == null || Double.isNaN(failedAt)) {
            return new Result<>(List.copyOf(runs), best);
        }
        double low = best.offered();
        double high = failedAt;
        for (int i = 0; i < bisections; i++) {
            double middle = (low + high) / 2;
            T run = runner.at(middle);
            runs.add(run);
            if (criteria.passes(run)) {
                best = run;
                low = middle;
            }
            else {
                high = middle;
            }
        }
        return new Result<>(List.copyOf(runs), best);
    }
}
