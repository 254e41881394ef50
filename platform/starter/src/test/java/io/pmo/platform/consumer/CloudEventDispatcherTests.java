package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.DLQ;
import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.OTHER_TENANT;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.TOPIC;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.event;
import static io.pmo.platform.consumer.ConsumerMother.history;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static io.pmo.platform.consumer.ConsumerMother.record;
import static io.pmo.platform.consumer.ConsumerMother.renamed;
import static io.pmo.platform.consumer.ConsumerMother.widgetRenamedV1;
import static io.pmo.platform.consumer.ConsumerMother.withType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.platform.messaging.Hops;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.sample.WidgetRenamed;
import io.pmo.platform.consumer.CloudEventDispatcher.Outcome;
import io.pmo.platform.consumer.ConsumerMother.DeadLetterTopics;

/**
 * The toolkit's handling of records without a broker: dedupe, dead-lettering with reasons, parking per
 * aggregate, revisions, and the replay of a dead-letter topic (kept in memory).
 */
class CloudEventDispatcherTests {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String NAMES = "project_names";

    /** The read model of these tests: a project's name. */
    @org.springframework.data.mongodb.core.mapping.Document(NAMES)
    record ProjectName(String id, String tenantId, String name) {
    }

    private final MongoTemplate mongo = MONGO.database("consumer");

    /** Handler calls as "aggregate@sequence", in order. */
    private final List<String> handled = new ArrayList<>();

    /** Aggregates whose handler throws, as a broken read-model store would. */
    private final Set<String> failing = new HashSet<>();

    private final List<WidgetRenamed> widgets = new ArrayList<>();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private DeadLetterTopics topics;

    private ParkedAggregates parked;

    private CloudEventDispatcher dispatcher;

    private DeadLetterQueues queues;

    private long offset;

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @BeforeEach
    void freshConsumer() {
        MONGO.reset();
        topics = new DeadLetterTopics();
        parked = new ParkedAggregates(mongo, ConsumerMother.CLOCK);
        dispatcher = dispatcher(mongo);
        queues = new DeadLetterQueues(List.of(dispatcher), topics.deadLetters(), parked);
    }

    /** Project names in {@code projects}, written through the per-document guard; widgets recorded. */
    private CloudEventDispatcher dispatcher(MongoTemplate store) {
        CloudEventConsumer consumer = CloudEventConsumer.group(GROUP).topic(TOPIC)
                .on(ProjectCreated.class, (event, received) -> {
                    check(received);
                    SourceGuard.upsert(store, ProjectName.class, event.projectId(),
                            new Update().set("name", event.name()).set("tenantId", event.tenantId()), received);
                })
                .on(ProjectRenamed.class, (event, received) -> {
                    check(received);
                    SourceGuard.update(store, ProjectName.class, event.projectId(), new Update().set("name", event.name()),
                            received);
                })
                .on(WidgetRenamed.class, (event, received) -> widgets.add(event))
                .build();
        return new CloudEventDispatcher(consumer, ConsumerMother.types(),
                new ConsumerPositions(store, ConsumerMother.CLOCK), new ParkedAggregates(store, ConsumerMother.CLOCK),
                topics.deadLetters(), meters);
    }

    private void check(ReceivedEvent<?> received) {
        if (failing.contains(received.aggregateId())) {
            throw new IllegalStateException("store refuses " + received.aggregateId());
        }
        handled.add(received.aggregateId() + "@" + received.sequence());
    }

    /** Redeliveries one record at a time (a batch of one) and in batches of up to twelve. */
    @ParameterizedTest
    @ValueSource(ints = { 1, 12 })
    void redeliveriesAnywhereInTheStreamLeaveTheReadModelAsOneCleanPassBuiltIt(int maxBatch) {
        Random random = new Random(7 + maxBatch);
        List<CloudEvent> clean = new ArrayList<>();
        List<List<CloudEvent>> histories = new ArrayList<>();
        for (int project = 0; project < 10; project++) {
            histories.add(history(TENANT, newId(), 3 + random.nextInt(4)));
        }
        while (histories.stream().anyMatch(h -> !h.isEmpty())) {
            List<CloudEvent> next = histories.get(random.nextInt(histories.size()));
            if (!next.isEmpty()) {
                clean.add(next.remove(0));
            }
        }
        List<CloudEvent> noisy = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            noisy.add(clean.get(i));
            if (random.nextInt(10) < 3) {
                // the same event again: in the same batch or a later one
                noisy.add(clean.get(random.nextInt(i + 1)));
            }
        }
        MongoTemplate cleanStore = MONGO.database("clean");
        CloudEventDispatcher cleanPass = dispatcher(cleanStore);
        clean.forEach(event -> cleanPass.onMessage(record(event, offset++)));
        List<String> cleanCalls = List.copyOf(handled);
        handled.clear();

        List<Outcome> outcomes = new ArrayList<>();
        for (int from = 0; from < noisy.size();) {
            int to = Math.min(noisy.size(), from + 1 + random.nextInt(maxBatch));
            outcomes.addAll(dispatcher.onBatch(noisy.subList(from, to).stream()
                    .map(event -> record(event, offset++)).toList()));
            from = to;
        }

        assertThat(handled).isEqualTo(cleanCalls);
        assertThat(outcomes).filteredOn(Outcome.SKIPPED_DUPLICATE::equals).hasSize(noisy.size() - clean.size());
        assertThat(mongo.findAll(Document.class, NAMES)).isEqualTo(cleanStore.findAll(Document.class, NAMES));
        assertThat(mongo.findAll(Document.class, ConsumerPositions.COLLECTION)).extracting(p -> p.get("lastSequence"))
                .containsExactlyInAnyOrderElementsOf(cleanStore.findAll(Document.class, ConsumerPositions.COLLECTION)
                        .stream().map(p -> p.get("lastSequence")).toList());
        assertThat(topics.sent()).isEmpty();
    }

    @Test
    void aFailingRecordInABatchIsNamedForTheRetryWithThePositionsBeforeItWrittenAndNothingAfterItApplied() {
        String before = newId();
        String poisoned = newId();
        String after = newId();
        failing.add(poisoned);
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(created(TENANT, before, 0), 1),
                record(renamed(TENANT, before, 1), 2), record(created(TENANT, poisoned, 0), 3),
                record(created(TENANT, after, 0), 4));

        assertThatThrownBy(() -> dispatcher.onBatch(batch)).isInstanceOfSatisfying(BatchListenerFailedException.class,
                ex -> {
                    assertThat(ex.getIndex()).isEqualTo(2);
                    assertThat(ex).hasCauseInstanceOf(IllegalStateException.class);
                });

        assertThat(handled).containsExactly(before + "@0", before + "@1");
        assertThat(dispatcher.isApplied(before, 1)).isTrue();
        assertThat(dispatcher.isApplied(poisoned, 0)).isFalse();
        assertThat(dispatcher.isApplied(after, 0)).isFalse();

        // the container commits the first two and fetches the rest again; the store has healed
        failing.clear();
        assertThat(dispatcher.onBatch(batch.subList(2, 4))).containsExactly(Outcome.APPLIED, Outcome.APPLIED);
        assertThat(dispatcher.onBatch(batch)).containsOnly(Outcome.SKIPPED_DUPLICATE);
        assertThat(handled).containsExactly(before + "@0", before + "@1", poisoned + "@0", after + "@0");
    }

    @Test
    void aBatchsPositionsNeverMoveBackwards() {
        String ahead = newId();
        String fresh = newId();
        ConsumerPositions positions = new ConsumerPositions(mongo, ConsumerMother.CLOCK);
        positions.markApplied(GROUP, ReceivedEvent.of(GROUP, renamed(TENANT, ahead, 5), null));

        positions.markApplied(GROUP, List.of(ReceivedEvent.of(GROUP, renamed(TENANT, ahead, 3), null),
                ReceivedEvent.of(GROUP, renamed(TENANT, fresh, 1), null)));

        assertThat(positions.lastApplied(GROUP, List.of(ahead, fresh, newId())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(ahead, 5L, fresh, 1L));
    }

    @Test
    void deadLettersARecordThatIsNotACloudEventWithItsReasonKeyValueAndHeadersWithoutParkingItsKey() {
        String project = newId();
        ConsumerRecord<String, byte[]> garbage = record(project, "not json".getBytes(StandardCharsets.UTF_8), 41);

        assertThat(dispatcher.onMessage(garbage)).isEqualTo(Outcome.DEAD_LETTERED);

        assertThat(topics.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.topic()).isEqualTo(DLQ);
            assertThat(sent.key()).isEqualTo(project);
            assertThat(sent.value()).isEqualTo("not json".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(topics.header(0, DeadLetters.REASON)).startsWith("Not a CloudEvent: not JSON");
        assertThat(topics.header(0, DeadLetters.EXCEPTION)).isEqualTo(UnhandleableEventException.class.getName());
        assertThat(topics.header(0, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(topics.header(0, DeadLetters.ORIGINAL_PARTITION)).isEqualTo("1");
        assertThat(topics.header(0, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("41");
        assertThat(topics.header(0, DeadLetters.GROUP)).isEqualTo(GROUP);
        assertThat(topics.header(0, DeadLetters.TIME)).isEqualTo(ConsumerMother.CLOCK.instant().toString());
        assertThat(topics.header(0, "content-type")).isEqualTo(CloudEvent.CONTENT_TYPE);
        assertThat(dispatcher.onMessage(record(created(TENANT, project, 0), 42)))
                .as("its key is not parked: nothing says which aggregate and tenant the bytes belong to")
                .isEqualTo(Outcome.APPLIED);
    }

    /** Record by record, and as one batch (the parked aggregate's later event is in the batch that parked it). */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void deadLettersAnUnknownTypeAndParksTheLaterEventsOfItsAggregateWhileOthersFlow(boolean oneBatch) {
        String poisoned = newId();
        String healthy = newId();
        CloudEvent unknown = withType("io.pmo.project.ProjectTeleported.v1", TENANT, poisoned, 0,
                PmoJson.mapper().createObjectNode());
        List<ConsumerRecord<String, byte[]>> records = List.of(record(unknown, 1), record(created(TENANT, healthy, 0), 2),
                record(renamed(TENANT, poisoned, 1), 3), record(renamed(TENANT, healthy, 1), 4));

        List<Outcome> outcomes = oneBatch ? dispatcher.onBatch(records)
                : records.stream().map(dispatcher::onMessage).toList();

        assertThat(outcomes).containsExactly(Outcome.DEAD_LETTERED, Outcome.APPLIED, Outcome.PARKED, Outcome.APPLIED);
        assertThat(meters.counter("pmo.consumer.records", "group", GROUP, "outcome", "dead_lettered").count()).isEqualTo(1);
        assertThat(meters.counter("pmo.consumer.records", "group", GROUP, "outcome", "parked").count()).isEqualTo(1);
        assertThat(meters.counter("pmo.consumer.records", "group", GROUP, "outcome", "applied").count()).isEqualTo(2);
        assertThat(handled).containsExactly(healthy + "@0", healthy + "@1");
        assertThat(topics.header(0, DeadLetters.REASON)).isEqualTo("Unknown event type io.pmo.project.ProjectTeleported.v1");
        assertThat(topics.header(0, DeadLetters.EVENT_ID)).isEqualTo(unknown.id());
        assertThat(topics.header(0, DeadLetters.AGGREGATE)).isEqualTo(poisoned);
        assertThat(topics.header(0, DeadLetters.SEQUENCE)).isEqualTo("0");
        assertThat(topics.header(0, DeadLetters.TENANT)).isEqualTo(TENANT);
        assertThat(topics.header(1, DeadLetters.REASON)).isEqualTo("parked behind " + unknown.id());
        assertThat(topics.header(1, DeadLetters.EXCEPTION)).isNull();
    }

    @Test
    void deadLettersANewerRevisionAndDataThatDoesNotFitItsType() {
        CloudEvent newer = withType("io.pmo.project.ProjectRenamed.v2", TENANT, newId(), 1,
                PmoJson.mapper().createObjectNode());
        CloudEvent unfit = withType("io.pmo.project.ProjectCreated.v1", TENANT, newId(), 0,
                PmoJson.mapper().createObjectNode().put("plannedStart", "soon"));

        assertThat(dispatcher.onMessage(record(newer, 1))).isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(dispatcher.onMessage(record(unfit, 2))).isEqualTo(Outcome.DEAD_LETTERED);

        assertThat(topics.header(0, DeadLetters.REASON)).contains("is newer than this service knows (v1)");
        assertThat(topics.header(1, DeadLetters.REASON)).startsWith("The data does not fit io.pmo.project.ProjectCreated.v1");
        assertThat(handled).isEmpty();
    }

    @Test
    void timesEachHopOfAnAppliedEventFromThePublishersStampToTheOffsetCommit() {
        ConsumerRecord<String, byte[]> stamped = record(created(TENANT, newId(), 0), 1);
        Hops.stampPublishedAt(stamped.headers(), java.time.Instant.now().minusMillis(250));
        ConsumerRecord<String, byte[]> unstamped = record(created(TENANT, newId(), 0), 2);

        dispatcher.onMessage(stamped);
        new CommitHopInterceptor().onCommit(java.util.Map.of());
        CommitHopInterceptor interceptor = new CommitHopInterceptor();
        interceptor.configure(java.util.Map.of(CommitHopInterceptor.DISPATCHER, dispatcher));
        interceptor.onCommit(java.util.Map.of());
        dispatcher.onMessage(unstamped);
        dispatcher.onMessage(unstamped);

        assertThat(hop("kafka_to_consumer").count()).as("only the stamped record").isEqualTo(1);
        assertThat(hop("kafka_to_consumer").totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isGreaterThanOrEqualTo(250);
        assertThat(hop("read_model_write").count()).as("applied twice, the redelivery skipped").isEqualTo(2);
        assertThat(hop("offset_commit").count()).as("the first record's commit").isEqualTo(1);
        interceptor.onCommit(java.util.Map.of());
        interceptor.onCommit(java.util.Map.of());
        assertThat(hop("offset_commit").count()).as("once per applied record, not per commit").isEqualTo(2);
        assertThat(meters.get("pmo.consumer.lag").tag("group", GROUP).timer().count()).isEqualTo(2);
    }

    private io.micrometer.core.instrument.Timer hop(String hop) {
        return meters.get("pmo.consumer.hop").tag("group", GROUP).tag("hop", hop).timer();
    }

    @Test
    void acknowledgesAnEventWithoutHandlerButCountsItsSequence() {
        String project = newId();
        dispatcher.onMessage(record(created(TENANT, project, 0), 1));
        CloudEvent approved = event(TENANT, project, 1,
                new ProjectStatusChanged(project, TENANT, ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));

        assertThat(dispatcher.onMessage(record(approved, 2))).isEqualTo(Outcome.SKIPPED_NO_HANDLER);
        assertThat(dispatcher.onMessage(record(approved, 3))).isEqualTo(Outcome.SKIPPED_DUPLICATE);
        assertThat(dispatcher.isApplied(project, 1)).isTrue();
        assertThat(topics.sent()).isEmpty();
    }

    @Test
    void handsTheHandlerAnOlderRevisionUpcastWithTheMessageAsPublished() {
        List<ReceivedEvent<?>> received = new ArrayList<>();
        CloudEventConsumer consumer = CloudEventConsumer.group(GROUP).topic(TOPIC)
                .on(WidgetRenamed.class, (event, metadata) -> received.add(metadata)).build();
        CloudEventDispatcher widgets = new CloudEventDispatcher(consumer, ConsumerMother.types(),
                new ConsumerPositions(mongo, ConsumerMother.CLOCK), parked, topics.deadLetters(), meters);
        CloudEvent v1 = widgetRenamedV1(TENANT, "w-1", 4, "Sprocket");

        assertThat(widgets.onMessage(record(v1, 1))).isEqualTo(Outcome.APPLIED);

        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo(new WidgetRenamed("w-1", TENANT, "Sprocket", "unlabelled"));
            assertThat(event.type()).isEqualTo("io.pmo.sample.WidgetRenamed.v1");
            assertThat(event.data()).isEqualTo(v1.data());
            assertThat(event).extracting(ReceivedEvent::consumerGroup, ReceivedEvent::id, ReceivedEvent::tenantId,
                    ReceivedEvent::principal, ReceivedEvent::correlationId, ReceivedEvent::causationId,
                    ReceivedEvent::aggregateId, ReceivedEvent::sequence, ReceivedEvent::time)
                    .containsExactly(GROUP, v1.id(), TENANT, v1.principal(), v1.correlationid(), v1.causationid(),
                            "w-1", 4L, v1.time());
        });
    }

    @Test
    void aHandlerThatKeepsFailingIsDeadLetteredWithItsExceptionAndParksItsAggregate() {
        String project = newId();
        failing.add(project);
        ConsumerRecord<String, byte[]> record = record(created(TENANT, project, 0), 7);

        assertThatThrownBy(() -> dispatcher.onMessage(record)).isInstanceOf(BatchListenerFailedException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        dispatcher.recover(record, new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("store refuses " + project)));

        assertThat(topics.header(0, DeadLetters.REASON)).isEqualTo("java.lang.IllegalStateException: store refuses " + project);
        assertThat(topics.header(0, DeadLetters.EXCEPTION)).isEqualTo("java.lang.IllegalStateException");
        assertThat(parked.blockingEvent(GROUP, project)).isEqualTo(topics.header(0, DeadLetters.EVENT_ID));
        assertThat(dispatcher.isApplied(project, 0)).isFalse();
    }

    @Test
    void replayAfterTheFixAppliesTheParkedEventsInOrderOnceAndTheAggregateFlowsAgain() {
        String project = newId();
        List<CloudEvent> events = history(TENANT, project, 4);
        poison(project, events.subList(0, 3));
        failing.remove(project);

        assertThat(queues.replay(GROUP, TENANT)).isEqualTo(new DeadLetterQueues.ReplayResult(3, 0, 0, 1, List.of()));
        assertThat(handled).containsExactly(project + "@0", project + "@1", project + "@2");
        assertThat(queues.replay(GROUP, TENANT)).isEqualTo(new DeadLetterQueues.ReplayResult(0, 3, 0, 0, List.of()));
        assertThat(dispatcher.onMessage(record(events.get(3), offset++))).isEqualTo(Outcome.APPLIED);
        assertThat(handled).containsExactly(project + "@0", project + "@1", project + "@2", project + "@3");
        assertThat(mongo.findById(project, Document.class, NAMES).getString("name")).isEqualTo("n3");
    }

    @Test
    void replayKeepsAnAggregateParkedWhileItsFirstEntryStillFails() {
        String project = newId();
        poison(project, history(TENANT, project, 3));

        assertThat(queues.replay(GROUP, TENANT))
                .isEqualTo(new DeadLetterQueues.ReplayResult(0, 0, 3, 0, List.of(project)));
        assertThat(handled).isEmpty();
        assertThat(dispatcher.onMessage(record(renamed(TENANT, project, 3), offset++))).isEqualTo(Outcome.PARKED);
    }

    @Test
    void listsAndReplaysOnlyTheCallersTenant() {
        String ours = newId();
        String theirs = newId();
        poison(ours, history(TENANT, ours, 2));
        poison(theirs, history(OTHER_TENANT, theirs, 3));
        failing.clear();

        var page = queues.list(GROUP, TENANT, 0, 50);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(DeadLetterQueues.Entry::aggregateId).containsOnly(ours);
        assertThat(page.items()).extracting(DeadLetterQueues.Entry::sequence).containsExactly(0L, 1L);
        assertThat(page.items().get(0).reason()).isEqualTo("java.lang.IllegalStateException: store refuses " + ours);
        assertThat(page.items().get(1).reason()).isEqualTo("parked behind " + page.items().get(0).eventId());
        assertThat(page.items()).extracting(DeadLetterQueues.Entry::dlqTopic).containsOnly(DLQ);
        assertThat(queues.list(GROUP, TENANT, 1, 1).items()).extracting(DeadLetterQueues.Entry::sequence).containsExactly(1L);

        assertThat(queues.replay(GROUP, TENANT)).isEqualTo(new DeadLetterQueues.ReplayResult(2, 0, 0, 1, List.of()));
        assertThat(handled).containsExactly(ours + "@0", ours + "@1");
        assertThat(queues.list(GROUP, TENANT, 0, 50).items()).extracting(DeadLetterQueues.Entry::applied).containsOnly(true);
        assertThat(queues.list(GROUP, OTHER_TENANT, 0, 50).items()).extracting(DeadLetterQueues.Entry::applied)
                .containsOnly(false);
        assertThat(parked.blockingEvent(GROUP, theirs)).isNotNull();
    }

    @Test
    void replayLeavesAnAggregateParkedIfAnotherOfItsMessagesWasParkedWhileItRan() {
        String project = newId();
        poison(project, history(TENANT, project, 2));
        failing.remove(project);
        CloudEventDispatcher racing = new CloudEventDispatcher(CloudEventConsumer.group(GROUP).topic(TOPIC)
                .on(ProjectCreated.class, (event, received) -> parked.park(GROUP, project, TENANT, newId(),
                        "parked behind a replay in progress"))
                .build(), ConsumerMother.types(), new ConsumerPositions(mongo, ConsumerMother.CLOCK), parked,
                topics.deadLetters(), meters);

        var result = new DeadLetterQueues(List.of(racing), topics.deadLetters(), parked).replay(GROUP, TENANT);

        assertThat(result.unparked()).isZero();
        assertThat(result.stillParked()).containsExactly(project);
        assertThat(parked.blockingEvent(GROUP, project)).isNotNull();
    }

    /** Makes the aggregate's handler fail: the first event is dead-lettered after the retries, the rest parked. */
    private void poison(String aggregateId, List<CloudEvent> events) {
        failing.add(aggregateId);
        for (CloudEvent event : events) {
            ConsumerRecord<String, byte[]> record = record(event, offset++);
            try {
                dispatcher.onMessage(record);
            }
            catch (BatchListenerFailedException ex) {
                dispatcher.recover(record, new ListenerExecutionFailedException("listener failed", ex));
            }
        }
        assertThat(mongo.count(new Query(), Document.class, ParkedAggregates.COLLECTION)).isPositive();
    }
}
