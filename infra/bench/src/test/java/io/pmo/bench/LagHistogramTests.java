package io.pmo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Prometheus buckets of two scrapes, their difference, and quantiles as histogram_quantile computes them. */
class LagHistogramTests {

    private static final Map<String, String> GROUP = Map.of("group", "reporting-service");

    private static String scrape(int under10ms, int under20ms, int under40ms, int total, int otherGroup) {
        return String.join("\n",
                "# HELP pmo_consumer_lag_seconds From an event's time to its read-model writes",
                "# TYPE pmo_consumer_lag_seconds histogram",
                "pmo_consumer_lag_seconds_bucket{group=\"reporting-service\",service=\"reporting-service\",le=\"0.01\"} "
                        + under10ms,
                "pmo_consumer_lag_seconds_bucket{group=\"reporting-service\",service=\"reporting-service\",le=\"0.02\"} "
                        + under20ms,
                "pmo_consumer_lag_seconds_bucket{group=\"reporting-service\",service=\"reporting-service\",le=\"0.04\"} "
                        + under40ms,
                "pmo_consumer_lag_seconds_bucket{group=\"reporting-service\",service=\"reporting-service\",le=\"+Inf\"} "
                        + total,
                "pmo_consumer_lag_seconds_bucket{group=\"other\",service=\"reporting-service\",le=\"0.01\"} " + otherGroup,
                "pmo_consumer_lag_seconds_bucket{group=\"other\",service=\"reporting-service\",le=\"+Inf\"} " + otherGroup,
                "pmo_consumer_lag_seconds_count{group=\"reporting-service\",service=\"reporting-service\"} " + total,
                "pmo_consumer_records_total{group=\"reporting-service\"} 5.0");
    }

    @Test
    void aQuantileIsInterpolatedInsideItsBucketOfTheDifferenceBetweenTwoScrapes() {
        LagHistogram before = LagHistogram.scrape(scrape(10, 10, 10, 10, 3), "pmo_consumer_lag_seconds", GROUP);
        LagHistogram after = LagHistogram.scrape(scrape(60, 90, 110, 110, 900), "pmo_consumer_lag_seconds", GROUP);

        LagHistogram delta = after.since(before);

        // 100 new observations: 50 up to 10 ms, 30 in (10, 20], 20 in (20, 40]
        assertThat(delta.count()).isEqualTo(100);
        assertThat(delta.quantileMillis(0.5)).isCloseTo(10.0, within(1e-9));
        assertThat(delta.quantileMillis(0.25)).isCloseTo(5.0, within(1e-9));
        assertThat(delta.quantileMillis(0.65)).isCloseTo(15.0, within(1e-9));
        assertThat(delta.quantileMillis(0.99)).isCloseTo(39.0, within(1e-9));
    }

    @Test
    void aQuantileInTheInfiniteBucketAnswersTheHighestFiniteBoundAndNothingObservedIsNaN() {
        LagHistogram slow = LagHistogram.scrape(scrape(0, 0, 1, 10, 0), "pmo_consumer_lag_seconds", GROUP);
        LagHistogram none = LagHistogram.scrape("", "pmo_consumer_lag_seconds", GROUP);

        assertThat(slow.quantileMillis(0.99)).isCloseTo(40.0, within(1e-9));
        assertThat(none.count()).isZero();
        assertThat(none.quantileMillis(0.5)).isNaN();
    }
}
