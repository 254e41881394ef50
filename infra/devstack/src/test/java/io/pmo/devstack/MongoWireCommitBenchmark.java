package io.pmo.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * What a read-model write costs on the dev stack's MongoDB-wire server (an H2 MVStore committed after every write,
 * so an acknowledged write survives a crash) against the same server in memory, in the same JVM: the upserts a
 * projection does per event, one after the other as one consumer thread does them. Not a test (no threshold): run
 * with {@code ./mvnw -B -Pbenchmark -pl infra/devstack -am test -Dtest=MongoWireCommitBenchmark}.
 */
class MongoWireCommitBenchmark {

    private static final int WRITES = 2_000;

    @Test
    void upsertsPerSecondDurableAgainstInMemory() throws Exception {
        Path file = Files.createTempDirectory("pmo-mongo-bench").resolve("bench.mv");
        double durable;
        try (MongoWireServer server = MongoWireServer.start(file, DevStack.Ports.free().mongo())) {
            durable = upsertsPerSecond(server.uri());
        }
        MongoServer memory = new MongoServer(new MemoryBackend());
        double inMemory;
        try {
            inMemory = upsertsPerSecond(memory.bindAndGetConnectionString());
        }
        finally {
            memory.shutdownNow();
        }
        System.out.printf("%nMongo-wire upserts, one thread: durable H2 %.0f/s (%.2f ms each), in memory %.0f/s "
                + "(%.2f ms each); durable/in-memory %.2f%n", durable, 1000 / durable, inMemory, 1000 / inMemory,
                durable / inMemory);
    }

    private static double upsertsPerSecond(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> rows = client.getDatabase("bench").getCollection("rows");
            for (int i = 0; i < 200; i++) {
                upsert(rows, i);
            }
            long start = System.nanoTime();
            for (int i = 200; i < 200 + WRITES; i++) {
                upsert(rows, i);
            }
            return WRITES / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** A report row's guarded update, as a projection writes it: the row about 1 KB, like the dashboard's. */
    private static void upsert(MongoCollection<Document> rows, int i) {
        String id = "project-" + (i % 500);
        rows.updateOne(new Document("_id", id).append("$or", java.util.List.of(
                new Document("sources." + id, new Document("$exists", false)),
                new Document("sources." + id, new Document("$lt", i)))),
                Updates.combine(Updates.set("name", "P" + i), Updates.set("lastSequence", i),
                        Updates.set("sources." + id, i), Updates.set("notes", NOTES)),
                new UpdateOptions().upsert(true));
    }

    private static final String NOTES = "x".repeat(1_000);
}
