package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.types.Decimal128;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** The Mongo-wire server's documents stored as BSON, and those an earlier version Java-serialized still read. */
class BsonStoredDocumentsTests {

    @TempDir
    Path directory;

    private final BsonStoredDocuments type = new BsonStoredDocuments();

    @Test
    void aDocumentOfEveryTypeTheWireCarriesReadsBackEqualAndStoredAsBson() {
        Document document = everyType();

        ByteBuffer stored = write(type, document);

        assertThat(stored.get(0)).isEqualTo(BsonStoredDocuments.BSON);
        assertThat(type.read(stored)).isEqualTo(document);
        assertThat(stored.remaining()).as("read to its end").isZero();
    }

    @Test
    void valuesStoredOneAfterAnotherInAPageReadBackInOrder() {
        WriteBuffer buffer = new WriteBuffer();
        Object[] values = { everyType(), "a key", 42L, new Document("_id", "p-2").append("n", 2) };
        type.write(buffer, values, values.length);
        ByteBuffer stored = buffer.getBuffer();
        stored.flip();

        Object[] read = new Object[values.length];
        type.read(stored, read, read.length);

        assertThat(read).containsExactly(values);
        assertThat(stored.remaining()).isZero();
    }

    @Test
    void aDocumentAnEarlierVersionJavaSerializedStillReads() {
        Document document = everyType();

        ByteBuffer stored = write(new ObjectDataType(), document);

        assertThat(stored.get(0)).isNotEqualTo(BsonStoredDocuments.BSON);
        assertThat(type.read(stored)).isEqualTo(document);
    }

    @Test
    void aDocumentHoldingAValueBsonCannotCarryIsJavaSerializedAsBefore() {
        Document document = new Document("_id", "p-1").append("odd", new Odd("kept"));

        ByteBuffer stored = write(type, document);

        assertThat(stored.get(0)).isNotEqualTo(BsonStoredDocuments.BSON);
        assertThat(type.read(stored)).isEqualTo(document);
    }

    @Test
    void aDataFileTheJavaSerializingBackendWroteOpensAndItsDocumentsReadUpdateAndSurviveARestart() throws Exception {
        Path file = directory.resolve("mongo.mv");
        MVStore plainStore = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer plain = new MongoServer(new H2Backend(plainStore));
        try (MongoClient client = MongoClients.create(plain.bindAndGetConnectionString())) {
            MongoCollection<org.bson.Document> rows = client.getDatabase("reporting").getCollection("rows");
            for (int i = 0; i < 50; i++) {
                rows.insertOne(new org.bson.Document("_id", "p-" + i).append("n", i)
                        .append("sources", new org.bson.Document("p-" + i, 1L)));
            }
        }
        finally {
            plain.shutdownNow();
        }

        int port = DevStack.Ports.free().mongo();
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<org.bson.Document> rows = client.getDatabase("reporting").getCollection("rows");
            assertThat(rows.countDocuments()).isEqualTo(50);
            assertThat(rows.find(Filters.eq("_id", "p-7")).first()).containsEntry("n", 7);
            rows.updateOne(Filters.eq("_id", "p-7"), Updates.set("n", 70));
            rows.insertOne(new org.bson.Document("_id", "new").append("at", java.util.Date.from(Instant.EPOCH)));
        }
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<org.bson.Document> rows = client.getDatabase("reporting").getCollection("rows");
            assertThat(rows.countDocuments()).isEqualTo(51);
            assertThat(rows.find(Filters.eq("_id", "p-7")).first()).containsEntry("n", 70);
            assertThat(rows.find(Filters.eq("_id", "p-8")).first()).containsEntry("n", 8);
            assertThat(rows.find(Filters.eq("_id", "new")).first()).containsEntry("at",
                    java.util.Date.from(Instant.EPOCH));
        }
        // the pages written since (the changed and the new document's) hold BSON now, the others what they held
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Object> raw = store.openMap("databases.reporting.rows",
                    new MVMap.Builder<Object, Object>().valueType(new FirstByte()));
            List<Byte> tags = new ArrayList<>(raw.values().stream().map(Byte.class::cast).toList());
            assertThat(tags).hasSize(51);
            assertThat(tags).contains(BsonStoredDocuments.BSON).anyMatch(tag -> tag != BsonStoredDocuments.BSON);
        }
        finally {
            store.close();
        }
    }

    private static Document everyType() {
        List<Object> list = new ArrayList<>(List.of("a", 1, 2L, 3.5));
        list.add(new Document("nested", true));
        list.add(null);
        return new Document("_id", "p-1").append("string", "é ünïcode").append("int", 7).append("long", 1L << 40)
                .append("double", 0.1).append("true", true).append("false", false).append("null", null)
                .append("date", Instant.ofEpochMilli(1_765_000_000_123L)).append("uuid", UUID.randomUUID())
                .append("objectId", new ObjectId()).append("binary", new BinData(new byte[] { 1, 2, 3 }))
                .append("decimal", new de.bwaldvogel.mongo.bson.Decimal128(Decimal128.parse("12.34").getHigh(),
                        Decimal128.parse("12.34").getLow()))
                .append("list", list).append("sources", new Document("p-1", 3L).append("p-2", 4L))
                .append("deep", new Document("a", new Document("b", new Document("c", List.of(1, 2)))));
    }

    private static ByteBuffer write(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer stored = buffer.getBuffer();
        stored.flip();
        return stored;
    }

    /** Reads a stored value as its first byte, skipping the rest (a page holds one value here at a time). */
    private static final class FirstByte extends ObjectDataType {

        @Override
        public Object read(ByteBuffer buffer) {
            byte tag = buffer.get(buffer.position());
            new BsonStoredDocuments().read(buffer);
            return tag;
        }
    }

    private record Odd(String value) implements Serializable {
    }
}
