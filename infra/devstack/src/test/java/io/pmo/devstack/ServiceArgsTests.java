package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The services get the same command line whether the stack started its stores or was given external ones
 * (containers): what {@code ContainersEndToEndIT} relies on where no Docker engine is to run it.
 */
class ServiceArgsTests {

    private static final String ISSUER = "http://localhost:9000";

    @Test
    void embeddedStoresGiveTheServicesTheCommandLineTheyAlwaysHad() {
        Infrastructure embedded = new Infrastructure("jdbc:postgresql://localhost:15432", "postgres", "postgres",
                "localhost:9092", "mongodb://localhost:27018");

        List<String> args = DevStack.serviceArgs(8081, "pmo_project", embedded, ISSUER);

        assertThat(args).startsWith(
                "--server.port=8081",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/pmo_project",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.mongodb.uri=mongodb://localhost:27018/pmo_project",
                "--spring.kafka.bootstrap-servers=localhost:9092");
        assertThat(args).endsWith(
                "--pmo.security.issuer-uri=http://localhost:9000",
                "--pmo.security.jwk-set-uri=http://localhost:9000/oauth2/jwks");
    }

    @Test
    void externalStoresChangeOnlyTheStoreEndpointsAndCredentials() {
        Infrastructure embedded = new Infrastructure("jdbc:postgresql://localhost:15432", "postgres", "postgres",
                "localhost:9092", "mongodb://localhost:27018");
        Infrastructure containers = new Infrastructure("jdbc:postgresql://172.17.0.1:32771", "pmo", "s3cret",
                "172.17.0.1:32772", "mongodb://172.17.0.1:32773");

        List<String> fromEmbedded = DevStack.serviceArgs(8083, "pmo_resource", embedded, ISSUER);
        List<String> fromContainers = DevStack.serviceArgs(8083, "pmo_resource", containers, ISSUER);

        assertThat(fromContainers).hasSameSizeAs(fromEmbedded);
        for (int i = 0; i < fromEmbedded.size(); i++) {
            String option = fromEmbedded.get(i).substring(0, fromEmbedded.get(i).indexOf('=') + 1);
            assertThat(fromContainers.get(i)).as("same option in the same place").startsWith(option);
        }
        assertThat(fromContainers).containsAll(fromEmbedded.stream()
                .filter(arg -> !arg.startsWith("--spring.datasource.") && !arg.startsWith("--spring.mongodb.")
                        && !arg.startsWith("--spring.kafka."))
                .toList());
        assertThat(fromContainers).contains(
                "--spring.datasource.url=jdbc:postgresql://172.17.0.1:32771/pmo_resource",
                "--spring.datasource.username=pmo",
                "--spring.datasource.password=s3cret",
                "--spring.mongodb.uri=mongodb://172.17.0.1:32773/pmo_resource",
                "--spring.kafka.bootstrap-servers=172.17.0.1:32772");
    }

    @Test
    void databaseGoesIntoTheUrlPathBeforeAnyOptions() {
        Infrastructure external = new Infrastructure("jdbc:postgresql://db:5432/?sslmode=require", "pmo", "s3cret",
                "kafka:9092", "mongodb://mongo:27017/?directConnection=true");

        assertThat(external.jdbcUrl("pmo_risk")).isEqualTo("jdbc:postgresql://db:5432/pmo_risk?sslmode=require");
        assertThat(external.mongoUri("pmo_risk")).isEqualTo("mongodb://mongo:27017/pmo_risk?directConnection=true");
        assertThat(external.toString()).contains("user pmo").doesNotContain("s3cret");
    }
}
