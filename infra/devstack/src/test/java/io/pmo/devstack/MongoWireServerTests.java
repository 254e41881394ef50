package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/** The dev stack's Mongo-wire server: guarded updates by {@code _id} through the index, same answers, durable. */
class MongoWireServerTests {

    @TempDir
    Path directory;

    @Test
    void answersAQueryNamingAnIdAndMoreFieldsThroughTheIdIndexWithTheSameResults() throws Exception {
        try (MongoWireServer server = MongoWireServer.start(directory.resolve("mongo.mv"), DevStack.Ports.free().mongo());
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                documents.add(new Document("_id", "p-" + i).append("name", "n" + i)
                        .append("sources", new Document("p-" + i, (long) i)));
            }
            rows.insertMany(documents);
            long before = server.idFirstQueries();

            // the read models' guarded update as Spring Data renders it: applies only if the stored sequence is lower
            long applied = rows.updateOne(new Document("_id", "p-7").append("$or", List.of(
                    new Document("sources.p-7", new Document("$exists", false)),
                    new Document("sources.p-7", new Document("$lt", 8L)))),
                    Updates.combine(Updates.set("name", "renamed"), Updates.set("sources.p-7", 8L))).getModifiedCount();
            long seenAlready = rows.updateOne(guarded("p-9", 3L),
                    Updates.set("name", "stale")).getModifiedCount();
            long elsewhere = rows.updateOne(guarded("p-404", 3L),
                    Updates.set("name", "nowhere")).getModifiedCount();
            Document found = rows.find(new Document("_id", "p-3").append("name", "n3")).first();
            Document mismatch = rows.find(new Document("_id", "p-3").append("name", "n4")).first();
            // a tenant-scoped read of several rows by id
            List<Document> some = rows.find(new Document("_id", new Document("$in", List.of("p-1", "p-2", "p-404")))
                    .append("name", new Document("$in", List.of("n1", "n2", "n3")))).into(new ArrayList<>());
            // a position's conditional upsert that loses to a stored higher sequence is a duplicate key, as in MongoDB
            boolean duplicate = false;
            try {
                rows.updateOne(guarded("p-20", 5L),
                        Updates.set("name", "older"), new UpdateOptions().upsert(true));
            }
            catch (com.mongodb.MongoWriteException ex) {
                duplicate = ex.getError().getCode() == 11000;
            }

            assertThat(applied).isEqualTo(1);
            assertThat(seenAlready).isZero();
            assertThat(elsewhere).isZero();
            assertThat(found).isNotNull();
            assertThat(mismatch).isNull();
            assertThat(some).extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("p-1", "p-2");
            assertThat(duplicate).isTrue();
            assertThat(rows.find(Filters.eq("_id", "p-7")).first()).containsEntry("name", "renamed");
            assertThat(rows.find(Filters.eq("_id", "p-9")).first()).containsEntry("name", "n9");
            assertThat(rows.countDocuments(Filters.in("name", "stale", "nowhere", "older"))).isZero();
            assertThat(rows.countDocuments()).isEqualTo(50);
            assertThat(server.idFirstQueries() - before).as("queries through the _id index").isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void commitsBeforeAnsweringOnlyAWriteThatAsksForTheJournalOrAMajorityAndThatCommitCoversTheWritesBeforeIt()
            throws Exception {
        try (MongoWireServer server = MongoWireServer.start(directory.resolve("mongo.mv"), DevStack.Ports.free().mongo());
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");
            MongoCollection<Document> positions = client.getDatabase("reporting").getCollection("positions")
                    .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
            positions.insertOne(new Document("_id", "first"));
            assertThat(server.hasUncommittedWrites()).as("after a durable write").isFalse();

            rows.withWriteConcern(WriteConcern.W1.withJournal(false)).insertOne(new Document("_id", "deferred"));
            rows.insertOne(new Document("_id", "server default"));
            rows.updateOne(Filters.eq("_id", "deferred"), Updates.set("name", "x"));
            assertThat(server.hasUncommittedWrites()).as("after w: 1 writes").isTrue();

            positions.insertOne(new Document("_id", "second"));
            assertThat(server.hasUncommittedWrites()).as("after the next durable write").isFalse();

            rows.insertOne(new Document("_id", "deferred again"));
            boolean duplicate = false;
            try {
                positions.insertOne(new Document("_id", "second"));
            }
            catch (com.mongodb.MongoWriteException ex) {
                duplicate = ex.getError().getCode() == 11000;
            }
            assertThat(duplicate).isTrue();
            assertThat(server.hasUncommittedWrites()).as("after a durable write that was refused").isFalse();
            assertThat(MongoWireServer.DurableH2Backend.durable(new de.bwaldvogel.mongo.bson.Document("writeConcern",
                    new de.bwaldvogel.mongo.bson.Document("w", 1).append("fsync", true)))).isTrue();
        }
    }

    @Test
    void keepsWhatWasWrittenAcrossARestartOnTheSameFile() throws Exception {
        Path file = directory.resolve("mongo.mv");
        int port = DevStack.Ports.free().mongo();
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            client.getDatabase("reporting").getCollection("rows").insertOne(new Document("_id", "p-1")
                    .append("sources", new Document("p-1", 1L)));
        }
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");

            assertThat(rows.updateOne(guarded("p-1", 2L),
                    Updates.set("sources.p-1", 2L)).getModifiedCount()).isEqualTo(1);
            assertThat(server.idFirstQueries()).isPositive();
        }
    }

    @Test
    void answersOtherConnectionsWhileDurableWritesWaitForACommit() throws Exception {
        Path file = directory.resolve("mongo.mv");
        int writers = 2 * Runtime.getRuntime().availableProcessors() + 4;
        ExecutorService clients = Executors.newFixedThreadPool(writers + 1);
        try (MongoWireServer server = MongoWireServer.start(file, DevStack.Ports.free().mongo());
                MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> rows = client.getDatabase("reporting").getCollection("rows");
            rows.insertOne(new Document("_id", "p-0").append("n", 0));
            server.holdCommits();
            List<Future<?>> durable = new ArrayList<>();
            try {
                for (int i = 1; i <= writers; i++) {
                    Document row = new Document("_id", "p-" + i).append("n", i);
                    durable.add(clients.submit(() -> rows.withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                            .insertOne(row)));
                }
                // more writes wait than Netty's default threads (two per core): each held a thread serving others
                await().atMost(Duration.ofSeconds(20)).until(() -> server.writesAwaitingCommit() == writers);

                Future<Document> read = clients.submit(() -> rows.find(Filters.eq("_id", "p-0")).first());
                Document found = read.get(20, TimeUnit.SECONDS);
                assertThat(found).containsEntry("n", 0);
                assertThat(durable).noneMatch(Future::isDone);
            }
            finally {
                server.releaseCommits();
            }
            for (Future<?> write : durable) {
                write.get(30, TimeUnit.SECONDS);
            }
            assertThat(rows.countDocuments()).isEqualTo(writers + 1);
        }
        finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aCollectionRenamedOverAnotherKeepsItsDocumentsAndIdIndexAcrossARestart() throws Exception {
        Path file = directory.resolve("mongo.mv");
        int port = DevStack.Ports.free().mongo();
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            com.mongodb.client.MongoDatabase reporting = client.getDatabase("reporting");
            reporting.getCollection("rows").insertOne(new Document("_id", "old"));
            reporting.createCollection("rows__rebuild_1");
            reporting.getCollection("rows__rebuild_1").insertOne(new Document("_id", "rebuilt"));
            reporting.getCollection("rows__rebuild_1").renameCollection(
                    new com.mongodb.MongoNamespace("reporting", "rows"),
                    new com.mongodb.client.model.RenameCollectionOptions().dropTarget(true));

            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains("reporting");
            assertThat(reporting.getCollection("rows").find().into(new ArrayList<>()))
                    .extracting(row -> row.get("_id")).containsExactly("rebuilt");
            reporting.getCollection("rows").insertOne(new Document("_id", "after"));
        }
        // after a restart the collection has its documents and its _id index under its new name, nothing is left
        // under the old one
        try (MongoWireServer server = MongoWireServer.start(file, port);
                MongoClient client = MongoClients.create(server.uri())) {
            com.mongodb.client.MongoDatabase reporting = client.getDatabase("reporting");
            MongoCollection<Document> rows = reporting.getCollection("rows");
            assertThat(rows.find().into(new ArrayList<>())).extracting(row -> row.get("_id"))
                    .containsExactlyInAnyOrder("rebuilt", "after");
            assertThat(rows.find(Filters.eq("_id", "rebuilt")).first()).isNotNull();
            assertThat(rows.find(Filters.and(Filters.eq("_id", "after"), Filters.exists("x", false))).first())
                    .as("through the _id index with more conditions").isNotNull();
            assertThatThrownBy(() -> rows.insertOne(new Document("_id", "rebuilt")))
                    .as("the unique _id index holds the renamed documents").hasMessageContaining("duplicate key");
            assertThat(reporting.listCollectionNames().into(new ArrayList<>())).containsExactly("rows");
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains("reporting");
        }
    }

    /** {@code {_id: id, sources.<id>: {$lt: sequence}}}, as Spring Data renders the positions' guard. */
    private static Document guarded(String id, long sequence) {
        return new Document("_id", id).append("sources." + id, new Document("$lt", sequence));
    }
}
