package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What an operations team scrapes from each service's {@code /actuator/prometheus} on the embedded stack, by name:
 * Axon's command, event store and processor metrics, the HTTP server histogram (for percentiles), the Kafka
 * producer's and consumers' own client metrics, the consumer toolkit's records and event-to-read-model lag
 * histogram, and the processors' dead letters.
 */
class MetricsIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void projectServiceExportsCommandEventStoreProcessorHttpAndKafkaProducerMetrics() {
        api.createProject("Metrics " + UUID.randomUUID());
        Api projectService = Api.anonymous("http://localhost:" + stack.ports().project());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metricNames(projectService))
                .contains("commandBus_successCounter_total", "commandBus_allTimer_seconds_count",
                        "eventStore_ingestedCounter_total", "eventProcessor_latency",
                        "eventProcessor_successCounter_total", "http_server_requests_seconds_bucket",
                        "kafka_producer_record_send_total", "pmo_processors_dead_letters"));
    }

    @Test
    void reportingServiceExportsItsConsumersLagHistogramRecordsAndKafkaConsumerMetrics() {
        api.createProject("Lag " + UUID.randomUUID());
        Api reporting = Api.anonymous("http://localhost:" + stack.ports().reporting());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = reporting.get("/actuator/prometheus").body();
            List<String> names = metricNames(reporting);
            assertThat(names).contains("pmo_consumer_lag_seconds_bucket", "pmo_consumer_lag_seconds_count",
                    "pmo_consumer_records_total");
            assertThat(names).as("the Kafka consumers' own records lag").anyMatch(name -> name.startsWith(
                    "kafka_consumer_") && name.contains("records_lag"));
            assertThat(body).contains("pmo_consumer_lag_seconds_bucket{group=\"reporting-service\","
                    + "service=\"reporting-service\",le=");
        });
    }

    private static List<String> metricNames(Api service) {
        Api.Response metrics = service.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).distinct().toList();
    }
}
