package io.pmo.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * What a read-model write costs on the dev stack's MongoDB-wire server, in the same JVM:
 * <ul>
 * <li>durable ({@code w: "majority", j: true}, committed before the answer: the services' default), deferred
 * ({@code w: 1, j: false}: a consumer's handlers inside a batch, made durable by the batch's position write), each
 * a projection's guarded update of a 1 KB row among {@value #ROWS}, one after the other as one consumer thread
 * does them, against the raw baseline: the same change by {@code _id} alone on stock mongo-java-server in
 * memory (which would scan the whole collection for the guarded update);</li>
 * <li>a lookup by {@code _id} in the index map itself, keys in hash order ({@link HashOrderedIndexes}) against
 * H2's default byte order of the serialized keys (what mongo-java-server uses);</li>
 * <li>a stored row written and read back as a page write and read do it, as BSON ({@link BsonStoredDocuments})
 * against Java-serialized (H2's default, what mongo-java-server uses): time, allocation and stored size.</li>
 * </ul>
 * Not a test (no threshold): run with
 * {@code ./mvnw -B -Pbenchmark -pl infra/devstack -am test -Dtest=MongoWireCommitBenchmark}.
 */
class MongoWireCommitBenchmark {

    private static final int ROWS = 20_000;

    private static final int WRITES = 2_000;

    @Test
    void guardedUpdatesPerSecondDurableDeferredAndInMemory() throws Exception {
        Path file = Files.createTempDirectory("pmo-mongo-bench").resolve("bench.mv");
        double durable;
        double deferred;
        try (MongoWireServer server = MongoWireServer.start(file, DevStack.Ports.free().mongo());
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = filled(client);
            durable = updatesPerSecond(rows.withWriteConcern(WriteConcern.MAJORITY.withJournal(true)), true);
            deferred = updatesPerSecond(rows.withWriteConcern(WriteConcern.W1.withJournal(false)), true);
        }
        MongoServer memory = new MongoServer(new MemoryBackend());
        double inMemory;
        try (MongoClient client = MongoClients.create(memory.bindAndGetConnectionString())) {
            inMemory = updatesPerSecond(filled(client), false);
        }
        finally {
            memory.shutdownNow();
        }
        System.out.printf("%nMongo-wire guarded updates of 1 KB rows among %,d, one thread: durable %.0f/s (%.2f ms "
                + "each), deferred %.0f/s (%.2f ms each); raw (by _id alone, stock server in memory) %.0f/s (%.2f ms each); "
                + "durable/raw %.2f, deferred/raw %.2f%n", ROWS, durable, 1000 / durable, deferred, 1000 / deferred, inMemory,
                1000 / inMemory, durable / inMemory, deferred / inMemory);
    }

    @Test
    void idLookupsPerSecondHashOrderAgainstByteOrder() {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            keys.add(new KeyValue(UUID.randomUUID().toString()));
        }
        MVStore store = new MVStore.Builder().open();
        MVMap<Object, Object> byteOrder = store.openMap("byte-order");
        MVMap<Object, Object> hashOrder = store.openMap("hash-order",
                new MVMap.Builder<Object, Object>().keyType(new HashOrderedIndexes.KeyType()));
        for (int i = 0; i < keys.size(); i++) {
            byteOrder.put(keys.get(i), (long) i);
            hashOrder.put(keys.get(i), (long) i);
        }
        lookupsPerSecond(byteOrder, keys, 20_000);
        lookupsPerSecond(hashOrder, keys, 20_000);
        double bytes = lookupsPerSecond(byteOrder, keys, 100_000);
        double hashes = lookupsPerSecond(hashOrder, keys, 100_000);
        store.close();
        System.out.printf("%nIndex lookups by _id among %,d keys: byte order %.0f/s (%.1f us each), hash order %.0f/s "
                + "(%.1f us each); hash/byte %.1f%n", ROWS, bytes, 1e6 / bytes, hashes, 1e6 / hashes, hashes / bytes);
    }

    @Test
    void documentsStoredAsBsonAgainstJavaSerialized() {
        de.bwaldvogel.mongo.bson.Document row = storedRow();
        org.h2.mvstore.type.ObjectDataType serialized = new org.h2.mvstore.type.ObjectDataType();
        BsonStoredDocuments bson = new BsonStoredDocuments();
        roundTrips(serialized, row, 20_000);
        roundTrips(bson, row, 20_000);
        double[] javaSerialized = roundTrips(serialized, row, 100_000);
        double[] asBson = roundTrips(bson, row, 100_000);
        System.out.printf("%nA stored read-model row written and read back (a page write and a page read): Java-serialized "
                + "%.1f us, %,.0f bytes allocated, %d bytes stored; BSON %.1f us, %,.0f bytes allocated, %d bytes stored; "
                + "time BSON/serialized %.2f, allocation %.2f%n", javaSerialized[0], javaSerialized[1], (int) javaSerialized[2],
                asBson[0], asBson[1], (int) asBson[2], asBson[0] / javaSerialized[0], asBson[1] / javaSerialized[1]);
    }

    /** Microseconds and bytes allocated per write-and-read of {@code row}, and its stored size. */
    private static double[] roundTrips(org.h2.mvstore.type.ObjectDataType type, Object row, int times) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                .getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < times; i++) {
            org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer(2048);
            type.write(buffer, row);
            java.nio.ByteBuffer stored = buffer.getBuffer();
            stored.flip();
            size = stored.remaining();
            if (!row.equals(type.read(stored))) {
                throw new IllegalStateException("read back differently");
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / times;
        double allocated = (double) (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / times;
        return new double[] { micros, allocated, size };
    }

    /** A dashboard row as the server holds it: its fields, an earned-value snapshot, a computed RAG, positions. */
    private static de.bwaldvogel.mongo.bson.Document storedRow() {
        de.bwaldvogel.mongo.bson.Document evm = new de.bwaldvogel.mongo.bson.Document();
        for (String figure : List.of("bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi")) {
            evm.append(figure, new de.bwaldvogel.mongo.bson.Decimal128(0L, 1234567L));
        }
        evm.append("currency", "EUR").append("statusDate", java.time.Instant.ofEpochMilli(1_765_000_000_000L));
        return new de.bwaldvogel.mongo.bson.Document("_id", UUID.randomUUID().toString()).append("tenantId", "acme")
                .append("name", "Warehouse automation, phase 2").append("status", "ACTIVE")
                .append("managerId", "dev-acme-project_manager").append("lastSequence", 42L)
                .append("lastEventId", UUID.randomUUID().toString())
                .append("lastEventAt", java.time.Instant.ofEpochMilli(1_765_000_000_123L))
                .append("plannedStart", java.time.Instant.ofEpochMilli(1_760_000_000_000L))
                .append("plannedFinish", java.time.Instant.ofEpochMilli(1_790_000_000_000L)).append("evm", evm)
                .append("computedRag", new de.bwaldvogel.mongo.bson.Document("schedule", "AMBER").append("cost", "GREEN")
                        .append("overall", "AMBER").append("definitionVersion", 3L))
                .append("missedMilestones", 1).append("dashboardSequence", 42L)
                .append("sources", new de.bwaldvogel.mongo.bson.Document("p", 42L));
    }

    private static double lookupsPerSecond(MVMap<Object, Object> index, List<KeyValue> keys, int lookups) {
        Random random = new Random(3);
        long found = 0;
        long start = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            // a fresh key object, as every query builds one
            found += index.get(new KeyValue(keys.get(random.nextInt(keys.size())).get(0))) != null ? 1 : 0;
        }
        double perSecond = lookups / ((System.nanoTime() - start) / 1e9);
        if (found != lookups) {
            throw new IllegalStateException("found " + found + " of " + lookups);
        }
        return perSecond;
    }

    private static MongoCollection<Document> filled(MongoClient client) {
        MongoCollection<Document> rows = client.getDatabase("bench").getCollection("rows");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            batch.add(new Document("_id", id(i)).append("name", "P" + i).append("lastSequence", 0)
                    .append("sources", new Document(id(i), 0)).append("notes", NOTES));
            if (batch.size() == 500) {
                rows.insertMany(batch);
                batch.clear();
            }
        }
        return rows;
    }

    /** Every update's sequence is higher than the last, so each passes its row's guard. */
    private int sequence;

    private double updatesPerSecond(MongoCollection<Document> rows, boolean guarded) {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            update(rows, random.nextInt(ROWS), ++sequence, guarded);
        }
        long start = System.nanoTime();
        for (int i = 0; i < WRITES; i++) {
            update(rows, random.nextInt(ROWS), ++sequence, guarded);
        }
        return WRITES / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * A report row's guarded update, as a projection writes it (the row about 1 KB, like the dashboard's), or the
     * same change by {@code _id} alone (which stock mongo-java-server looks up through its index).
     */
    private static void update(MongoCollection<Document> rows, int row, int sequence, boolean guarded) {
        String id = id(row);
        Document filter = new Document("_id", id);
        if (guarded) {
            filter.append("$or", List.of(new Document("sources." + id, new Document("$exists", false)),
                    new Document("sources." + id, new Document("$lt", sequence))));
        }
        rows.updateOne(filter,
                Updates.combine(Updates.set("name", "P" + sequence), Updates.set("lastSequence", sequence),
                        Updates.set("sources." + id, sequence), Updates.set("notes", NOTES)),
                new UpdateOptions().upsert(true));
    }

    private static String id(int row) {
        return "project-" + row;
    }

    private static final String NOTES = "x".repeat(1_000);
}
