package io.pmo.platform.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.RenameCollectionOptions;

import io.pmo.platform.consumer.RebuildProgress.Phase;
import io.pmo.platform.consumer.RebuildProgress.State;

/**
 * One rebuild of a consumer group's read models, run on a thread of its own:
 * <ol>
 * <li>create a shadow collection {@code <collection>__rebuild_<run>} per declared read model, with the live one's
 * indexes, and a shadow of the group's dedupe positions;</li>
 * <li>REPLAYING: read every partition of the group's topics from its beginning to the end offset taken at the
 * start, with a plain consumer of its own (no group id, nothing committed), and hand each record to the group's
 * own handlers with {@link CollectionRouting} pointing them at the shadows;</li>
 * <li>CATCHING_UP: pause the group's live listeners (they finish and commit the records in hand), read the group's
 * committed offsets, and apply what lies between the end offsets and those (where the live group was behind at the
 * start, the shadow is ahead, and the live listeners will find those events applied);</li>
 * <li>SWAPPING: rename every shadow over its live collection ({@code renameCollection} with {@code dropTarget}),
 * replace the group's dedupe positions with the rebuilt ones, and resume the live listeners.</li>
 * </ol>
 * A record the handlers cannot apply fails the rebuild (it is neither dead-lettered nor skipped); a failed or
 * cancelled rebuild drops its shadows and leaves the live model as it was. Only the swap touches live collections,
 * and it runs while the group's listeners are paused.
 *
 * <p>Read models are rebuilt for all tenants at once: the topics hold every tenant's events and the collections
 * every tenant's documents. That is why only PMO_ADMIN may start one.
 */
final class ReadModelRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    static final String SHADOW = "__rebuild_";

    private static final Duration POLL = Duration.ofMillis(200);

    /** What the rebuild needs of Kafka: a group-less reader, and the live group's committed offsets. */
    interface Kafka {

        Consumer<String, byte[]> reader(String clientId);

        /** The group's committed offsets of these partitions; a partition without one is missing from the map. */
        Map<TopicPartition, Long> committed(String group, Set<TopicPartition> partitions, Duration timeout);
    }

    /** Pausing and resuming the group's live listeners. */
    interface Listeners {

        void pause(String group, Duration timeout) throws InterruptedException;

        void resume(String group);

        /** The partitions this instance's listeners of the group hold now. */
        Set<TopicPartition> assigned(String group);
    }

    private final String id;

    private final CloudEventDispatcher live;

    private final MongoTemplate mongo;

    private final ConsumerPositions livePositions;

    private final Kafka kafka;

    private final Listeners listeners;

    private final Clock clock;

    private final Duration timeout;

    /** How many threads apply a poll's records at once, each the records of its own partitions. */
    private final int workers;

    private final Instant startedAt;

    private final Map<String, String> collections = new LinkedHashMap<>();

    private final String positionsShadow;

    private final AtomicLong done = new AtomicLong();

    private volatile long total;

    private volatile State state = State.RUNNING;

    private volatile Phase phase = Phase.REPLAYING;

    private volatile Instant finishedAt;

    private volatile String failure;

    private volatile boolean cancelRequested;

    ReadModelRebuild(String id, CloudEventDispatcher live, MongoTemplate mongo, ConsumerPositions livePositions,
            Kafka kafka, Listeners listeners, Clock clock, Duration timeout, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("A rebuild needs at least one worker: " + workers);
        }
        this.id = id;
        this.live = live;
        this.mongo = mongo;
        this.livePositions = livePositions;
        this.kafka = kafka;
        this.listeners = listeners;
        this.clock = clock;
        this.timeout = timeout;
        this.workers = workers;
        this.startedAt = clock.instant();
        String run = id.replace("-", "").substring(0, 12);
        live.consumer().readModels().forEach(collection -> collections.put(collection, collection + SHADOW + run));
        this.positionsShadow = ConsumerPositions.COLLECTION + SHADOW + group() + "_" + run;
    }

    String id() {
        return id;
    }

    String group() {
        return live.group();
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }

    RebuildProgress progress() {
        return RebuildProgress.of(id, group(), state, phase, done.get(), total, startedAt, finishedAt, clock.instant(),
                collections, failure);
    }

    /** Asks the rebuild to stop before its swap; once it swaps, it finishes. */
    boolean cancel() {
        if (state != State.RUNNING || phase == Phase.SWAPPING) {
            return false;
        }
        cancelRequested = true;
        return true;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        boolean swapping = false;
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "pmo-rebuild-" + group() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            dropLeftovers();
            ConsumerPositions positions = new ConsumerPositions(mongo, clock, positionsShadow);
            CloudEventDispatcher shadow = live.forRebuild(positions);
            CollectionRouting.Route route = new CollectionRouting.Route(collections,
                    Set.copyOf(live.consumer().inputs()));
            createShadows();
            try (Consumer<String, byte[]> reader = kafka.reader("rebuild-" + group() + "-" + id)) {
                List<TopicPartition> partitions = partitions(reader);
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, timeout);
                Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
                requireSoleConsumer(partitions);
                total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
                log.info("{}: rebuild {} replays {} records of {} partitions into {}", group(), id, total,
                        partitions.size(), collections.values());
                apply(reader, shadow, route, end, pool);
                long replayed = System.nanoTime();
                phase = Phase.CATCHING_UP;
                listeners.pause(group(), timeout);
                long paused = System.nanoTime();
                try {
                    requireSoleConsumer(partitions);
                    Map<TopicPartition, Long> committed = kafka.committed(group(), Set.copyOf(partitions), timeout);
                    Map<TopicPartition, Long> target = new HashMap<>();
                    for (TopicPartition partition : partitions) {
                        target.put(partition, Math.max(end.get(partition), committed.getOrDefault(partition, 0L)));
                    }
                    total += partitions.stream().mapToLong(p -> target.get(p) - end.get(p)).sum();
                    apply(reader, shadow, route, target, pool);
                    checkCancelled();
                    phase = Phase.SWAPPING;
                    swapping = true;
                    swap(positions);
                    log.info("{}: rebuild {} replayed {} records in {} ms, paused the live listeners in {} ms, caught "
                            + "up and swapped in {} ms", group(), id, done.get(), millis(started, replayed),
                            millis(replayed, paused), millis(paused, System.nanoTime()));
                }
                finally {
                    listeners.resume(group());
                }
            }
            finish(State.SWAPPED, null);
            log.info("{}: rebuild {} swapped {} collections after {} records", group(), id, collections.size(),
                    done.get());
        }
        catch (Cancelled ex) {
            dropShadows();
            finish(State.CANCELLED, null);
            log.info("{}: rebuild {} cancelled after {} records", group(), id, done.get());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            dropShadows();
            finish(State.FAILED, "Interrupted");
        }
        catch (RuntimeException ex) {
            if (!swapping) {
                dropShadows();
            }
            String reason = (swapping ? "The swap failed part-way, the live read models may be mixed; start another "
                    + "rebuild: " : "") + ex.getMessage();
            finish(State.FAILED, reason);
            log.error("{}: rebuild {} failed after {} records: {}", group(), id, done.get(), reason, ex);
        }
        finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            drop(positionsShadow);
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /**
     * The swap is safe only if no other instance consumes the group: pausing reaches this instance's listeners
     * alone, and another instance's writes between the committed offsets read here and the rename would be lost
     * (its offsets committed, its documents replaced). Checked before the replay (to fail early) and again once the
     * listeners are paused (a rebalance may have happened meanwhile).
     */
    private void requireSoleConsumer(List<TopicPartition> partitions) {
        Set<TopicPartition> held = listeners.assigned(group());
        if (!held.containsAll(partitions)) {
            throw new IllegalStateException("This instance's listeners of " + group() + " hold " + held.size()
                    + " of its " + partitions.size() + " partitions: other instances consume the group, and the swap "
                    + "would lose what they apply meanwhile. Rebuild with one instance consuming it");
        }
    }

    private void finish(State end, String reason) {
        failure = reason;
        finishedAt = clock.instant();
        phase = Phase.DONE;
        state = end;
    }

    /** Every partition of the group's topics, in a stable order. */
    private List<TopicPartition> partitions(Consumer<String, byte[]> reader) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : live.consumer().topics()) {
            List<PartitionInfo> infos = reader.partitionsFor(topic, timeout);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return partitions;
    }

    /**
     * Applies every record below {@code target} of every partition from the reader's positions on, then leaves
     * each partition positioned exactly at its target. A partition that reached its target is paused, so that
     * nothing beyond it is fetched. A poll's records are applied by up to {@link #workers} threads at once, each
     * taking the records of its own partitions in their order ({@link #inParallel}).
     */
    private void apply(Consumer<String, byte[]> reader, CloudEventDispatcher shadow, CollectionRouting.Route route,
            Map<TopicPartition, Long> target, ExecutorService pool) throws InterruptedException {
        List<TopicPartition> order = new ArrayList<>(target.keySet());
        order.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        Map<TopicPartition, Integer> workerOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            workerOf.put(order.get(i), i % workers);
        }
        reader.resume(reader.assignment());
        for (Map.Entry<TopicPartition, Long> partition : target.entrySet()) {
            if (reader.position(partition.getKey(), timeout) > partition.getValue()) {
                reader.seek(partition.getKey(), partition.getValue());
            }
        }
        Set<TopicPartition> open = new HashSet<>(target.keySet());
        while (true) {
            checkCancelled();
            open.removeIf(partition -> reader.position(partition, timeout) >= target.get(partition));
            Set<TopicPartition> reached = new HashSet<>(target.keySet());
            reached.removeAll(open);
            reader.pause(reached);
            if (open.isEmpty()) {
                break;
            }
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                if (record.offset() < target.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            if (!batch.isEmpty()) {
                inParallel(batch, workerOf, pool, records -> CollectionRouting.with(route, () -> {
                    shadow.replayBatch(records);
                    return null;
                }));
                done.addAndGet(batch.size());
            }
        }
        for (Map.Entry<TopicPartition, Long> partition : target.entrySet()) {
            reader.seek(partition.getKey(), partition.getValue());
        }
    }

    /**
     * Applies a poll's records split by partition ({@code workerOf}: the i-th partition in topic and number order
     * goes to worker {@code i % workers}), so every aggregate's events (one partition: the key is the aggregate id) stay in order on
     * one thread, and documents fed by several aggregates take concurrent writes as they do from a live group with
     * several listener threads. Waits for every worker; the first failure is rethrown once they all stopped.
     */
    private static void inParallel(List<ConsumerRecord<String, byte[]>> batch, Map<TopicPartition, Integer> workerOf,
            ExecutorService pool, java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> replay)
            throws InterruptedException {
        Map<Integer, List<ConsumerRecord<String, byte[]>>> byWorker = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            int worker = workerOf.get(new TopicPartition(record.topic(), record.partition()));
            byWorker.computeIfAbsent(worker, any -> new ArrayList<>()).add(record);
        }
        if (pool == null || byWorker.size() == 1) {
            replay.accept(batch);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        byWorker.values().forEach(records -> running.add(pool.submit(() -> replay.accept(records))));
        RuntimeException failure = null;
        for (Future<?> worker : running) {
            try {
                worker.get();
            }
            catch (ExecutionException ex) {
                if (failure == null) {
                    failure = ex.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(ex.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void checkCancelled() {
        if (cancelRequested) {
            throw new Cancelled();
        }
    }

    private void createShadows() {
        MongoDatabase db = mongo.getDb();
        collections.forEach((live, shadow) -> {
            mongo.createCollection(shadow);
            if (!mongo.collectionExists(live)) {
                return;
            }
            for (Document index : db.getCollection(live).listIndexes()) {
                if ("_id_".equals(index.getString("name"))) {
                    continue;
                }
                IndexOptions options = new IndexOptions().name(index.getString("name"))
                        .unique(Boolean.TRUE.equals(index.get("unique")))
                        .sparse(Boolean.TRUE.equals(index.get("sparse")));
                db.getCollection(shadow).createIndex(index.get("key", Document.class), options);
            }
        });
    }

    private void swap(ConsumerPositions positions) {
        MongoDatabase db = mongo.getDb();
        collections.forEach((live, shadow) -> db.getCollection(shadow).renameCollection(
                new MongoNamespace(db.getName(), live), new RenameCollectionOptions().dropTarget(true)));
        livePositions.replaceGroup(group(), positions, 500);
    }

    /** Shadows of an earlier rebuild of this group that never finished (the service stopped meanwhile). */
    private void dropLeftovers() {
        String positionsPrefix = ConsumerPositions.COLLECTION + SHADOW + group() + "_";
        for (String name : mongo.getCollectionNames()) {
            boolean leftover = name.startsWith(positionsPrefix)
                    || collections.keySet().stream().anyMatch(live -> name.startsWith(live + SHADOW));
            if (leftover) {
                log.info("{}: dropping {}, left over by an unfinished rebuild", group(), name);
                drop(name);
            }
        }
    }

    private void dropShadows() {
        collections.values().forEach(this::drop);
    }

    private void drop(String collection) {
        try {
            mongo.dropCollection(collection);
        }
        catch (RuntimeException ex) {
            log.warn("{}: could not drop {} of rebuild {}: {}", group(), collection, id, ex.toString());
        }
    }

    /** Thrown on the rebuild's thread when it was asked to stop. */
    private static final class Cancelled extends RuntimeException {

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
