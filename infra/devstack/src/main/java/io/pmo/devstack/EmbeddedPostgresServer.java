package io.pmo.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from Maven (zonky), one database per service, data kept under a directory.
 * After a crash of the JVM (kill -9) the server process outlives it; the next start stops that orphan first
 * (STACK.md pitfall 12) and PostgreSQL recovers from its WAL.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, int port, List<String> databases) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                // stopped by the dev stack after the services, not by zonky's own JVM hook running alongside theirs
                .setRegisterShutdownHook(false)
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, port);
        server.createMissingDatabases(databases);
        return server;
    }

    /** The server's JDBC URL, without a database. */
    String url() {
        return "jdbc:postgresql://localhost:" + port;
    }

    int port() {
        return port;
    }

    private void createMissingDatabases(List<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                try (ResultSet exists = statement
                        .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database);
                        log.info("Created database {}", database);
                    }
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create the service databases", ex);
        }
    }

    /** A postmaster.pid left by a JVM that was killed names a server that still runs: stop it. */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (orphan.isPresent() && orphan.get().isAlive()) {
            log.warn("Stopping PostgreSQL server {} left running by a previous dev stack", orphan.get().pid());
            orphan.get().descendants().forEach(ProcessHandle::destroyForcibly);
            orphan.get().destroyForcibly();
            try {
                orphan.get().onExit().get();
            }
            catch (Exception ex) {
                throw new IOException("Could not stop the orphaned PostgreSQL server", ex);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
