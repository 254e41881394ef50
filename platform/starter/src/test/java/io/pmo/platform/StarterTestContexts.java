package io.pmo.platform;

/** What the starter's Spring Boot tests share: they run on PostgreSQL alone. */
public final class StarterTestContexts {

    /** Leaves out the MongoDB and Kafka auto-configuration, which would try to reach servers the tests lack. */
    public static final String WITHOUT_MONGO_AND_KAFKA = "spring.autoconfigure.exclude="
            + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration,"
            + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";

    private StarterTestContexts() {
    }
}
