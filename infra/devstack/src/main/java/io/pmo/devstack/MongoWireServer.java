package io.pmo.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The MongoDB wire protocol (mongo-java-server) on an H2 MVStore file, answering {@code hello} (which the
 * driver's health check sends) like {@code isMaster}. MVStore commits in the background once
 * a second, which a crash would lose although the client was told the write succeeded (and a consumer then
 * commits its Kafka offset): this backend answers a write command only once a commit covers it, committing for
 * several concurrent writers at once (group commit).
 */
final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;

    private final DurableH2Backend backend;

    private final int port;

    private MongoWireServer(MongoServer server, DurableH2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static MongoWireServer start(Path file, int port) throws IOException {
        Files.createDirectories(file.getParent());
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).open();
        DurableH2Backend backend = new DurableH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        return new MongoWireServer(server, backend, port);
    }

    /**
     * Fault injection for tests: from now on, every write command to {@code collection} of {@code database} is refused
     * before it is applied, by closing the client's connection as a crashed or unreachable server would (the driver
     * sees a socket error, which the consumer toolkit treats as transient). Until {@link #healWrites()}.
     */
    void failWrites(String database, String collection) {
        backend.failing = database + "." + collection;
    }

    /** Ends {@link #failWrites}: writes are applied again. */
    void healWrites() {
        backend.failing = null;
    }

    /** How many writes {@link #failWrites} refused since the server started. */
    long refusedWrites() {
        return backend.refused.get();
    }

    /** The server's connection string, without a database. */
    String uri() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }

    private static final class DurableH2Backend extends H2Backend {

        private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
                "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

        /** {@code database.collection} whose writes are refused ({@link #failWrites}), or null. */
        private volatile String failing;

        private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

        DurableH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                // MongoDB 5+ drivers' health check; mongo-java-server 1.47 knows only its predecessor isMaster
                Document result = super.handleCommand(channel, databaseName, "isMaster", query);
                result.put("isWritablePrimary", result.getOrDefault("ismaster", Boolean.TRUE));
                return result;
            }
            boolean write = WRITES.contains(command.toLowerCase(java.util.Locale.ROOT));
            String refuse = failing;
            if (write && refuse != null && refuse.equals(databaseName + "." + query.get(command))) {
                refused.incrementAndGet();
                channel.close();
                throw new IllegalStateException("injected: write to " + refuse + " refused, connection closed");
            }
            Document result = super.handleCommand(channel, databaseName, command, query);
            if (write) {
                commitCovering(applied.incrementAndGet());
            }
            return result;
        }

        /** Writes applied so far, counted once each is done. */
        private final java.util.concurrent.atomic.AtomicLong applied = new java.util.concurrent.atomic.AtomicLong();

        /** The count of applied writes the last commit covered. */
        private long committed;

        /**
         * Group commit: a write is answered once a commit that began after it was applied has finished. Writers of
         * several connections (the consumer groups of four services write at once) queue here; the first commits
         * everything applied until then, and those behind it whose writes that commit covered answer without a
         * commit of their own. A lone writer still commits once per write.
         */
        private void commitCovering(long write) {
            synchronized (this) {
                if (committed >= write) {
                    return;
                }
                long covering = applied.get();
                getMvStore().commit();
                committed = covering;
            }
        }
    }
}
