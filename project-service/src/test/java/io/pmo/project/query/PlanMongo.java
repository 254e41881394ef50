package io.pmo.project.query;

import java.util.concurrent.atomic.AtomicLong;

import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The plan read model's MongoDB in tests: mongo-java-server (the wire server the dev stack runs) on a random port,
 * a {@link MongoTemplate} with Spring Data's default mapping, as the service gets it, and a count of the bytes
 * the client sends (commands with the documents they carry) and receives (replies), from a command listener.
 */
final class PlanMongo implements AutoCloseable {

    private final MongoServer server;

    private final MongoClient client;

    private final MongoTemplate template;

    private final AtomicLong sent = new AtomicLong();

    private final AtomicLong received = new AtomicLong();

    private final AtomicLong commands = new AtomicLong();

    PlanMongo() {
        this(new MemoryBackend());
    }

    PlanMongo(MongoBackend backend) {
        server = new MongoServer(backend);
        String uri = server.bindAndGetConnectionString();
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .addCommandListener(new CommandListener() {

                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.incrementAndGet();
                        sent.addAndGet(size(event.getCommand()));
                    }

                    @Override
                    public void commandSucceeded(CommandSucceededEvent event) {
                        received.addAndGet(size(event.getResponse()));
                    }
                }).build());
        template = new MongoTemplate(client, "pmo_project_test");
    }

    MongoTemplate template() {
        return template;
    }

    /** Drops every collection, for a clean read model per test. */
    void reset() {
        template.getDb().drop();
    }

    /** What the client exchanged with the server from now on, until {@link Traffic#measured()}. */
    Traffic traffic() {
        return new Traffic(sent.get(), received.get(), commands.get());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    private static long size(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().remaining();
    }

    /** Bytes sent and received and commands sent since the traffic was started. */
    record Exchanged(long sent, long received, long commands) {

        long bytes() {
            return sent + received;
        }
    }

    final class Traffic {

        private final long sentBefore;

        private final long receivedBefore;

        private final long commandsBefore;

        private Traffic(long sentBefore, long receivedBefore, long commandsBefore) {
            this.sentBefore = sentBefore;
            this.receivedBefore = receivedBefore;
            this.commandsBefore = commandsBefore;
        }

        Exchanged measured() {
            return new Exchanged(sent.get() - sentBefore, received.get() - receivedBefore,
                    commands.get() - commandsBefore);
        }
    }
}
