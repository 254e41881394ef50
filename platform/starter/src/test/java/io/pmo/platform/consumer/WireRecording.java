package io.pmo.platform.consumer;

import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.platform.consumer.ConsumerMother.DeadLetterTopics;

/**
 * What the tests that watch the toolkit's writes on the wire share: a client with the platform's durable write
 * concern, how MongoDB reads a write concern, and a consumer group that keeps project names.
 */
final class WireRecording {

    /** The collection of {@link ProjectName}. */
    static final String NAMES = "project_names";

    @org.springframework.data.mongodb.core.mapping.Document(NAMES)
    record ProjectName(String id, String tenantId, String name) {
    }

    private WireRecording() {
    }

    /** A client of {@code server} whose default write concern is the platform's ({@code w: "majority", j: true}). */
    static MongoClient durableClient(MongoServer server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .build());
    }

    /** As MongoDB reads a write concern: journaled if it asks for the journal or a majority. */
    static boolean durable(Object concern) {
        return concern instanceof Document document
                && (Boolean.TRUE.equals(document.get("j")) || "majority".equals(document.get("w")));
    }

    /**
     * Adds the handlers of a project-name read model to {@code group}: a creation upserts the name (or fails for a
     * project in {@code failing}), a rename updates it, both through {@link SourceGuard}.
     */
    static CloudEventConsumer.Builder projectNames(CloudEventConsumer.Builder group, MongoOperations mongo,
            Class<?> documentType, Set<String> failing) {
        return group
                .on(ProjectCreated.class, (event, received) -> {
                    if (failing.contains(event.projectId())) {
                        throw new IllegalStateException("store refuses " + event.projectId());
                    }
                    SourceGuard.upsert(mongo, documentType, event.projectId(),
                            new Update().set("name", event.name()).set("tenantId", event.tenantId()), received);
                })
                .on(ProjectRenamed.class, (event, received) -> SourceGuard.update(mongo, documentType,
                        event.projectId(), new Update().set("name", event.name()), received));
    }

    /** The live dispatcher of {@code consumer}, its bookkeeping in {@code mongo}. */
    static CloudEventDispatcher dispatcher(CloudEventConsumer consumer, MongoOperations mongo) {
        return dispatcher(consumer, mongo, new SimpleMeterRegistry());
    }

    /** The same, counting its outcomes in {@code meters}. */
    static CloudEventDispatcher dispatcher(CloudEventConsumer consumer, MongoOperations mongo, MeterRegistry meters) {
        return new CloudEventDispatcher(consumer, ConsumerMother.types(),
                new ConsumerPositions(mongo, ConsumerMother.CLOCK), new ParkedAggregates(mongo, ConsumerMother.CLOCK),
                new DeadLetterTopics().deadLetters(), meters);
    }
}
