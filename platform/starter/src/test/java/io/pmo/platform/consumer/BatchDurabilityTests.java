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
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

import com.mongodb.client.MongoClient;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.pmo.platform.consumer.CloudEventDispatcher.Outcome;

/**
 * A batch's read-model writes are acknowledged once applied and made durable by the batch's position write, which
 * comes after them and before the dispatcher returns (so before the container commits the offsets); the toolkit's
 * own bookkeeping stays durable write by write. Checked on the wire: the server records every write command's
 * write concern, and the client's default is the platform's ({@code w: "majority", j: true}).
 */
class BatchDurabilityTests {

    /** A write command as the server received it. */
    record Write(String collection, boolean durable) {
    }

    private static final List<Write> WRITES = Collections.synchronizedList(new ArrayList<>());

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend() {

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if (Set.of("insert", "update", "delete").contains(command)) {
                WRITES.add(new Write(String.valueOf(query.get(command)), WireRecording.durable(query.get("writeConcern"))));
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    });

    private static final MongoClient CLIENT = WireRecording.durableClient(SERVER);

    private final RoutingMongoTemplate mongo = new RoutingMongoTemplate(
            new SimpleMongoClientDatabaseFactory(CLIENT, "durability"), null);

    private final Set<String> failing = new HashSet<>();

    private CloudEventDispatcher dispatcher;

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @BeforeEach
    void freshConsumer() {
        CLIENT.getDatabase("durability").drop();
        CloudEventConsumer consumer = WireRecording.projectNames(CloudEventConsumer.group(GROUP).topic(TOPIC), mongo,
                WireRecording.ProjectName.class, failing).build();
        dispatcher = WireRecording.dispatcher(consumer, mongo);
        WRITES.clear();
    }

    @Test
    void theHandlersWritesWaitOnlyToBeAppliedAndTheBatchsPositionWriteAfterThemIsDurable() {
        String a = newId();
        String b = newId();
        String unreadable = newId();
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(created(TENANT, a, 0), 1),
                record(created(TENANT, b, 0), 2), record(renamed(TENANT, a, 1), 3),
                record(withType("io.pmo.project.NoSuchEvent.v1", TENANT, unreadable, 0,
                        io.pmo.events.common.PmoJson.mapper().createObjectNode()), 4),
                record(renamed(TENANT, b, 1), 5));

        assertThat(dispatcher.onBatch(batch)).containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED,
                Outcome.DEAD_LETTERED, Outcome.APPLIED);

        List<Write> writes = List.copyOf(WRITES);
        assertThat(writes).filteredOn(write -> write.collection().equals(WireRecording.NAMES)).hasSize(4)
                .allSatisfy(write -> assertThat(write.durable()).as("a handler's write").isFalse());
        assertThat(writes).filteredOn(write -> !write.collection().equals(WireRecording.NAMES)).isNotEmpty()
                .allSatisfy(write -> assertThat(write.durable()).as("bookkeeping: " + write).isTrue());
        assertThat(writes.get(writes.size() - 1)).as("the last write of the batch")
                .isEqualTo(new Write(ConsumerPositions.COLLECTION, true));
        assertThat(mongo.findById(a, WireRecording.ProjectName.class).name()).isEqualTo("n1");
    }

    @Test
    void aFailingRecordIsNamedOnlyOnceTheWritesBeforeItAreDurable() {
        String before = newId();
        String poisoned = newId();
        failing.add(poisoned);
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(created(TENANT, before, 0), 1),
                record(created(TENANT, poisoned, 0), 2));

        assertThatThrownBy(() -> dispatcher.onBatch(batch)).isInstanceOf(BatchListenerFailedException.class);

        assertThat(WRITES).containsExactly(new Write(WireRecording.NAMES, false),
                new Write(ConsumerPositions.COLLECTION, true));
    }

    @Test
    void outsideABatchTheTemplateWritesWithTheClientsDurableConcern() {
        mongo.insert(new WireRecording.ProjectName(newId(), TENANT, "direct"));

        assertThat(WRITES).containsExactly(new Write(WireRecording.NAMES, true));
        assertThat(BatchDurability.isDeferred()).isFalse();
    }
}
