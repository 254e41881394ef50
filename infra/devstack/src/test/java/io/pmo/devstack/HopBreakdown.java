package io.pmo.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;

/**
 * The lag of an event broken into its hops ({@code io.pmo.platform.messaging.Hops}) over a stretch of a
 * benchmark: the histograms of the publishing and the consuming service, read before and after, and their
 * difference summarised as count, mean, p50 and p99 (the upper bound of the histogram bucket holding it).
 */
final class HopBreakdown {

    private final Map<String, Timer> timers = new LinkedHashMap<>();

    private final Map<String, HistogramSnapshot> before = new LinkedHashMap<>();

    private HopBreakdown() {
    }

    /** From the event store of {@code publisher} to the read models of {@code consumerService}'s group. */
    static HopBreakdown start(DevStack stack, String publisher, String consumerService) {
        HopBreakdown breakdown = new HopBreakdown();
        MeterRegistry publishing = stack.context(publisher).getBean(MeterRegistry.class);
        MeterRegistry consuming = stack.context(consumerService).getBean(MeterRegistry.class);
        for (String hop : List.of("store_to_publisher", "kafka_ack")) {
            breakdown.add(hop, publishing.get("pmo.publisher.hop").tag("hop", hop).timer());
        }
        for (String hop : List.of("kafka_to_consumer", "read_model_write", "offset_commit")) {
            breakdown.add(hop, consuming.get("pmo.consumer.hop").tag("group", consumerService).tag("hop", hop)
                    .timer());
        }
        breakdown.add("end_to_end", consuming.get("pmo.consumer.lag").tag("group", consumerService).timer());
        return breakdown;
    }

    private void add(String hop, Timer timer) {
        timers.put(hop, timer);
        before.put(hop, timer.takeSnapshot());
    }

    /** One line per hop since {@link #start}. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        timers.forEach((hop, timer) -> {
            HistogramSnapshot now = timer.takeSnapshot();
            HistogramSnapshot then = before.get(hop);
            long count = now.count() - then.count();
            double mean = count == 0 ? 0 : (now.total(TimeUnit.MILLISECONDS) - then.total(TimeUnit.MILLISECONDS))
                    / count;
            lines.add(String.format("  %-20s %6d events  mean %7.1f ms  p50 <= %7.1f ms  p99 <= %7.1f ms", hop,
                    count, mean, quantile(then, now, count, 0.50), quantile(then, now, count, 0.99)));
        });
        return lines;
    }

    private static double quantile(HistogramSnapshot then, HistogramSnapshot now, long count, double q) {
        if (count == 0) {
            return 0;
        }
        CountAtBucket[] earlier = then.histogramCounts();
        CountAtBucket[] later = now.histogramCounts();
        for (int i = 0; i < later.length; i++) {
            double cumulative = later[i].count() - (i < earlier.length ? earlier[i].count() : 0);
            if (cumulative >= q * count) {
                return later[i].bucket(TimeUnit.MILLISECONDS);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
