package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.TOPIC;
import static io.pmo.reporting.ProjectEventsMother.history;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.platform.testing.KafkaProbes;
import io.pmo.platform.testing.Quiescence;
import io.pmo.platform.security.PmoJwtAuthenticationConverter;
import io.pmo.reporting.ReportingServiceApplication;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.PortfolioEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.ResourceEventsMother;
import io.pmo.reporting.RiskEventsMother;
import io.pmo.reporting.TestMongo;

/**
 * reporting-service on the consumer toolkit against a real Kafka broker (in-process KRaft) and the Mongo-wire
 * server: redelivery, out of order, changes nothing in any read model (report rows, audit trail, earned-value
 * inputs, portfolio roll-ups, utilisation weeks and resource costs from all three topics; risk heat maps and the
 * computed RAG that counts risks from the fourth); a poison message goes to the dead-letter topic with its
 * reason while other projects keep flowing and the poisoned project is parked; after the fix, the admin replay
 * applies the parked events exactly once, in order. Each test uses a tenant of its own.
 */
@SpringBootTest(classes = ReportingServiceApplication.class, properties = {
        "spring.config.name=reporting-service",
        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration,"
                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "pmo.consumer.retry-interval=20ms",
        "pmo.consumer.max-retries=2",
        "pmo.consumer.concurrency=3" })
@EmbeddedKafka(partitions = 3, topics = { "pmo.project.events", "pmo.portfolio.events", "pmo.resource.events",
        "pmo.risk.events" },
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
@Import(ProjectEventsConsumerTests.InMemoryEventStore.class)
class ProjectEventsConsumerTests {

    /**
     * The test runs without PostgreSQL: reporting-service's own aggregates (its RAG definitions) get an event
     * store in memory; this test does not use them.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class InMemoryEventStore {

        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }

    /** The seed of the redelivery sample: the same 30 % of events, in the same shuffled order, on every run. */
    private static final long SEED = 20_261_127L;

    private static final String DLQ = TOPIC + "." + ProjectEventsConsumer.GROUP + ".dlq";

    private static final TestMongo MONGO = new TestMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @Autowired
    private EmbeddedKafkaBroker kafka;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private MockMvcTester mvc;

    @MockitoSpyBean
    private ProjectReportProjection reports;

    private final String tenant = "tenant-" + UUID.randomUUID();

    @AfterEach
    void healTheProjection() {
        reset(reports);
    }

    @Test
    void redeliveringARandomThirdOfTheEventsOutOfOrderLeavesTheReadModelsAsOneCleanPassBuiltThem() {
        Random random = new Random(SEED);
        List<List<CloudEvent>> histories = new ArrayList<>();
        for (int project = 0; project < 40; project++) {
            histories.add(history(tenant, newProjectId(), 2 + random.nextInt(6)));
        }
        for (int project = 0; project < 10; project++) {
            histories.add(EvmEventsMother.history(tenant, newProjectId()));
        }
        for (int project = 0; project < 10; project++) {
            histories.add(ProjectEventsMother.dashboardHistory(tenant, newProjectId()));
        }
        List<CloudEvent> stream = interleave(histories, random);
        publish(stream);
        awaitQuiescence();
        Map<String, List<Document>> cleanPass = readModels();
        assertThat(cleanPass.get(ProjectReportRow.COLLECTION)).hasSize(60);
        assertThat(cleanPass.get(ProjectReportRow.COLLECTION))
                .filteredOn(row -> row.get("evm") != null).hasSize(10)
                .allSatisfy(row -> assertThat(row.get("computedRag", Document.class).get("schedule"))
                        .isEqualTo("AMBER"));
        assertThat(cleanPass.get(ProjectReportRow.COLLECTION))
                .filteredOn(row -> row.get("reportedRag") != null).hasSize(10)
                .allSatisfy(row -> {
                    assertThat(row.get("reportedRag", Document.class).get("summary")).isEqualTo("Build slipped");
                    assertThat(row.get("missedMilestones")).isEqualTo(2);
                    assertThat(row.get("computedRag", Document.class).get("milestones")).isEqualTo("RED");
                });
        assertThat(cleanPass.get(ProjectReportRow.COLLECTION)).allSatisfy(row -> assertThat(row.get("computedRag",
                Document.class)).containsEntry("definitionVersion", 0L));
        assertThat(cleanPass.get(RagResult.COLLECTION)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cleanPass.get(EvmInputs.COLLECTION)).hasSize(60)
                .filteredOn(inputs -> inputs.get("performanceBaselineId") != null).hasSize(10)
                .allSatisfy(inputs -> assertThat(inputs.get("costs", Document.class)).hasSize(3));
        assertThat(cleanPass.get(AuditEntry.COLLECTION)).hasSize(stream.size());

        List<CloudEvent> redelivered = new ArrayList<>(stream);
        Collections.shuffle(redelivered, random);
        redelivered = redelivered.subList(0, (int) Math.round(stream.size() * 0.3));
        publish(redelivered);
        awaitQuiescence();

        assertThat(readModels()).isEqualTo(cleanPass);
        assertThat(deadLetters()).isEmpty();
        for (List<CloudEvent> history : histories) {
            CloudEvent last = history.get(history.size() - 1);
            assertThat(row(last.subject())).containsEntry("lastSequence", last.aggregatesequence())
                    .containsEntry("lastEventId", last.id());
        }
        System.out.printf("redelivery: %d events of 60 projects (10 with earned-value inputs, 10 with status reports "
                + "and missed milestones), %d redelivered out of order%n", stream.size(),
                redelivered.size());
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndParksItsProjectWhileOthersFlowAndAReplayAfterTheFixAppliesItOnce() {
        String poisoned = newProjectId();
        List<CloudEvent> poisonedHistory = history(tenant, poisoned, 4);
        List<CloudEvent> healthy = new ArrayList<>();
        healthy.addAll(history(tenant, projectInPartitionOf(poisoned), 3));
        healthy.addAll(history(tenant, newProjectId(), 3));
        doThrow(new IllegalStateException("report store refuses project " + poisoned)).when(reports)
                .apply(argThat((ProjectEvent event) -> event != null && poisoned.equals(event.projectId())), any());

        publish(List.of(poisonedHistory.get(0), healthy.get(0), poisonedHistory.get(1), healthy.get(3),
                healthy.get(1), poisonedHistory.get(2), healthy.get(4), healthy.get(2), healthy.get(5)));
        awaitQuiescence();

        for (CloudEvent last : List.of(healthy.get(2), healthy.get(5))) {
            assertThat(row(last.subject())).containsEntry("lastSequence", 2L);
        }
        assertThat(row(poisoned)).isNull();
        // a failure no retry can fix is dead-lettered at once: tried once, not max-retries + 1 times
        verify(reports, times(1)).apply(
                argThat((ProjectEvent event) -> event != null && poisoned.equals(event.projectId())), any());
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters();
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsOnly(poisoned);
        assertThat(deadLetters).extracting(record -> header(record, "pmo-dlq-event-id"))
                .containsExactly(poisonedHistory.get(0).id(), poisonedHistory.get(1).id(), poisonedHistory.get(2).id());
        ConsumerRecord<String, byte[]> first = deadLetters.get(0);
        assertThat(header(first, "pmo-dlq-reason"))
                .isEqualTo("java.lang.IllegalStateException: report store refuses project " + poisoned);
        assertThat(header(first, "pmo-dlq-exception")).isEqualTo("java.lang.IllegalStateException");
        assertThat(header(first, "pmo-dlq-original-topic")).isEqualTo(TOPIC);
        assertThat(header(first, "pmo-dlq-original-offset")).matches("\\d+");
        assertThat(header(first, "pmo-dlq-original-partition")).isEqualTo(Integer.toString(partition(poisoned)));
        assertThat(header(first, "pmo-dlq-group")).isEqualTo(ProjectEventsConsumer.GROUP);
        assertThat(header(first, "pmo-dlq-tenant")).isEqualTo(tenant);
        assertThat(header(first, "content-type")).isEqualTo(CloudEvent.CONTENT_TYPE);
        assertThat(first.value()).isEqualTo(poisonedHistory.get(0).toBytes());
        assertThat(deadLetters.subList(1, 3)).extracting(record -> header(record, "pmo-dlq-reason"))
                .containsOnly("parked behind " + poisonedHistory.get(0).id());
        assertThat(deadLetterTopicConfig().get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");

        // the admin endpoint lists them for this tenant only
        assertThat(mvc.get().uri("/api/v1/admin/consumers/{group}/dlq", ProjectEventsConsumer.GROUP)
                .with(admin(tenant))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(3);
                    assertThat(json).extractingPath("$.items[*].sequence").asArray().containsExactly(0, 1, 2);
                    assertThat(json).extractingPath("$.items[*].aggregateId").asArray().containsOnly(poisoned);
                    assertThat(json).extractingPath("$.items[*].applied").asArray().containsOnly(false);
                });
        assertThat(mvc.get().uri("/api/v1/admin/consumers/{group}/dlq", ProjectEventsConsumer.GROUP)
                .with(admin("tenant-" + UUID.randomUUID()))).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(0);

        // a later event of the parked project is parked as well
        publish(List.of(poisonedHistory.get(3)));
        awaitQuiescence();
        assertThat(deadLetters()).hasSize(4);

        // replaying before the fix changes nothing: the first entry fails again, the rest stays behind it
        assertThat(replay()).isEqualTo(Map.of("applied", 0, "skipped", 0, "failed", 4, "unparked", 0,
                "stillParked", List.of(poisoned)));
        assertThat(row(poisoned)).isNull();

        reset(reports);
        assertThat(replay()).isEqualTo(Map.of("applied", 4, "skipped", 0, "failed", 0, "unparked", 1,
                "stillParked", List.of()));
        CloudEvent last = poisonedHistory.get(3);
        assertThat(row(poisoned)).containsEntry("lastSequence", 3L).containsEntry("lastEventId", last.id());
        ProjectReportRow replayed = mongo.findById(poisoned, ProjectReportRow.class);
        assertThat(replayed.name()).isEqualTo(poisonedHistory.get(1).data().get("name").asText());
        assertThat(replayed.plannedFinish()).hasToString(poisonedHistory.get(2).data().get("plannedFinish").asText());
        assertThat(replayed.status()).hasToString(last.data().get("to").asText());
        assertThat(audit(poisoned)).extracting(entry -> entry.getString("_id"))
                .containsExactlyElementsOf(poisonedHistory.stream().map(CloudEvent::id).toList());

        // replaying again applies nothing; the project flows again
        assertThat(replay()).isEqualTo(Map.of("applied", 0, "skipped", 4, "failed", 0, "unparked", 0,
                "stillParked", List.of()));
        List<CloudEvent> more = history(tenant, poisoned, 6).subList(4, 6);
        publish(more);
        awaitQuiescence();
        assertThat(row(poisoned)).containsEntry("lastSequence", 5L);
        assertThat(deadLetters()).hasSize(4);
        assertThat(mvc.get().uri("/api/v1/admin/consumers/{group}/dlq", ProjectEventsConsumer.GROUP)
                .with(admin(tenant))).hasStatusOk().bodyJson().extractingPath("$.items[*].applied").asArray()
                .containsOnly(true);
    }

    @Test
    void aHandlerThatFailsOnceIsRetriedAndAppliesTheEventOnceWithoutADeadLetter() {
        String project = newProjectId();
        List<CloudEvent> events = history(tenant, project, 3);
        doThrow(new DataAccessResourceFailureException("report store briefly unavailable")).doCallRealMethod()
                .when(reports)
                .apply(argThat((ProjectEvent event) -> event != null && project.equals(event.projectId())), any());

        publish(events);
        awaitQuiescence();

        assertThat(row(project)).containsEntry("lastSequence", 2L).containsEntry("lastEventId", events.get(2).id());
        assertThat(audit(project)).extracting(entry -> entry.getString("_id"))
                .containsExactlyElementsOf(events.stream().map(CloudEvent::id).toList());
        assertThat(deadLetters()).isEmpty();
    }

    /**
     * The tenant's project settings share the topic but concern no project: they are audited under their own
     * aggregate and neither create a report row nor fail as a change of a project never created.
     */
    @Test
    void auditsTheTenantsProjectSettingsWithoutMakingThemAReportRow() {
        String settingsId = ProjectSettingsEvent.settingsIdOf(tenant);
        CloudEvent settings = ProjectEventsMother.cloudEvent(new ProjectSettingsChanged(settingsId, tenant,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of(LocalDate.of(2026, 12, 25)), List.of()), 0);
        String project = newProjectId();
        List<CloudEvent> events = history(tenant, project, 2);

        publish(List.of(settings, events.get(0), events.get(1)));
        awaitQuiescence();

        assertThat(audit(settingsId)).extracting(entry -> entry.getString("_id")).containsExactly(settings.id());
        assertThat(row(settingsId)).isNull();
        assertThat(mongo.count(Query.query(Criteria.where("tenantId").is(tenant)), ProjectReportRow.COLLECTION))
                .isEqualTo(1);
        assertThat(row(project)).containsEntry("lastSequence", 1L);
        assertThat(deadLetters()).isEmpty();
    }

    /**
     * The portfolio's events come on their own topic, its candidates' on the project topic, in no order between
     * the two: the roll-up sums the candidates' earned value and the audit trail keeps the portfolio's events;
     * publishing everything again changes neither.
     */
    @Test
    void buildsThePortfolioRollupFromBothTopicsAndAuditsThePortfolioEvents() {
        String portfolioId = PortfolioEventsMother.newPortfolioId();
        String first = newProjectId();
        String second = newProjectId();
        List<CloudEvent> portfolio = PortfolioEventsMother.history(List.of(
                PortfolioEventsMother.created(tenant, portfolioId, "Moonshots", "EUR"),
                PortfolioEventsMother.candidate(tenant, portfolioId, first, 2026),
                PortfolioEventsMother.candidate(tenant, portfolioId, second, 2027),
                PortfolioEventsMother.funding(tenant, portfolioId, second, "70000.00", LocalDate.of(2026, 12, 1))));
        List<CloudEvent> events = new ArrayList<>(EvmEventsMother.history(tenant, first));
        events.addAll(portfolio);
        events.addAll(EvmEventsMother.history(tenant, second));

        publish(events);
        awaitQuiescence();

        PortfolioRollup rollup = mongo.findById(portfolioId, PortfolioRollup.class);
        assertThat(rollup.evm()).isEqualTo(new PortfolioRollup.EvmTotals("EUR", new BigDecimal("6000.00"),
                new BigDecimal("3600.00"), new BigDecimal("3200.00"), new BigDecimal("1500.00"), 2, 0, List.of(),
                EvmEventsMother.STATUS_DATE, EvmEventsMother.STATUS_DATE));
        assertThat(rollup.rag()).isEqualTo(new PortfolioRollup.RagCounts(0, 2, 0, 0));
        assertThat(rollup.fiscalYears()).containsExactly(new PortfolioRollup.FiscalYear(2027, null,
                PortfolioEventsMother.eur("70000.00")));
        Document stored = mongo.findById(portfolioId, Document.class, PortfolioRollup.COLLECTION);
        assertThat(audit(portfolioId)).extracting(entry -> entry.getString("_id"))
                .containsExactlyElementsOf(portfolio.stream().map(CloudEvent::id).toList());

        publish(events);
        awaitQuiescence();

        assertThat(mongo.findById(portfolioId, Document.class, PortfolioRollup.COLLECTION)).isEqualTo(stored);
        assertThat(audit(portfolioId)).hasSize(portfolio.size());
        assertThat(deadLetters()).isEmpty();
    }

    /**
     * The resource context's events come on a topic of their own: every one is audited (the tenant's resource
     * settings too), the resource's weeks and its project's resource cost are built, a release takes its weeks
     * off, and publishing everything again changes nothing.
     */
    @Test
    void buildsUtilisationAndResourceCostsFromTheResourceTopicAndAuditsItsEvents() {
        String resource = ResourceEventsMother.newResourceId();
        String allocation = ResourceEventsMother.newAllocationId();
        String project = newProjectId();
        CloudEvent settings = ResourceEventsMother.settings(tenant, 0);
        List<CloudEvent> history = ResourceEventsMother.history(List.of(
                ResourceEventsMother.person(tenant, resource, "user-anna", "Developer"),
                ResourceEventsMother.requested(tenant, resource, allocation, project, ResourceEventsMother.WEEK_1,
                        LocalDate.of(2027, 3, 12)),
                ResourceEventsMother.confirmed(tenant, resource, allocation, project,
                        ResourceEventsMother.cost(ResourceEventsMother.WEEK_1, "20.00", "2000.00", "EUR"),
                        ResourceEventsMother.cost(ResourceEventsMother.WEEK_2, "20.00", "2000.00", "EUR")),
                ResourceEventsMother.utilization(tenant, resource,
                        ResourceEventsMother.load(ResourceEventsMother.WEEK_1, "40.00", "20.00", "0.00"),
                        ResourceEventsMother.load(ResourceEventsMother.WEEK_2, "40.00", "20.00", "0.00")),
                ResourceEventsMother.released(tenant, resource, allocation, project, ResourceEventsMother.WEEK_2),
                ResourceEventsMother.utilization(tenant, resource,
                        ResourceEventsMother.load(ResourceEventsMother.WEEK_2, "40.00", "0.00", "0.00"))));
        List<CloudEvent> events = new ArrayList<>(history);
        events.add(1, settings);

        publish(events);
        awaitQuiescence();

        UtilizationWeek first = mongo.findById(UtilizationWeek.idOf(resource, ResourceEventsMother.WEEK_1),
                UtilizationWeek.class);
        assertThat(first.utilization()).isEqualByComparingTo("0.5000");
        assertThat(first.userId()).isEqualTo("user-anna");
        assertThat(mongo.findById(UtilizationWeek.idOf(resource, ResourceEventsMother.WEEK_2), UtilizationWeek.class)
                .confirmedHours()).isEqualByComparingTo("0.00");
        assertThat(mongo.findById(resource, ResourceProfile.class).lastSequence()).isEqualTo(5);
        assertThat(mongo.findById(ResourceCostWeek.idOf(project, ResourceEventsMother.WEEK_1), ResourceCostWeek.class)
                .allocations()).containsOnlyKeys(allocation);
        assertThat(mongo.findById(ResourceCostWeek.idOf(project, ResourceEventsMother.WEEK_2), ResourceCostWeek.class)
                .allocations()).isEmpty();
        assertThat(audit(resource)).extracting(entry -> entry.getString("_id"))
                .containsExactlyElementsOf(history.stream().map(CloudEvent::id).toList());
        assertThat(audit(ResourceSettingsEvent.settingsIdOf(tenant))).extracting(entry -> entry.getString("_id"))
                .containsExactly(settings.id());
        Map<String, List<Document>> built = resourceReadModels();

        publish(events);
        awaitQuiescence();

        assertThat(resourceReadModels()).isEqualTo(built);
        assertThat(audit(resource)).hasSize(history.size());
        assertThat(mvc.get().uri("/api/v1/admin/consumers/{group}/dlq", ProjectEventsConsumer.GROUP)
                .with(admin(tenant))).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    /**
     * The risk context's events come on a topic of their own: each is audited, the project's and its portfolio's
     * heat maps count the open risks, and under a definition that counts one open HIGH risk as AMBER the project
     * and the portfolio's ratings follow the risk in and out; publishing everything again changes nothing.
     */
    @Test
    void buildsRiskHeatmapsFromTheRiskTopicAndRatesAProjectByItsOpenHighRisksUnderANewDefinition() {
        assertThat(mvc.put().uri("/api/v1/settings/reporting").with(admin(tenant))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"ragThresholds": {"spiAmberBelow": 0.95, "spiRedBelow": 0.85, "cpiAmberBelow": 0.95,
                         "cpiRedBelow": 0.85, "missedMilestonesAmberFrom": 1, "missedMilestonesRedFrom": 2,
                         "highRisksAmberFrom": 1}}""")).hasStatusOk();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(tenant + "|1", RagDefinitionVersion.class) != null);
        String project = newProjectId();
        String portfolioId = PortfolioEventsMother.newPortfolioId();
        String high = RiskEventsMother.newRiskId();
        String low = RiskEventsMother.newRiskId();
        List<CloudEvent> events = new ArrayList<>(List.of(ProjectEventsMother.cloudEvent(
                ProjectEventsMother.created(tenant, project, "Apollo"), 0)));
        events.addAll(PortfolioEventsMother.history(List.of(
                PortfolioEventsMother.created(tenant, portfolioId, "Moonshots", "EUR"),
                PortfolioEventsMother.candidate(tenant, portfolioId, project, 2026))));
        List<CloudEvent> highRisk = List.of(
                RiskEventsMother.cloudEvent(RiskEventsMother.onProject(tenant, high, project), 0),
                RiskEventsMother.cloudEvent(RiskEventsMother.assessed(tenant, high, AssessmentKind.INHERENT, 4, 4,
                        "800.00"), 1),
                RiskEventsMother.cloudEvent(RiskEventsMother.escalated(tenant, high), 2));
        events.addAll(highRisk);
        events.addAll(List.of(
                RiskEventsMother.cloudEvent(RiskEventsMother.onProject(tenant, low, project), 0),
                RiskEventsMother.cloudEvent(RiskEventsMother.assessed(tenant, low, AssessmentKind.INHERENT, 1, 2,
                        "50.00"), 1)));

        publish(events);
        awaitQuiescence();

        Document rag = row(project).get("computedRag", Document.class);
        assertThat(rag.getLong("definitionVersion")).isEqualTo(1L);
        assertThat(rag.getString("risks")).isEqualTo("AMBER");
        assertThat(rag.getString("overall")).isEqualTo("AMBER");
        RiskHeatmap projectMap = mongo.findById(RiskHeatmap.idOf(RiskHeatmap.Scope.PROJECT, project),
                RiskHeatmap.class);
        assertThat(projectMap.openRisks()).isEqualTo(2);
        assertThat(projectMap.highRisks()).isEqualTo(1);
        assertThat(projectMap.exposure()).containsExactly(PortfolioEventsMother.eur("850.00"));
        assertThat(mongo.findById(RiskHeatmap.idOf(RiskHeatmap.Scope.PORTFOLIO, portfolioId), RiskHeatmap.class)
                .cells()).isEqualTo(projectMap.cells());
        assertThat(mongo.findById(portfolioId, PortfolioRollup.class).rag())
                .isEqualTo(new PortfolioRollup.RagCounts(0, 1, 0, 0));
        assertThat(audit(high)).extracting(entry -> entry.getString("_id"))
                .containsExactlyElementsOf(highRisk.stream().map(CloudEvent::id).toList());

        CloudEvent closed = RiskEventsMother.cloudEvent(RiskEventsMother.closed(tenant, high), 3);
        events.add(closed);
        publish(List.of(closed));
        awaitQuiescence();

        assertThat(row(project).get("computedRag", Document.class).getString("overall")).isEqualTo("GREEN");
        assertThat(mongo.findById(RiskHeatmap.idOf(RiskHeatmap.Scope.PORTFOLIO, portfolioId), RiskHeatmap.class)
                .highRisks()).isZero();
        assertThat(mongo.findById(portfolioId, PortfolioRollup.class).rag())
                .isEqualTo(new PortfolioRollup.RagCounts(1, 0, 0, 0));
        Document stored = row(project);
        List<Document> maps = heatmaps();

        publish(events);
        awaitQuiescence();

        assertThat(row(project)).isEqualTo(stored);
        assertThat(heatmaps()).isEqualTo(maps);
        assertThat(audit(high)).hasSize(highRisk.size() + 1);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void answersAnUnknownConsumerGroupAsNotFound() {
        assertThat(mvc.post().uri("/api/v1/admin/consumers/{group}/dlq/replay", "no-such-group")
                .with(admin(tenant))).hasStatus(404);
    }

    private Map<String, Object> replay() {
        var result = mvc.post().uri("/api/v1/admin/consumers/{group}/dlq/replay", ProjectEventsConsumer.GROUP)
                .with(admin(tenant)).exchange();
        assertThat(result).hasStatusOk();
        try {
            JsonNode json = PmoJson.mapper().readTree(result.getResponse().getContentAsByteArray());
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String count : List.of("applied", "skipped", "failed", "unparked")) {
                counts.put(count, json.get(count).asInt());
            }
            List<String> stillParked = new ArrayList<>();
            json.get("stillParked").forEach(node -> stillParked.add(node.asText()));
            counts.put("stillParked", stillParked);
            return counts;
        }
        catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }

    /**
     * A project id that Kafka's default partitioner puts in the same partition as {@code projectId}, so the test
     * shows that the partition keeps moving past a poisoned project, not only that other partitions do.
     */
    private static String projectInPartitionOf(String projectId) {
        String candidate;
        do {
            candidate = newProjectId();
        }
        while (partition(candidate) != partition(projectId));
        return candidate;
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    /** Per project in order, projects interleaved at random, as the topic's partitions would carry them. */
    private static List<CloudEvent> interleave(List<List<CloudEvent>> histories, Random random) {
        List<CloudEvent> stream = new ArrayList<>();
        List<Integer> next = new ArrayList<>(Collections.nCopies(histories.size(), 0));
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            int pick = open.get(random.nextInt(open.size()));
            stream.add(histories.get(pick).get(next.get(pick)));
            next.set(pick, next.get(pick) + 1);
            if (next.get(pick) == histories.get(pick).size()) {
                open.remove(Integer.valueOf(pick));
            }
        }
        return stream;
    }

    private void publish(List<CloudEvent> events) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new ByteArraySerializer());
        try {
            KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory);
            for (CloudEvent event : events) {
                String topic = switch (event.source()) {
                    case "/pmo/portfolio-service" -> PortfolioEventsMother.TOPIC;
                    case "/pmo/resource-service" -> ResourceEventsMother.TOPIC;
                    case "/pmo/risk-service" -> RiskEventsMother.TOPIC;
                    default -> TOPIC;
                };
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), event.toBytes());
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                template.send(record).join();
            }
        }
        finally {
            factory.destroy();
        }
    }

    private void awaitQuiescence() {
        Quiescence.await(Duration.ofSeconds(60), KafkaProbes.consumerLag(kafka.getBrokersAsString(),
                ProjectEventsConsumer.GROUP, TOPIC, PortfolioEventsMother.TOPIC, ResourceEventsMother.TOPIC,
                RiskEventsMother.TOPIC));
    }

    /** The tenant's read models as raw documents, each collection in id order. */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        for (String collection : List.of(ProjectReportRow.COLLECTION, AuditEntry.COLLECTION, EvmInputs.COLLECTION,
                RagResult.COLLECTION)) {
            models.put(collection, mongo.find(Query.query(Criteria.where("tenantId").is(tenant))
                    .with(Sort.by("_id")), Document.class, collection));
        }
        return models;
    }

    /** The tenant's resource read models as raw documents, each collection in id order. */
    private Map<String, List<Document>> resourceReadModels() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        for (String collection : List.of(UtilizationWeek.COLLECTION, ResourceProfile.COLLECTION,
                AllocationCost.COLLECTION, ResourceCostWeek.COLLECTION, AuditEntry.COLLECTION)) {
            models.put(collection, mongo.find(Query.query(Criteria.where("tenantId").is(tenant))
                    .with(Sort.by("_id")), Document.class, collection));
        }
        return models;
    }

    /**
     * The tenant's heat maps without what a redelivery may move on its own: when an input was last marked changed
     * and how often (a redelivered risk marks its maps again, then counts the same figures).
     */
    private List<Document> heatmaps() {
        return mongo.find(Query.query(Criteria.where("tenantId").is(tenant)).with(Sort.by("_id")), Document.class,
                RiskHeatmap.COLLECTION).stream().peek(map -> {
                    map.remove("updatedAt");
                    map.remove("inputsVersion");
                }).toList();
    }

    private Document row(String projectId) {
        return mongo.findById(projectId, Document.class, ProjectReportRow.COLLECTION);
    }

    private List<Document> audit(String projectId) {
        return mongo.find(Query.query(Criteria.where("aggregateId").is(projectId)).with(Sort.by("aggregateSequence")),
                Document.class, AuditEntry.COLLECTION);
    }

    /** This tenant's records of the dead-letter topic, in order per partition (the project's order). */
    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DLQ, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(DLQ, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return records.stream().filter(record -> tenant.equals(header(record, "pmo-dlq-tenant"))).toList();
        }
    }

    private Config deadLetterTopicConfig() {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, DLQ);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            return admin.describeConfigs(List.of(topic)).all().get().get(topic);
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A validated token of a PMO admin of this tenant, mapped by the platform's own converter. */
    private static RequestPostProcessor admin(String tenantId) {
        return jwt().jwt(token -> token.subject("admin-1").claim("tenant", tenantId).claim("roles", List.of("PMO_ADMIN")))
                .authorities(token -> new PmoJwtAuthenticationConverter().convert(token).getAuthorities());
    }
}
