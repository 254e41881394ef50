package io.pmo.platform.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;

/**
 * The read-model rebuilds of a service's consumer groups (see {@link ReadModelRebuild}): at most one per group at
 * a time, each on a thread of its own, the last {@value #KEPT} finished ones kept for their progress. Behind
 * {@code /api/v1/admin/consumers/{group}/rebuilds}.
 *
 * <p>The bookkeeping is this instance's: "one at a time", the progress and the listener pause hold for the instance
 * that runs the rebuild. A rebuild therefore requires this instance to consume the whole group (every partition
 * assigned to its listeners) and fails otherwise: scale the service to one replica for it.
 */
public final class ReadModelRebuilds implements DisposableBean {

    static final int KEPT = 20;

    private final Map<String, CloudEventDispatcher> dispatchers = new LinkedHashMap<>();

    private final MongoTemplate mongo;

    private final ConsumerPositions positions;

    private final ReadModelRebuild.Kafka kafka;

    private final ReadModelRebuild.Listeners listeners;

    private final Clock clock;

    private final Duration timeout;

    private final int workers;

    private final Map<String, ReadModelRebuild> rebuilds = new LinkedHashMap<>();

    private final Deque<Thread> threads = new ArrayDeque<>();

    ReadModelRebuilds(List<CloudEventDispatcher> dispatchers, MongoTemplate mongo, ConsumerPositions positions,
            ReadModelRebuild.Kafka kafka, ReadModelRebuild.Listeners listeners, Clock clock, Duration timeout,
            int workers) {
        dispatchers.forEach(dispatcher -> this.dispatchers.put(dispatcher.group(), dispatcher));
        this.mongo = mongo;
        this.positions = positions;
        this.kafka = kafka;
        this.listeners = listeners;
        this.clock = clock;
        this.timeout = timeout;
        this.workers = workers;
    }

    /**
     * Starts rebuilding the group's read models.
     * @throws NotFound if the service has no such group
     * @throws RuleViolated if the group declares no read models (it only reacts: replaying it would send commands)
     * @throws StateConflict if a rebuild of the group is running
     */
    public synchronized RebuildProgress start(String group) {
        CloudEventDispatcher dispatcher = dispatcher(group);
        if (dispatcher.consumer().readModels().isEmpty()) {
            throw new RuleViolated("Consumer group " + group + " declares no read models to rebuild");
        }
        Optional<ReadModelRebuild> running = rebuilds.values().stream()
                .filter(rebuild -> rebuild.group().equals(group) && rebuild.isRunning()).findFirst();
        if (running.isPresent()) {
            throw new StateConflict("Rebuild " + running.get().id() + " of " + group + " is running",
                    Map.of("rebuildId", running.get().id()));
        }
        ReadModelRebuild rebuild = new ReadModelRebuild(UUID.randomUUID().toString(), dispatcher, mongo, positions,
                kafka, listeners, clock, timeout, workers);
        forgetOldest();
        rebuilds.put(rebuild.id(), rebuild);
        Thread thread = new Thread(rebuild, "pmo-rebuild-" + group);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
        return rebuild.progress();
    }

    /** The rebuild's progress. */
    public synchronized RebuildProgress progress(String group, String id) {
        return rebuild(group, id).progress();
    }

    /**
     * Asks a running rebuild to stop; it drops its shadow collections and ends CANCELLED.
     * @throws StateConflict if it is finished or already swapping
     */
    public synchronized RebuildProgress cancel(String group, String id) {
        ReadModelRebuild rebuild = rebuild(group, id);
        if (!rebuild.cancel()) {
            RebuildProgress progress = rebuild.progress();
            throw StateConflict.inState("Rebuild " + id + " can no longer be cancelled", progress.state()
                    == RebuildProgress.State.RUNNING ? progress.phase() : progress.state());
        }
        return rebuild.progress();
    }

    public boolean exists(String group) {
        return dispatchers.containsKey(group);
    }

    private CloudEventDispatcher dispatcher(String group) {
        CloudEventDispatcher dispatcher = dispatchers.get(group);
        if (dispatcher == null) {
            throw new NotFound("No consumer group " + group + " in this service");
        }
        return dispatcher;
    }

    private ReadModelRebuild rebuild(String group, String id) {
        dispatcher(group);
        ReadModelRebuild rebuild = rebuilds.get(id);
        if (rebuild == null || !rebuild.group().equals(group)) {
            throw new NotFound("No rebuild " + id + " of " + group);
        }
        return rebuild;
    }

    private void forgetOldest() {
        var finished = rebuilds.values().stream().filter(rebuild -> !rebuild.isRunning()).toList();
        for (int i = 0; i < finished.size() - KEPT + 1; i++) {
            rebuilds.remove(finished.get(i).id());
        }
        threads.removeIf(thread -> !thread.isAlive());
    }

    /** Cancels what runs and waits a little for it: a rebuild must not swap while the application stops. */
    @Override
    public void destroy() throws InterruptedException {
        List<Thread> started;
        synchronized (this) {
            rebuilds.values().stream().filter(ReadModelRebuild::isRunning).forEach(ReadModelRebuild::cancel);
            started = List.copyOf(threads);
        }
        for (Thread thread : started) {
            thread.join(timeout.toMillis());
        }
    }
}
