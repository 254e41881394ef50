package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.pmo.events.common.PmoJson;
import io.pmo.events.sample.WidgetRenamed;
import io.pmo.platform.StarterTestContexts;
import io.pmo.platform.kafka.KafkaEventPublisher;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.TestTokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The processors' dead-letter queue as a service runs it: Spring Boot with the starter's auto-configuration, Axon's
 * JDBC event store and {@code DeadLetterEntry} on a real PostgreSQL (migrated by the starter's Flyway scripts), a
 * pooled streaming processor forced to one segment, and the admin endpoints behind the starter's security.
 * Each test works in a tenant of its own, so they share the queue without seeing each other's letters.
 */
@SpringBootTest(classes = ProcessorDeadLetterQueueTests.Service.class, properties = {
        "spring.application.name=dlq-tests",
        StarterTestContexts.WITHOUT_MONGO_AND_KAFKA,
        "axon.eventhandling.processors." + ProcessorDeadLetterQueueTests.GROUP + ".mode=pooled",
        "axon.eventhandling.processors." + ProcessorDeadLetterQueueTests.GROUP + ".initial-segment-count=1",
        "axon.eventhandling.processors." + ProcessorDeadLetterQueueTests.GROUP + ".batch-size=10",
        "pmo.processors.dlq.auto-retry-interval=0" })
class ProcessorDeadLetterQueueTests {

    static final String GROUP = "widget-names";

    private static final String DLQ = "/api/v1/admin/processors/" + GROUP + "/dlq";

    private static final EmbeddedPostgres POSTGRES = startPostgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        POSTGRES.close();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        @Bean
        JwtDecoder testDecoder() {
            return TestTokens.decoder();
        }

        @Bean
        WidgetNames widgetNames() {
            return new WidgetNames();
        }
    }

    /** A projection that fails, while its switch is on, for the widgets named in {@link #failing}. */
    @ProcessingGroup(GROUP)
    static class WidgetNames {

        final Set<String> failing = ConcurrentHashMap.newKeySet();

        /** Per widget, the sequence numbers of the events whose handling succeeded, in the order it did. */
        final Map<String, List<Long>> applied = new ConcurrentHashMap<>();

        @EventHandler
        void on(WidgetRenamed event, @SequenceNumber Long sequence) {
            if (failing.contains(event.widgetId())) {
                throw new IllegalStateException("the read model refuses widget " + event.widgetId());
            }
            applied.computeIfAbsent(event.widgetId(), id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(sequence);
        }
    }

    @Autowired
    private WidgetNames widgetNames;

    @Autowired
    private ProcessorDeadLetters deadLetters;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactionManager;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;

    private final String tenant = "tenant-" + UUID.randomUUID();

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /**
     * The acceptance test of issue 9: one aggregate's poison event parks it, with its later event queued behind it,
     * while 100 other aggregates in the same (only) segment reach the read model; after the fix one retry applies
     * both events exactly once, empties the queue, and a second retry finds nothing to do.
     */
    @Test
    void aPoisonEventParksOnlyItsAggregateWhileTheSegmentMovesOnAndARetryAppliesItOnce() throws Exception {
        String bad = "widget-bad-" + UUID.randomUUID();
        List<String> good = IntStream.range(0, 100).mapToObj(i -> "widget-" + i + "-" + UUID.randomUUID()).toList();
        widgetNames.failing.add(bad);

        publish(renamed(bad, 0));
        good.forEach(id -> publish(renamed(id, 0)));
        publish(renamed(bad, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(widgetNames.applied.keySet()).containsAll(good);
            assertThat(list(tenant).get("total").asLong()).isEqualTo(2);
        });
        assertThat(good).allSatisfy(id -> assertThat(widgetNames.applied.get(id)).containsExactly(0L));
        assertThat(widgetNames.applied).doesNotContainKey(bad);

        JsonNode letters = list(tenant).get("items");
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).get("aggregateId").asText()).isEqualTo(bad);
        assertThat(letters.get(0).get("sequence").asLong()).isZero();
        assertThat(letters.get(0).get("eventType").asText()).isEqualTo(WidgetRenamed.class.getName());
        assertThat(letters.get(0).get("cause").get("type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).get("cause").get("message").asText()).contains("refuses widget " + bad);
        assertThat(letters.get(0).get("diagnostics").get("attempts").asInt()).isOne();
        assertThat(letters.get(0).get("enqueuedAt").asText()).endsWith("Z");
        assertThat(letters.get(1).get("aggregateId").asText()).isEqualTo(bad);
        assertThat(letters.get(1).get("sequence").asLong()).isOne();
        assertThat(letters.get(1).get("cause").isNull()).isTrue();
        assertThat(meters.get(ProcessorDeadLetterMetrics.METER).tag("group", GROUP).gauge().value())
                .isGreaterThanOrEqualTo(2);

        widgetNames.failing.remove(bad);
        JsonNode retry = retry(tenant);

        assertThat(retry.get("retried").asInt()).isOne();
        assertThat(retry.get("succeeded").asInt()).isOne();
        assertThat(retry.get("stillDeadLettered").asLong()).isZero();
        assertThat(widgetNames.applied.get(bad)).containsExactly(0L, 1L);
        assertThat(list(tenant).get("total").asLong()).isZero();

        JsonNode again = retry(tenant);
        assertThat(again.get("retried").asInt()).isZero();
        assertThat(again.get("succeeded").asInt()).isZero();
        assertThat(widgetNames.applied.get(bad)).containsExactly(0L, 1L);
    }

    @Test
    void aLetterThatFailsAgainOnRetryStaysQueuedWithTheRestOfItsAggregate() throws Exception {
        String bad = parkedWithTwoEvents("widget-stubborn-");

        JsonNode retry = retry(tenant);

        assertThat(retry.get("retried").asInt()).isOne();
        assertThat(retry.get("succeeded").asInt()).isZero();
        assertThat(retry.get("stillDeadLettered").asLong()).isEqualTo(2);
        assertThat(list(tenant).get("items").get(0).get("diagnostics").get("attempts").asInt()).isEqualTo(2);
        assertThat(widgetNames.applied).doesNotContainKey(bad);
    }

    @Test
    void aParkedAggregateIsRetriedOnItsOwnOnceItsBackOffHasPassed() throws Exception {
        String bad = parkedWithTwoEvents("widget-transient-");
        widgetNames.failing.remove(bad); // the read-model store is back

        deadLetters.retryDue(GROUP, java.time.Instant.now(), Duration.ofMinutes(1));
        assertThat(widgetNames.applied).as("not due a moment after it failed").doesNotContainKey(bad);
        assertThat(list(tenant).get("total").asLong()).isEqualTo(2);

        deadLetters.retryDue(GROUP, java.time.Instant.now().plus(Duration.ofMinutes(1)), Duration.ofMinutes(1));
        assertThat(widgetNames.applied.get(bad)).containsExactly(0L, 1L);
        assertThat(list(tenant).get("total").asLong()).isZero();
    }

    @Test
    void anotherTenantNeitherSeesNorRetriesTheLetters() throws Exception {
        String bad = "widget-private-" + UUID.randomUUID();
        widgetNames.failing.add(bad);
        publish(renamed(bad, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> list(tenant).get("total").asLong() == 1);
        widgetNames.failing.remove(bad);
        String other = "tenant-" + UUID.randomUUID();

        assertThat(list(other).get("total").asLong()).isZero();
        assertThat(list(other).get("items")).isEmpty();
        JsonNode retry = retry(other);

        assertThat(retry.get("retried").asInt()).isZero();
        assertThat(retry.get("stillDeadLettered").asLong()).isZero();
        assertThat(widgetNames.applied).doesNotContainKey(bad);
        assertThat(list(tenant).get("total").asLong()).isOne();
    }

    @Test
    void answers404ForAGroupWithoutADeadLetterQueueIncludingTheKafkaPublisher() throws Exception {
        MvcResult unknown = perform(get("/api/v1/admin/processors/no-such-group/dlq"), admin(tenant));
        MvcResult publisher = perform(post("/api/v1/admin/processors/" + KafkaEventPublisher.PROCESSING_GROUP
                + "/dlq/retry"), admin(tenant));

        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(publisher.getResponse().getStatus()).isEqualTo(404);
        assertThat(processing.deadLetterQueue(KafkaEventPublisher.PROCESSING_GROUP)).isEmpty();
        assertThat(processing.deadLetterQueue(GROUP)).isPresent();
    }

    @Test
    void remembersWhichAggregatesAreParkedInsteadOfQueryingTheQueueForEveryEvent() {
        Object invoker = processing.sequencedDeadLetterProcessor(GROUP).orElseThrow();

        assertThat(ReflectionTestUtils.getField(invoker, "sequenceIdentifierCacheEnabled")).isEqualTo(true);
        assertThat(ReflectionTestUtils.getField(invoker, "sequenceIdentifierCacheSize")).isEqualTo(1024);
    }

    @Test
    void refusesCallersWhoAreNotPmoAdminsWith403() throws Exception {
        for (PmoRole role : List.of(PmoRole.VIEWER, PmoRole.PROJECT_MANAGER, PmoRole.PORTFOLIO_MANAGER)) {
            String token = TestTokens.bearer(tenant, "user-1", role);
            assertThat(perform(get(DLQ), token).getResponse().getStatus()).as(role.name()).isEqualTo(403);
            assertThat(perform(post(DLQ + "/retry"), token).getResponse().getStatus()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void checksPagingLikeEveryList() throws Exception {
        assertThat(perform(get(DLQ).param("size", "201"), admin(tenant)).getResponse().getStatus()).isEqualTo(400);
        assertThat(perform(get(DLQ).param("page", "-1"), admin(tenant)).getResponse().getStatus()).isEqualTo(400);
    }

    private void publish(DomainEventMessage<?> event) {
        transactionManager.executeInTransaction(() -> eventStore.publish(event));
    }

    private DomainEventMessage<WidgetRenamed> renamed(String widgetId, long sequence) {
        return new GenericDomainEventMessage<>("Widget", widgetId, sequence,
                new WidgetRenamed(widgetId, tenant, "name " + sequence, null),
                new PmoMetadata(tenant, "user-1", "corr-" + widgetId, null).toMetaData());
    }

    private JsonNode list(String tenantId) throws Exception {
        MvcResult result = perform(get(DLQ).param("size", "200"), admin(tenantId));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return PmoJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    /** A widget of this test's tenant whose two events failed and wait in the queue. */
    private String parkedWithTwoEvents(String prefix) throws Exception {
        String bad = prefix + UUID.randomUUID();
        widgetNames.failing.add(bad);
        publish(renamed(bad, 0));
        publish(renamed(bad, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> list(tenant).get("total").asLong() == 2);
        return bad;
    }

    private JsonNode retry(String tenantId) throws Exception {
        MvcResult result = perform(post(DLQ + "/retry"), admin(tenantId));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return PmoJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    private static String admin(String tenantId) {
        return TestTokens.bearer(tenantId, "admin-1", PmoRole.PMO_ADMIN);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer)).andReturn();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
