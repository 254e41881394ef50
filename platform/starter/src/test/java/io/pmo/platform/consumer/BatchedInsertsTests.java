package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.TOPIC;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static io.pmo.platform.consumer.ConsumerMother.record;
import static io.pmo.platform.consumer.ConsumerMother.renamed;
import static io.pmo.platform.consumer.ConsumerMother.withType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;

import com.mongodb.client.MongoClient;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.Channel;
import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.consumer.CloudEventDispatcher.Outcome;

/**
 * A batch's {@link BatchedInserts} go out as one unordered insert per collection after its handlers, acknowledged
 * once applied, and before its durable position write; a document refused by the server fails the batch at that
 * document's record, with the positions of the records before it written and none after. Checked on the wire: the
 * server records every write command, and refuses the documents of the projects the test poisons (as a schema
 * validator would, code 121) or, when told to, the whole insert command.
 */
class BatchedInsertsTests {

    /** A write command as the server received it: its collection, how many documents, and its write concern. */
    record Write(String collection, int documents, boolean durable) {
    }

    private static final String LOG = "batched_log";

    private static final List<Write> WRITES = Collections.synchronizedList(new ArrayList<>());

    /** Projects whose log documents the server refuses. */
    private static final Set<String> REFUSED = Collections.synchronizedSet(new HashSet<>());

    /** Whether the server fails every insert into the log as a command. */
    private static volatile boolean insertsDown;

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend() {

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if (Set.of("insert", "update", "delete").contains(command)) {
                Object batch = query.get(command.equals("insert") ? "documents"
                        : command.equals("update") ? "updates" : "deletes");
                WRITES.add(new Write(String.valueOf(query.get(command)), ((List<?>) batch).size(),
                        WireRecording.durable(query.get("writeConcern"))));
            }
            if (command.equals("insert") && LOG.equals(query.get(command))) {
                if (insertsDown) {
                    throw new MongoServerError(91, "the log's node is shutting down");
                }
                return refusingPoisoned(channel, databaseName, command, query);
            }
            return super.handleCommand(channel, databaseName, command, query);
        }

        /** Inserts the documents of projects not refused, and reports the others as write errors at their index. */
        @SuppressWarnings("unchecked")
        private Document refusingPoisoned(Channel channel, String databaseName, String command, Document query) {
            List<Document> documents = (List<Document>) query.get("documents");
            List<Document> accepted = new ArrayList<>();
            List<Integer> acceptedAt = new ArrayList<>();
            List<Document> errors = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (REFUSED.contains(String.valueOf(documents.get(i).get("aggregateId")))) {
                    errors.add(new Document("index", i).append("code", 121).append("errmsg",
                            "Document failed validation"));
                }
                else {
                    accepted.add(documents.get(i));
                    acceptedAt.add(i);
                }
            }
            query.put("documents", accepted);
            Document response = accepted.isEmpty() ? new Document("n", 0).append("ok", 1.0)
                    : super.handleCommand(channel, databaseName, command, query);
            for (Document error : (List<Document>) response.getOrDefault("writeErrors", List.of())) {
                errors.add(new Document(error).append("index", acceptedAt.get((Integer) error.get("index"))));
            }
            if (!errors.isEmpty()) {
                response.put("writeErrors", errors);
            }
            return response;
        }
    });

    private static final MongoClient CLIENT = WireRecording.durableClient(SERVER);

    @org.springframework.data.mongodb.core.mapping.Document(LOG)
    record LogEntry(String id, String tenantId, String aggregateId, long sequence, String type) {
    }

    private final RoutingMongoTemplate mongo = new RoutingMongoTemplate(
            new SimpleMongoClientDatabaseFactory(CLIENT, "batched"), null);

    /** Projects whose name handler fails after their log document was gathered. */
    private final Set<String> failing = new HashSet<>();

    private CloudEventDispatcher dispatcher;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void freshConsumer() {
        CLIENT.getDatabase("batched").drop();
        REFUSED.clear();
        insertsDown = false;
        CloudEventConsumer consumer = WireRecording.projectNames(CloudEventConsumer.group(GROUP).topic(TOPIC)
                .on(ProjectEvent.class, (event, received) -> BatchedInserts.insertOnce(mongo,
                        new LogEntry(received.id(), received.tenantId(), received.aggregateId(), received.sequence(),
                                received.type()))), mongo, WireRecording.ProjectName.class, failing)
                .build();
        dispatcher = WireRecording.dispatcher(consumer, mongo, meters);
        WRITES.clear();
    }

    @Test
    void aBatchsInsertsGoOutAsOneDeferredInsertAfterItsHandlersAndBeforeItsDurablePositionWrite() {
        String a = newId();
        String b = newId();
        List<CloudEvent> events = List.of(created(TENANT, a, 0), created(TENANT, b, 0), renamed(TENANT, a, 1),
                renamed(TENANT, b, 1), renamed(TENANT, a, 2));

        assertThat(dispatcher.onBatch(records(events))).containsOnly(Outcome.APPLIED);

        List<Write> writes = List.copyOf(WRITES);
        assertThat(writes).filteredOn(write -> write.collection().equals(LOG))
                .containsExactly(new Write(LOG, 5, false));
        assertThat(writes.indexOf(new Write(LOG, 5, false))).as("the insert, after the handlers' writes")
                .isEqualTo(writes.size() - 2)
                .isGreaterThan(writes.lastIndexOf(new Write(WireRecording.NAMES, 1, false)));
        assertThat(writes.get(writes.size() - 1)).as("the last write of the batch")
                .isEqualTo(new Write(ConsumerPositions.COLLECTION, 2, true));
        assertThat(mongo.findAll(LogEntry.class)).extracting(LogEntry::id)
                .containsExactlyInAnyOrderElementsOf(events.stream().map(CloudEvent::id).toList());
    }

    @Test
    void anEventWhoseDocumentIsThereAlreadyLeavesItAsItIsAndFailsNothing() {
        String a = newId();
        List<CloudEvent> events = List.of(created(TENANT, a, 0), renamed(TENANT, a, 1));
        // a crash after the batch's insert, before its position write: the redelivered batch meets its documents
        mongo.insert(new LogEntry(events.get(1).id(), TENANT, a, 1, "written before the crash"));

        assertThat(dispatcher.onBatch(records(events))).containsOnly(Outcome.APPLIED);

        assertThat(mongo.findAll(LogEntry.class)).extracting(LogEntry::type)
                .containsExactlyInAnyOrder("io.pmo.project.ProjectCreated.v1", "written before the crash");
        assertThat(positions()).containsEntry(a, 1L);
    }

    @Test
    void aRefusedDocumentFailsTheBatchAtItsRecordWithThePositionsOfTheRecordsBeforeItWrittenAndNoneAfter() {
        String a = newId();
        String b = newId();
        String poisoned = newId();
        String d = newId();
        List<CloudEvent> events = List.of(created(TENANT, a, 0), created(TENANT, b, 0),
                created(TENANT, poisoned, 0), renamed(TENANT, a, 1), created(TENANT, d, 0));
        REFUSED.add(poisoned);

        assertThatThrownBy(() -> dispatcher.onBatch(records(events)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        ex -> assertThat(ex.getIndex()).as("the record to retry").isEqualTo(2))
                .hasMessageContaining("Document failed validation");

        assertThat(positions()).as("only the records before the refused one").containsOnly(Map.entry(a, 0L),
                Map.entry(b, 0L));
        assertThat(applied()).as("records counted as applied").isEqualTo(2);
        assertThat(WRITES.get(WRITES.size() - 1)).isEqualTo(new Write(ConsumerPositions.COLLECTION, 2, true));

        // the container commits the offsets before it and redelivers the rest, which now goes through
        REFUSED.clear();
        assertThat(dispatcher.onBatch(records(events.subList(2, 5)))).containsOnly(Outcome.APPLIED);
        assertThat(positions()).containsOnly(Map.entry(a, 1L), Map.entry(b, 0L), Map.entry(poisoned, 0L),
                Map.entry(d, 0L));
        assertThat(mongo.findAll(LogEntry.class)).hasSize(5);
        assertThat(mongo.findById(a, WireRecording.ProjectName.class).name()).isEqualTo("n1");
        assertThat(applied()).as("each record counted once, the retried ones included").isEqualTo(5);
    }

    @Test
    void aFailedInsertCommandFailsTheBatchAtTheFirstRecordThatGatheredADocument() {
        String a = newId();
        String b = newId();
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                record(withType("io.pmo.project.NoSuchEvent.v1", TENANT, newId(), 0,
                        PmoJson.mapper().createObjectNode()), 1),
                record(created(TENANT, a, 0), 2), record(created(TENANT, b, 0), 3));
        insertsDown = true;

        assertThatThrownBy(() -> dispatcher.onBatch(batch))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        ex -> assertThat(ex.getIndex()).isEqualTo(1))
                .hasMessageContaining("shutting down");

        assertThat(positions()).isEmpty();
    }

    @Test
    void aFailingHandlerSendsOnlyTheInsertsOfTheRecordsBeforeIt() {
        String a = newId();
        String failingProject = newId();
        List<CloudEvent> events = List.of(created(TENANT, a, 0), created(TENANT, failingProject, 0),
                renamed(TENANT, a, 1));
        failing.add(failingProject);

        assertThatThrownBy(() -> dispatcher.onBatch(records(events)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        ex -> assertThat(ex.getIndex()).isEqualTo(1));

        assertThat(mongo.findAll(LogEntry.class)).extracting(LogEntry::id).containsExactly(events.get(0).id());
        assertThat(positions()).containsOnly(Map.entry(a, 0L));
    }

    @Test
    void aRebuildStopsAtTheRecordWhoseDocumentWasRefused() {
        String a = newId();
        String poisoned = newId();
        List<CloudEvent> events = List.of(created(TENANT, a, 0), created(TENANT, poisoned, 0));
        REFUSED.add(poisoned);

        assertThatThrownBy(() -> dispatcher.replayBatch(records(events))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TOPIC + "-1@1").hasMessageContaining("key " + poisoned);

        assertThat(positions()).containsOnly(Map.entry(a, 0L));
    }

    @Test
    void outsideABatchTheInsertIsMadeAtOnceDurablyAndADuplicateIsIgnored() {
        LogEntry entry = new LogEntry(newId(), TENANT, newId(), 0, "direct");

        BatchedInserts.insertOnce(mongo, entry);
        BatchedInserts.insertOnce(mongo, new LogEntry(entry.id(), TENANT, entry.aggregateId(), 0, "again"));

        assertThat(WRITES).containsExactly(new Write(LOG, 1, true), new Write(LOG, 1, true));
        assertThat(mongo.findAll(LogEntry.class)).containsExactly(entry);
    }

    private static List<ConsumerRecord<String, byte[]>> records(List<CloudEvent> events) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            records.add(record(events.get(i), i));
        }
        return records;
    }

    /** The records the dispatcher counted as applied. */
    private long applied() {
        var counter = meters.find("pmo.consumer.records").tags("outcome", "applied").counter();
        return counter == null ? 0 : (long) counter.count();
    }

    /** The group's last applied sequence per aggregate. */
    private Map<String, Long> positions() {
        return mongo.find(new Query(), org.bson.Document.class, ConsumerPositions.COLLECTION).stream()
                .collect(Collectors.toMap(position -> position.getString("aggregateId"),
                        position -> ((Number) position.get("lastSequence")).longValue()));
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }
}
