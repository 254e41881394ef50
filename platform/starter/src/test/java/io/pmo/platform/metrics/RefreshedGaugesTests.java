package io.pmo.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.platform.metrics.GaugeQuery.Row;

class RefreshedGaugesTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final AtomicReference<List<Row>> rows = new AtomicReference<>(List.of());

    private final AtomicLong nanos = new AtomicLong();

    private final RefreshedGauges gauges = new RefreshedGauges(
            List.of(GaugeQuery.of("pmo.things", "Things", () -> rows.get())), new TenantTags(2), Duration.ofHours(1),
            meters, nanos::get);

    @Test
    void exportsEachRowAsASeriesWithItsTags() {
        rows.set(List.of(Row.of(3, "tenant", "acme", "status", "ACTIVE"), Row.of(1, "tenant", "acme", "status",
                "PROPOSED")));

        gauges.refresh();

        assertThat(value("acme", "ACTIVE")).isEqualTo(3.0);
        assertThat(value("acme", "PROPOSED")).isEqualTo(1.0);
    }

    @Test
    void tenantsPastTheBoundShareOneSeriesWhoseValueIsTheirSum() {
        rows.set(List.of(Row.of(1, "tenant", "a", "status", "ACTIVE"), Row.of(2, "tenant", "b", "status", "ACTIVE"),
                Row.of(4, "tenant", "c", "status", "ACTIVE"), Row.of(8, "tenant", "d", "status", "ACTIVE")));

        gauges.refresh();

        assertThat(meters.find("pmo.things").gauges()).hasSize(3);
        assertThat(value("a", "ACTIVE")).isEqualTo(1.0);
        assertThat(value("b", "ACTIVE")).isEqualTo(2.0);
        assertThat(value(TenantTags.OTHER, "ACTIVE")).isEqualTo(12.0);
    }

    @Test
    void aTenantKeepsItsOwnSeriesOnceItHasOne() {
        TenantTags tenants = new TenantTags(2);
        assertThat(tenants.tag("a")).isEqualTo("a");
        assertThat(tenants.tag("b")).isEqualTo("b");
        assertThat(tenants.tag("c")).isEqualTo(TenantTags.OTHER);
        assertThat(tenants.tag("a")).isEqualTo("a");
        assertThat(tenants.tag(null)).isEqualTo(TenantTags.OTHER);
        assertThatThrownBy(() -> new TenantTags(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowThatIsGoneDisappearsAtTheNextRefresh() {
        rows.set(List.of(Row.of(3, "tenant", "acme", "status", "ACTIVE"), Row.of(1, "tenant", "acme", "status",
                "PROPOSED")));
        gauges.refresh();
        rows.set(List.of(Row.of(4, "tenant", "acme", "status", "ACTIVE")));

        gauges.refresh();

        assertThat(value("acme", "ACTIVE")).isEqualTo(4.0);
        assertThat(meters.find("pmo.things").tag("status", "PROPOSED").gauge()).isNull();
    }

    @Test
    void aFailingQueryKeepsItsLastValuesAndTheAgeShowsTheyAreStale() {
        rows.set(List.of(Row.of(3, "tenant", "acme", "status", "ACTIVE")));
        nanos.set(5_000_000_000L);
        gauges.refresh();
        assertThat(meters.get("pmo.metrics.refresh.age").gauge().value()).isZero();
        rows.set(null);
        nanos.set(65_000_000_000L);

        gauges.refresh();

        assertThat(value("acme", "ACTIVE")).isEqualTo(3.0);
        assertThat(meters.get("pmo.metrics.refresh.age").gauge().value()).isEqualTo(60.0);
    }

    @Test
    void refreshesOnItsOwnThreadOnceStarted() throws InterruptedException {
        List<String> threads = new ArrayList<>();
        RefreshedGauges scheduled = new RefreshedGauges(List.of(GaugeQuery.of("pmo.scheduled", "Scheduled", () -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
                threads.notifyAll();
            }
            return List.of(Row.of(1, "tenant", "acme"));
        })), new TenantTags(5), Duration.ofHours(1), meters);
        scheduled.start();
        try {
            synchronized (threads) {
                while (threads.isEmpty()) {
                    threads.wait();
                }
            }
            assertThat(threads).containsExactly("pmo-gauges");
            assertThat(scheduled.isRunning()).isTrue();
        }
        finally {
            scheduled.stop();
        }
        assertThat(scheduled.isRunning()).isFalse();
    }

    @Test
    void theStarterRefreshesEveryGaugeQueryBeanWithTheTenantBoundOfItsSettings() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PmoMetricsAutoConfiguration.class))
                .withBean(SimpleMeterRegistry.class)
                .withBean(GaugeQuery.class, () -> GaugeQuery.of("pmo.beans", "Beans", List::of))
                .withPropertyValues("pmo.metrics.max-tenants=7", "pmo.metrics.refresh=5m")
                .run(context -> {
                    assertThat(context).hasSingleBean(RefreshedGauges.class);
                    assertThat(context.getBean(TenantTags.class).maxTenants()).isEqualTo(7);
                });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PmoMetricsAutoConfiguration.class))
                .withBean(SimpleMeterRegistry.class)
                .run(context -> assertThat(context).doesNotHaveBean(RefreshedGauges.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PmoMetricsAutoConfiguration.class))
                .withPropertyValues("pmo.metrics.max-tenants=0")
                .run(context -> assertThat(context).hasFailed());
    }

    private double value(String tenant, String status) {
        Gauge gauge = meters.get("pmo.things").tag("tenant", tenant).tag("status", status).gauge();
        return gauge.value();
    }
}
