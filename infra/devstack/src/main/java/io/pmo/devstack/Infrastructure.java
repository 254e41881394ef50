package io.pmo.devstack;

import java.util.Objects;

/**
 * Where a stack's services find PostgreSQL, Kafka and MongoDB: the embedded servers the stack starts itself, or
 * servers someone else runs (Testcontainers, a shared environment), given to {@link DevStack.Builder#infrastructure}.
 * The services are started with the same arguments either way; only these endpoints differ.
 *
 * @param postgresUrl a JDBC URL of the PostgreSQL server without a database, e.g. {@code jdbc:postgresql://host:5432};
 *        each service's database ({@code pmo_project}, ...) must exist on it
 * @param postgresUsername the user the services connect as
 * @param postgresPassword its password
 * @param kafkaBootstrapServers the broker(s), e.g. {@code host:9092}
 * @param mongoUri a MongoDB connection string without a database, e.g. {@code mongodb://host:27017}
 */
public record Infrastructure(String postgresUrl, String postgresUsername, String postgresPassword,
        String kafkaBootstrapServers, String mongoUri) {

    public Infrastructure {
        Objects.requireNonNull(postgresUrl, "postgresUrl");
        Objects.requireNonNull(postgresUsername, "postgresUsername");
        Objects.requireNonNull(postgresPassword, "postgresPassword");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(mongoUri, "mongoUri");
    }

    /** The JDBC URL of one service's database. */
    public String jdbcUrl(String database) {
        return withDatabase(postgresUrl, database);
    }

    /** The MongoDB connection string of one service's database. */
    public String mongoUri(String database) {
        return withDatabase(mongoUri, database);
    }

    /** The password stays out of log lines and test reports. */
    @Override
    public String toString() {
        return "Infrastructure[postgres=" + postgresUrl + " (user " + postgresUsername + "), kafka="
                + kafkaBootstrapServers + ", mongo=" + mongoUri + "]";
    }

    /** Puts the database into the URL's path, before any {@code ?options} (a Mongo URI may carry some). */
    private static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String server = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String options = query < 0 ? "" : serverUrl.substring(query);
        if (server.endsWith("/")) {
            server = server.substring(0, server.length() - 1);
        }
        return server + "/" + database + options;
    }
}
