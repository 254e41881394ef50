package io.pmo.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The MongoDB wire protocol (mongo-java-server) on an H2 MVStore file, answering {@code hello} (which the
 * driver's health check sends) like {@code isMaster}. MVStore commits in the background once
 * a second, which a crash would lose although the client was told the write succeeded (and a consumer then
 * commits its Kafka offset): this backend answers a write whose write concern asks for the journal or a majority
 * only once a commit covers it, committing for several concurrent writers at once (group commit); other writes,
 * as in MongoDB, are answered once applied and made durable by the next such commit. A query naming one {@code _id} and more conditions (the
 * read models' guarded updates: {@code {_id: X, sources.<aggregate>: {$lt: n}}}) looks the document up by its
 * {@code _id} as MongoDB does, where mongo-java-server would scan the whole collection ({@link IdFirstCollection}).
 * Documents are stored as BSON, not Java-serialized ({@link BsonStoredDocuments}); index keys in hash order
 * ({@link HashOrderedIndexes}).
 */
final class MongoWireServer implements AutoCloseable {

    /**
     * Netty threads for the clients' connections; each connection is served by one of them for its life. A durable
     * write holds its thread until a commit covers it, and with Netty's default (two per core) that thread also
     * served a share of every other connection: in the load benchmark's profile the four threads spent most of
     * their time waiting for commits (139 s of 300 entering the group commit, 49 s waiting for MVStore's page
     * writer), and the reads and deferred writes of the connections behind them waited with them. With a thread
     * per connection or nearly (the stack opens a few dozen), a write waiting for the disk holds up only its own
     * client, which waits for it anyway. The threads sleep in epoll when idle.
     */
    static final int CONNECTION_THREADS = 64;

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
        // 64 MB of page cache instead of 16: the read models of a load run outgrew it and pages were read again
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).cacheSize(64).open();
        DurableH2Backend backend = new DurableH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind(new java.net.InetSocketAddress("localhost", port), 1, CONNECTION_THREADS);
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

    /**
     * Fault injection for tests: from now on, commits wait (as on a stalled disk) until {@link #releaseCommits()}, so
     * every write that asks for the journal or a majority stays unanswered meanwhile.
     */
    void holdCommits() {
        backend.commitGate = new java.util.concurrent.CountDownLatch(1);
    }

    /** Ends {@link #holdCommits()}: the waiting writes are committed and answered. */
    void releaseCommits() {
        java.util.concurrent.CountDownLatch gate = backend.commitGate;
        backend.commitGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    /** How many writes wait for a commit now. */
    int writesAwaitingCommit() {
        return backend.waiting.get();
    }

    /** How many queries naming an {@code _id} and more fields were answered through the {@code _id} index. */
    long idFirstQueries() {
        return backend.idFirst.sum();
    }

    /** Whether writes were applied that no commit covers yet (answered without waiting for the disk). */
    boolean hasUncommittedWrites() {
        return backend.getMvStore().hasUnsavedChanges();
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

    static final class DurableH2Backend extends H2Backend {

        private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
                "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

        /** {@code database.collection} whose writes are refused ({@link #failWrites}), or null. */
        private volatile String failing;

        private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

        DurableH2Backend(MVStore store) {
            super(store);
        }

        /** Queries answered through the {@code _id} index although they name more fields ({@link IdFirstCollection}). */
        private final java.util.concurrent.atomic.LongAdder idFirst = new java.util.concurrent.atomic.LongAdder();

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            // also called from the super constructor, for the databases already in the file
            return new IdFirstDatabase(databaseName, getMvStore(), getCursorRegistry(), () -> idFirst);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                // MongoDB 5+ drivers' health check; mongo-java-server 1.47 knows only its predecessor isMaster
                Document result = super.handleCommand(channel, databaseName, "isMaster", query);
                result.put("isWritablePrimary", result.getOrDefault("ismaster", Boolean.TRUE));
                return result;
            }
            boolean isWrite = WRITES.contains(command.toLowerCase(java.util.Locale.ROOT));
            String refuse = failing;
            if (isWrite && refuse != null && refuse.equals(databaseName + "." + query.get(command))) {
                refused.incrementAndGet();
                channel.close();
                throw new IllegalStateException("injected: write to " + refuse + " refused, connection closed");
            }
            try {
                return super.handleCommand(channel, databaseName, command, query);
            }
            finally {
                // a refused write (duplicate key) also waits, as MongoDB waits for the client's last write
                if (isWrite) {
                    long write = applied.incrementAndGet();
                    if (durable(query)) {
                        commitCovering(write);
                    }
                }
            }
        }

        /**
         * Whether the write must be on disk before it is answered: as in MongoDB, if its write concern asks for the
         * journal ({@code j: true}, {@code fsync}) or a majority (journaled by default). Anything else ({@code w: 1}
         * with {@code j: false} or none, MongoDB's default) is answered once applied and made durable by the next
         * durable write or the background commit: the consumer toolkit's handlers write that way inside a batch,
         * and the batch's position write commits them all ({@code BatchDurability} in the starter).
         */
        static boolean durable(Document command) {
            if (!(command.get("writeConcern") instanceof Document concern)) {
                return false;
            }
            return Boolean.TRUE.equals(concern.get("j")) || Boolean.TRUE.equals(concern.get("fsync"))
                    || "majority".equals(concern.get("w"));
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
            waiting.incrementAndGet();
            try {
                synchronized (this) {
                    if (committed >= write) {
                        return;
                    }
                    long covering = applied.get();
                    awaitGate();
                    getMvStore().commit();
                    committed = covering;
                }
            }
            finally {
                waiting.decrementAndGet();
            }
        }

        /** Writes waiting in {@link #commitCovering} for a commit. */
        private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

        /** While set, commits wait for it ({@link #holdCommits}). */
        private volatile java.util.concurrent.CountDownLatch commitGate;

        private void awaitGate() {
            java.util.concurrent.CountDownLatch gate = commitGate;
            if (gate == null) {
                return;
            }
            try {
                gate.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** H2's database, whose collections are {@link IdFirstCollection}s (the maps named as H2Database names them). */
    private static final class IdFirstDatabase extends H2Database {

        /** What the collections need, for the ones H2Database's constructor opens before this one's fields are set. */
        private record Setup(MVStore store, java.util.function.Supplier<java.util.concurrent.atomic.LongAdder> idFirst) {
        }

        private static final ThreadLocal<Setup> CONSTRUCTING = new ThreadLocal<>();

        /** One value type for every collection: documents as BSON ({@link BsonStoredDocuments}). */
        private static final BsonStoredDocuments DOCUMENTS = new BsonStoredDocuments();

        private final Setup setup;

        IdFirstDatabase(String databaseName, MVStore store, CursorRegistry cursors,
                java.util.function.Supplier<java.util.concurrent.atomic.LongAdder> idFirst) {
            super(databaseName, constructing(new Setup(store, idFirst)), cursors);
            this.setup = CONSTRUCTING.get();
            CONSTRUCTING.remove();
        }

        private static MVStore constructing(Setup setup) {
            CONSTRUCTING.set(setup);
            return setup.store();
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                java.util.List<de.bwaldvogel.mongo.backend.IndexKey> keys, boolean sparse) {
            // opened in hash order first; H2Database then opens the same map by its name (its private
            // mapNameForIndex: "<namespace>._index_<index>") and gets this instance
            Setup current = setup != null ? setup : CONSTRUCTING.get();
            HashOrderedIndexes.open(current.store(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /**
         * Renames a collection's maps in the file as well. mongo-java-server's H2 backend renames the collection
         * object first and then looks its maps up by the name it now has: it creates empty maps under the new name
         * and leaves the documents and the indexes under the old one. The collection works until a restart, which
         * then opens the empty maps under its name (a rebuilt read model, swapped in by a rename, came back empty
         * with its documents in a leftover shadow) and, with documents stored as BSON, an assertion fails when the
         * database is listed. Here the stray maps are dropped and the collection's data, meta and index maps take
         * the new name.
         */
        @Override
        public void moveCollection(de.bwaldvogel.mongo.MongoDatabase oldDatabase, MongoCollection<?> collection,
                String newCollectionName) {
            String from = collection.getFullName();
            String to = getFullCollectionNamespace(newCollectionName);
            super.moveCollection(oldDatabase, collection, newCollectionName);
            MVStore store = setup.store();
            if (from.equals(to) || !store.hasMap("databases." + from)) {
                return;
            }
            for (String kind : java.util.List.of("databases.", "meta.")) {
                if (store.hasMap(kind + to)) {
                    store.removeMap(store.openMap(kind + to));
                }
                if (store.hasMap(kind + from)) {
                    store.renameMap(store.openMap(kind + from), kind + to);
                }
            }
            String indexes = from + "._index_";
            for (String index : java.util.List.copyOf(store.getMapNames())) {
                if (index.startsWith(indexes)) {
                    HashOrderedIndexes.rename(store, index, to + "._index_" + index.substring(indexes.length()));
                }
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            Setup current = setup != null ? setup : CONSTRUCTING.get();
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = current.store().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(DOCUMENTS));
            MVMap<String, Object> meta = current.store().openMap("meta." + namespace);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry, current.idFirst());
        }
    }

    /**
     * mongo-java-server uses the {@code _id} index only for a query with no other field, so every guarded update
     * of a read model and every tenant-scoped read by id ({@code {_id, tenantId}}) scanned and matched its whole
     * collection (most of a consumer's time, growing with the collection). Here a query with a plain {@code _id}
     * value or an {@code _id: {$in: [...]}} and more conditions fetches those documents through the index, then
     * matches the whole query against them, as before.
     */
    static final class IdFirstCollection extends H2Collection {

        private final java.util.function.Supplier<java.util.concurrent.atomic.LongAdder> idFirst;

        IdFirstCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors,
                java.util.function.Supplier<java.util.concurrent.atomic.LongAdder> idFirst) {
            super(database, collectionName, options, data, meta, cursors);
            this.idFirst = idFirst;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Object id = query.get(ID);
            if (query.size() > 1 && id != null && (isPlain(id) || isIn(id))) {
                Document byId = new Document(ID, id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        idFirst.get().increment();
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        private static final String ID = "_id";

        private static boolean isPlain(Object id) {
            return !(id instanceof Document) && !(id instanceof java.util.Collection);
        }

        /** {@code {$in: [...]}}: the tenant-scoped reads of several documents by id. */
        private static boolean isIn(Object id) {
            return id instanceof Document operator && operator.size() == 1 && operator.containsKey("$in");
        }
    }
}
