package io.pmo.devstack;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Reads reporting-service's MongoDB read models directly. */
final class ReadModelProbe implements AutoCloseable {

    private final MongoClient client;

    private final String database;

    ReadModelProbe(String uri, String database) {
        this.client = MongoClients.create(uri);
        this.database = database;
    }

    static ReadModelProbe reporting(DevStack stack) {
        return new ReadModelProbe(stack.mongoUri(""), "pmo_reporting");
    }

    List<Document> all(String collection) {
        return client.getDatabase(database).getCollection(collection).find().into(new ArrayList<>());
    }

    List<Document> find(String collection, Document filter) {
        return client.getDatabase(database).getCollection(collection).find(filter).into(new ArrayList<>());
    }

    Document byId(String collection, String id) {
        return client.getDatabase(database).getCollection(collection).find(new Document("_id", id)).first();
    }

    List<String> collectionNames() {
        return client.getDatabase(database).listCollectionNames().into(new ArrayList<>());
    }

    /** Overwrites one field of one document, as a bug or a hand edit would. */
    void set(String collection, String id, String field, Object value) {
        client.getDatabase(database).getCollection(collection)
                .updateOne(new Document("_id", id), new Document("$set", new Document(field, value)));
    }

    @Override
    public void close() {
        client.close();
    }
}
