package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.TOPIC;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.event;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static io.pmo.platform.consumer.ConsumerMother.renamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.platform.consumer.ConsumerMother.DeadLetterTopics;
import io.pmo.platform.consumer.RebuildProgress.State;

/**
 * A read-model rebuild against the MongoDB-wire server and a topic in memory: it rebuilds into shadow collections,
 * swaps them over the live ones (repairing a damaged document), catches up with the live group while its listeners
 * are paused, and fails, leaving the live model as it was, on a record its handlers reject or on a handler that
 * writes a collection its group did not declare.
 */
class ReadModelRebuildTests {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String NAMES = "rebuild_project_names";

    private static final String STRAY = "rebuild_stray";

    /** The read model of these tests: a project's name. */
    @org.springframework.data.mongodb.core.mapping.Document(NAMES)
    record ProjectName(String id, String tenantId, String name) {
    }

    /** A collection a careless handler writes without its group declaring it. */
    @org.springframework.data.mongodb.core.mapping.Document(STRAY)
    record Stray(String id) {
    }

    private final RoutingMongoTemplate mongo = MONGO.routing("rebuild");

    private final RebuildMother.Topic topic = new RebuildMother.Topic();

    private final RebuildMother.Listeners listeners = new RebuildMother.Listeners();

    private ConsumerPositions positions;

    private CloudEventDispatcher live;

    /** The threads that applied each partition's records. */
    private final Map<Integer, Set<String>> appliedBy = new ConcurrentHashMap<>();

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @BeforeEach
    void freshStore() {
        MONGO.reset();
        positions = new ConsumerPositions(mongo, ConsumerMother.CLOCK);
        live = dispatcher(false);
    }

    /** Names through the per-document guard; a rename to "poison" is rejected; optionally a stray write. */
    private CloudEventDispatcher dispatcher(boolean stray) {
        CloudEventConsumer consumer = CloudEventConsumer.group(GROUP).topic(TOPIC)
                .on(ProjectEvent.class, (event, received) -> appliedBy.computeIfAbsent(
                        RebuildMother.Topic.partitionOf(event.projectId()), any -> ConcurrentHashMap.newKeySet())
                        .add(Thread.currentThread().getName()))
                .on(ProjectCreated.class, (event, received) -> SourceGuard.upsert(mongo, ProjectName.class,
                        event.projectId(), new Update().set("name", event.name()).set("tenantId", event.tenantId()),
                        received))
                .on(ProjectRenamed.class, (event, received) -> {
                    if (event.name().equals("poison")) {
                        throw new IllegalArgumentException("a name the read model refuses");
                    }
                    if (stray) {
                        mongo.save(new Stray(event.projectId()));
                    }
                    SourceGuard.update(mongo, ProjectName.class, event.projectId(),
                            new Update().set("name", event.name()), received);
                })
                .readModels(NAMES)
                .build();
        return new CloudEventDispatcher(consumer, ConsumerMother.types(), positions,
                new ParkedAggregates(mongo, ConsumerMother.CLOCK), new DeadLetterTopics().deadLetters(),
                new SimpleMeterRegistry());
    }

    @Test
    void rebuildsIntoFreshCollectionsAndSwapsThemOverTheLiveOnesRepairingADamagedDocument() {
        List<String> projects = publishAndApply(4, 3);
        List<Document> before = names();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(projects.get(0))), new Update().set("name", "damaged"),
                NAMES);
        assertThat(names()).isNotEqualTo(before);

        RebuildProgress done = rebuild(live);

        assertThat(done.state()).isEqualTo(State.SWAPPED);
        assertThat(done.eventsDone()).isEqualTo(12).isEqualTo(done.eventsTotal());
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.eta()).isNull();
        assertThat(names()).isEqualTo(before);
        assertThat(done.collections()).containsOnlyKeys(NAMES);
        assertThat(mongo.getCollectionNames()).noneMatch(name -> name.contains(ReadModelRebuild.SHADOW));
        assertThat(listeners.calls).containsExactly("pause " + GROUP, "resume " + GROUP);
        assertThat(positions.lastApplied(GROUP, projects.get(0))).isEqualTo(2);
    }

    @Test
    void appliesEachPartitionOnOneWorkerOfItsOwnAndBuildsWhatOneWorkerBuilds() {
        publishAndApply(20, 3);
        List<Document> live = names();
        appliedBy.clear();

        assertThat(rebuild(this.live, 1).state()).isEqualTo(State.SWAPPED);
        assertThat(names()).isEqualTo(live);
        assertThat(appliedBy.values()).flatExtracting(threads -> threads).containsOnly("main");
        appliedBy.clear();

        assertThat(rebuild(this.live, 2).state()).isEqualTo(State.SWAPPED);
        assertThat(names()).isEqualTo(live);
        assertThat(appliedBy).as("partition -> the threads that applied its records").hasSize(2)
                .allSatisfy((partition, threads) -> assertThat(threads).hasSize(1));
        assertThat(appliedBy.values()).flatExtracting(threads -> threads).doesNotHaveDuplicates()
                .allSatisfy(thread -> assertThat(thread).startsWith("pmo-rebuild-" + GROUP + "-"));
    }

    @Test
    void catchesUpWithWhatTheLiveGroupAppliedWhileItsListenersArePaused() {
        List<String> projects = publishAndApply(2, 2);
        listeners.whilePaused = () -> {
            // the live group moved on during the replay: two more events, applied and committed
            List<ConsumerRecord<String, byte[]>> late = new ArrayList<>();
            for (String project : projects) {
                ConsumerRecord<String, byte[]> record = topic.publish(renamed(TENANT, project, 2));
                live.onMessage(record);
                late.add(record);
            }
            topic.commitAll();
            topic.deliverLater(late);
        };

        RebuildProgress done = rebuild(live);

        assertThat(done.state()).isEqualTo(State.SWAPPED);
        assertThat(done.eventsTotal()).isEqualTo(6);
        assertThat(done.eventsDone()).isEqualTo(6);
        assertThat(names()).extracting(name -> name.getString("name")).containsOnly("n2");
    }

    @Test
    void aRecordTheHandlersRejectFailsTheRebuildAndLeavesTheLiveModelUntouched() {
        List<String> projects = publishAndApply(3, 2);
        // live failed on this one and dead-lettered it (as the container does after its retries); the rebuild
        // must neither skip it nor dead-letter it
        ConsumerRecord<String, byte[]> poison = topic.publish(event(TENANT, projects.get(1), 2,
                new ProjectRenamed(projects.get(1), TENANT, "n1", "poison")));
        assertThatThrownBy(() -> live.onMessage(poison)).hasMessageContaining("refuses");
        live.recover(poison, new IllegalArgumentException("a name the read model refuses"));
        topic.commitAll();
        List<Document> before = names();

        RebuildProgress failed = rebuild(live);

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failure()).contains("could not be applied").contains("a name the read model refuses");
        assertThat(names()).isEqualTo(before);
        assertThat(mongo.getCollectionNames()).noneMatch(name -> name.contains(ReadModelRebuild.SHADOW));
        assertThat(listeners.calls).doesNotContain("pause " + GROUP);
        assertThat(positions.lastApplied(GROUP, projects.get(1))).isEqualTo(1);
    }

    @Test
    void aHandlerThatWritesACollectionItsGroupDidNotDeclareFailsTheRebuild() {
        publishAndApply(1, 2);
        List<Document> before = names();
        long strays = mongo.getCollection(STRAY).countDocuments();

        RebuildProgress failed = rebuild(dispatcher(true));

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failure()).contains(STRAY).contains("neither a read model");
        assertThat(names()).isEqualTo(before);
        assertThat(mongo.getCollection(STRAY).countDocuments()).isEqualTo(strays);
    }

    @Test
    void failsWhenAnotherInstanceConsumesPartOfTheGroupSinceItsWritesWouldBeLostByTheSwap() {
        publishAndApply(2, 2);
        List<Document> before = names();
        listeners.held = Set.of(RebuildMother.Topic.partition(0));

        RebuildProgress failed = rebuild(live);

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failure()).contains("hold 1 of its 2 partitions").contains("other instances");
        assertThat(names()).isEqualTo(before);
        assertThat(mongo.getCollectionNames()).noneMatch(name -> name.contains(ReadModelRebuild.SHADOW));
    }

    @Test
    void dropsTheShadowsOfAnEarlierRebuildThatNeverFinished() {
        publishAndApply(1, 1);
        mongo.createCollection(NAMES + ReadModelRebuild.SHADOW + "0123456789ab");

        assertThat(rebuild(live).state()).isEqualTo(State.SWAPPED);
        assertThat(mongo.getCollectionNames()).noneMatch(name -> name.contains(ReadModelRebuild.SHADOW));
    }

    /** {@code projects} projects with {@code length} events each, published and applied by the live group. */
    private List<String> publishAndApply(int projects, int length) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            String project = newId();
            ids.add(project);
            live.onMessage(topic.publish(created(TENANT, project, 0)));
            for (int sequence = 1; sequence < length; sequence++) {
                live.onMessage(topic.publish(renamed(TENANT, project, sequence)));
            }
        }
        topic.commitAll();
        return ids;
    }

    private RebuildProgress rebuild(CloudEventDispatcher dispatcher) {
        return rebuild(dispatcher, 2);
    }

    private RebuildProgress rebuild(CloudEventDispatcher dispatcher, int workers) {
        ReadModelRebuild rebuild = new ReadModelRebuild(UUID.randomUUID().toString(), dispatcher, mongo, positions,
                topic, listeners, ConsumerMother.CLOCK, Duration.ofSeconds(5), workers);
        rebuild.run();
        return rebuild.progress();
    }

    private List<Document> names() {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, NAMES);
    }
}
