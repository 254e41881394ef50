package io.pmo.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event-to-read-model lag as operations see it: the cumulative buckets of a Prometheus histogram (e.g.
 * {@code pmo_consumer_lag_seconds} of one consumer group, summed over its series), the difference of two scrapes
 * (what happened in between), and a quantile interpolated inside its bucket as PromQL's
 * {@code histogram_quantile} does. Its resolution is the bucket width (Micrometer's buckets are about a third
 * apart).
 */
final class LagHistogram {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** Cumulative counts by upper bound in seconds; {@code +Inf} is {@link Double#POSITIVE_INFINITY}. */
    private final TreeMap<Double, Double> cumulative;

    private LagHistogram(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    /** The buckets of {@code metric} whose labels include every one of {@code labels}, summed by bound. */
    static LagHistogram scrape(String prometheusText, String metric, Map<String, String> labels) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = metric + "_bucket{";
        for (String line : prometheusText.split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            int close = line.lastIndexOf('}');
            String labelText = line.substring(prefix.length(), close);
            if (!labels.entrySet().stream().allMatch(l -> labelText.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                continue;
            }
            Matcher le = LE.matcher(labelText);
            if (!le.find()) {
                continue;
            }
            double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            double count = Double.parseDouble(line.substring(close + 1).trim().split(" ")[0]);
            buckets.merge(bound, count, Double::sum);
        }
        return new LagHistogram(buckets);
    }

    /** What was observed after {@code earlier}: this histogram's counts minus its. */
    LagHistogram since(LagHistogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulative.forEach((bound, count) -> delta.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new LagHistogram(delta);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The q-quantile in milliseconds, linearly interpolated inside its bucket (from 0 for the first bucket); a
     * quantile in the {@code +Inf} bucket answers the highest finite bound. NaN if nothing was observed.
     */
    double quantileMillis(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound * 1_000;
                }
                double inBucket = bucket.getValue() - lowerCount;
                double fraction = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return (lowerBound + (bucket.getKey() - lowerBound) * fraction) * 1_000;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound * 1_000;
    }
}
