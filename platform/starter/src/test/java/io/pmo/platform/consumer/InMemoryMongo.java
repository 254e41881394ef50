package io.pmo.platform.consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The Mongo-wire server the dev stack runs, in memory, with one template per database. */
final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());

    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    MongoTemplate database(String name) {
        return new MongoTemplate(client, name);
    }

    /** A template of the kind a service with consumer groups has: it follows {@link CollectionRouting}. */
    RoutingMongoTemplate routing(String name) {
        return new RoutingMongoTemplate(new SimpleMongoClientDatabaseFactory(client, name), null);
    }

    /** Drops every database, for a clean start per test. */
    void reset() {
        client.listDatabaseNames().forEach(name -> client.getDatabase(name).drop());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
