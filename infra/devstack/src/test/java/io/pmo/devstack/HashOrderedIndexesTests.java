package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The Mongo-wire server's unique indexes in hash order: a total order, and files of the byte order re-sorted. */
class HashOrderedIndexesTests {

    @TempDir
    Path directory;

    @Test
    void theKeyOrderIsATotalOrderConsistentWithEqualityOverMixedKeys() {
        Random random = new Random(11);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Object value = switch (i % 6) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> (long) random.nextInt(50);
                case 2 -> random.nextInt(50);
                case 3 -> random.nextBoolean();
                case 4 -> new de.bwaldvogel.mongo.bson.Document("k", random.nextInt(5));
                default -> random.nextInt(3) == 0 ? "Aa" : "BB"; // equal hashes, different strings
            };
            keys.add(new KeyValue(value));
            keys.add(new KeyValue(value)); // an equal twin
        }
        HashOrderedIndexes.KeyType type = new HashOrderedIndexes.KeyType();

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(type.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
        List<KeyValue> sorted = new ArrayList<>(keys);
        Collections.shuffle(sorted, random);
        sorted.sort(type::compare);
        for (int i = 2; i < sorted.size(); i++) {
            assertThat(type.compare(sorted.get(i - 2), sorted.get(i))).isLessThanOrEqualTo(0);
        }
        assertThat(type.compare(new KeyValue("Aa"), new KeyValue("BB"))).as("a hash tie").isNotZero();
    }

    @Test
    void anIndexWrittenInByteOrderByAnEarlierVersionIsResortedOnceAndFindsEveryDocument() throws Exception {
        Path file = directory.resolve("mongo.mv");
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        ids.add(42L);
        ids.add(new Document("tenant", "acme").append("n", 1));
        // the plain H2 backend: index keys in the byte order of their serialized form
        MVStore plainStore = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer plain = new MongoServer(new H2Backend(plainStore));
        try (MongoClient client = MongoClients.create(plain.bindAndGetConnectionString())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");
            ids.forEach(id -> rows.insertOne(new Document("_id", id).append("name", String.valueOf(id))));
        }
        finally {
            plain.shutdownNow();
        }

        int port = DevStack.Ports.free().mongo();
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");

            for (Object id : ids) {
                assertThat(rows.find(Filters.eq("_id", id)).first()).as("by _id %s", id).isNotNull()
                        .containsEntry("name", String.valueOf(id));
            }
            assertThat(duplicateKey(rows, ids.get(17))).isTrue();
            rows.insertOne(new Document("_id", "new").append("name", "new"));
            assertThat(rows.countDocuments()).isEqualTo(ids.size() + 1);
        }
        // and the next start finds it in hash order, without re-sorting it again
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertThat(store.<String, Integer>openMap(HashOrderedIndexes.FORMATS).get("reporting.rows._index__id_"))
                    .isEqualTo(2);
        }
        finally {
            store.close();
        }
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");
            assertThat(rows.find(Filters.eq("_id", "new")).first()).isNotNull();
            assertThat(rows.find(Filters.eq("_id", ids.get(3))).first()).isNotNull();
            assertThat(duplicateKey(rows, "new")).isTrue();
        }
    }

    private static boolean duplicateKey(MongoCollection<Document> rows, Object id) {
        try {
            rows.insertOne(new Document("_id", id));
            return false;
        }
        catch (MongoWriteException ex) {
            return ex.getError().getCode() == 11000;
        }
    }
}
