package io.pmo.reporting;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB of the unit tests: mongo-java-server (the same wire server the dev stack runs) in memory on a
 * random port, and a {@link MongoTemplate} with Spring Data's default mapping, as the service gets it. As a JUnit
 * extension ({@code @RegisterExtension static final TestMongo mongo = new TestMongo();}) it drops every collection
 * before each test and stops after the class.
 */
public final class TestMongo implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    private final MongoServer server;

    private final MongoClient client;

    private final MongoTemplate template;

    private final String uri;

    public TestMongo() {
        server = new MongoServer(new MemoryBackend());
        uri = server.bindAndGetConnectionString();
        client = MongoClients.create(uri);
        template = new MongoTemplate(client, "pmo_reporting_test");
    }

    /** A connection string of the server with the tests' database, for a Spring context under test. */
    public String uri() {
        return uri + "/pmo_reporting_test";
    }

    public MongoTemplate template() {
        return template;
    }

    /** Drops every collection, for a clean read model per test. */
    public void reset() {
        template.getDb().drop();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
