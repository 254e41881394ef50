package io.pmo.devstack;

import java.nio.file.Files;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The end-to-end flow of {@link EndToEndIT} on real servers: PostgreSQL 17, an Apache Kafka broker (KRaft) and
 * MongoDB in containers, with every service and the gateway of the dev stack started against them. Runs only where
 * a Docker engine is; elsewhere it is skipped, and says why, after a detection that takes well under a second
 * when there is no Docker socket at all. It never starts the shared embedded {@link TestStack}.
 */
@EnabledIf(value = "dockerIsAvailable", disabledReason = ContainersEndToEndIT.NO_DOCKER)
@Testcontainers(parallel = true)
class ContainersEndToEndIT extends EndToEndFlow {

    static final String NO_DOCKER = "Docker is not available: the containers end-to-end test runs only where a "
            + "Docker engine is (the embedded stack covers CI)";

    private static final Logger log = LoggerFactory.getLogger(ContainersEndToEndIT.class);

    /** The same major version as the embedded server (zonky's PostgreSQL 17.11 binaries). */
    @Container
    private static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17.11")
            .withUsername("postgres")
            .withPassword("postgres")
            // five services' connection pools, as the embedded server allows them
            .withCommand("postgres", "-c", "max_connections=200", "-c", "fsync=off")
            // the image runs these once, at its first start, before it accepts connections
            .withCopyToContainer(Transferable.of(DevStack.DATABASES.stream()
                    .map(database -> "CREATE DATABASE " + database + ";")
                    .collect(Collectors.joining("\n"))), "/docker-entrypoint-initdb.d/pmo-databases.sql");

    /** The Apache image of the same Kafka as the clients (kafka.version), in KRaft mode. */
    @Container
    private static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    private static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.12");

    private static DevStack stack;

    ContainersEndToEndIT() {
        super(stack);
    }

    @BeforeAll
    static void startStackOnTheContainers() throws Exception {
        stack = DevStack.builder()
                .dataDirectory(Files.createTempDirectory("pmo-containers-it-"))
                .ports(DevStack.Ports.free())
                .infrastructure(new Infrastructure(
                        "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432),
                        postgres.getUsername(), postgres.getPassword(),
                        kafka.getBootstrapServers(),
                        mongo.getConnectionString()))
                .start();
        log.info("Dev stack on containers: {}{}", stack.infrastructure(), stack.banner());
    }

    /** Before the containers stop (Testcontainers stops them after this), so no service loses its store mid-way. */
    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** Asks Testcontainers once per JVM; says how long it took and, when there is no Docker, why the test skips. */
    static boolean dockerIsAvailable() {
        long begin = System.nanoTime();
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (available) {
            log.info("Docker found in {} ms: running the end-to-end flow on containers", millis);
        }
        else {
            log.warn("{} (detection took {} ms); ContainersEndToEndIT is skipped", NO_DOCKER, millis);
        }
        return available;
    }
}
