package io.pmo.platform.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.pmo.platform.scheduling.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every {@link GaugeQuery} on one background thread at a fixed delay and exports the answers as multi-gauges,
 * with the {@code tenant} tag bounded by {@link TenantTags}. A failing query keeps its last rows and is logged; the
 * age of the rows is {@code pmo.metrics.refresh.age} so a dashboard can tell stale figures from flat ones.
 */
public class RefreshedGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RefreshedGauges.class);

    private final List<GaugeQuery> queries;

    private final Map<GaugeQuery, MultiGauge> gauges = new LinkedHashMap<>();

    private final TenantTags tenants;

    private final LongSupplier nanoTime;

    private volatile long lastRefreshNanos;

    private final PeriodicTask schedule;

    public RefreshedGauges(List<GaugeQuery> queries, TenantTags tenants, Duration interval, MeterRegistry meters) {
        this(queries, tenants, interval, meters, System::nanoTime);
    }

    RefreshedGauges(List<GaugeQuery> queries, TenantTags tenants, Duration interval, MeterRegistry meters,
            LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastRefreshNanos = nanoTime.getAsLong();
        this.queries = List.copyOf(queries);
        this.tenants = tenants;
        this.schedule = new PeriodicTask("pmo-gauges", Duration.ZERO, interval, this::refresh);
        for (GaugeQuery query : this.queries) {
            gauges.put(query, MultiGauge.builder(query.name()).description(query.description()).register(meters));
        }
        Gauge.builder("pmo.metrics.refresh.age", this,
                        gauges -> (gauges.nanoTime.getAsLong() - gauges.lastRefreshNanos) / 1e9)
                .description("Seconds since the query-based gauges were last refreshed").baseUnit("seconds")
                .register(meters);
    }

    /** Runs every query once now; a failing one keeps its previous rows. */
    public synchronized void refresh() {
        boolean allFine = true;
        for (GaugeQuery query : queries) {
            try {
                gauges.get(query).register(bounded(query.rows()), true);
            }
            catch (RuntimeException ex) {
                allFine = false;
                log.warn("Gauge {} not refreshed, it keeps its last values: {}", query.name(), ex.toString());
            }
        }
        if (allFine) {
            lastRefreshNanos = nanoTime.getAsLong();
        }
    }

    private List<MultiGauge.Row<?>> bounded(List<GaugeQuery.Row> rows) {
        Map<Tags, Double> sums = new LinkedHashMap<>();
        for (GaugeQuery.Row row : rows) {
            sums.merge(boundTenant(row.tags()), row.value(), Double::sum);
        }
        List<MultiGauge.Row<?>> result = new ArrayList<>(sums.size());
        sums.forEach((tags, value) -> result.add(MultiGauge.Row.of(tags, value)));
        return result;
    }

    private Tags boundTenant(Tags tags) {
        List<Tag> bounded = new ArrayList<>();
        for (Tag tag : tags) {
            bounded.add(tag.getKey().equals("tenant") ? Tag.of("tenant", tenants.tag(tag.getValue())) : tag);
        }
        return Tags.of(bounded);
    }

    @Override
    public void start() {
        schedule.start();
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }
}
