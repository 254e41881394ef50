package io.pmo.platform.consumer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The dedupe store of the consumer toolkit: per (consumer group, source aggregate) the last applied sequence,
 * in the service's own MongoDB next to its read models, keyed {@code _id = "<group>|<aggregateId>"}. An event
 * at or below it was applied already, so a redelivery is a no-op. The position only moves forward: the write
 * is conditional on a lower stored sequence, and a losing concurrent insert is a duplicate key, i.e. a no-op.
 */
final class ConsumerPositions {

    static final String COLLECTION = "consumer_positions";

    private final MongoOperations mongo;

    private final Clock clock;

    private final String collection;

    ConsumerPositions(MongoOperations mongo, Clock clock) {
        this(mongo, clock, COLLECTION);
    }

    /** Positions kept in another collection: a rebuild's own, swapped in with {@link #replaceGroup}. */
    ConsumerPositions(MongoOperations mongo, Clock clock, String collection) {
        this.mongo = mongo;
        this.clock = clock;
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    static String id(String group, String aggregateId) {
        return group + "|" + aggregateId;
    }

    /** The last applied sequence of the aggregate in this group, or -1 if none was applied. */
    long lastApplied(String group, String aggregateId) {
        Document position = mongo.findById(id(group, aggregateId), Document.class, collection);
        return position == null ? -1 : ((Number) position.get("lastSequence")).longValue();
    }

    /**
     * The last applied sequences of these aggregates in this group, read at once; an aggregate with none is
     * absent. The map is the caller's to change.
     */
    Map<String, Long> lastApplied(String group, Collection<String> aggregateIds) {
        Map<String, Long> applied = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return applied;
        }
        Query query = Query.query(Criteria.where("_id").in(aggregateIds.stream().map(id -> id(group, id)).toList()));
        query.fields().include("aggregateId", "lastSequence");
        for (Document position : mongo.find(query, Document.class, collection)) {
            applied.put(position.getString("aggregateId"), ((Number) position.get("lastSequence")).longValue());
        }
        return applied;
    }

    boolean isApplied(String group, String aggregateId, long sequence) {
        return lastApplied(group, aggregateId) >= sequence;
    }

    /** Records that the event was applied, unless a later one was recorded already. */
    void markApplied(String group, ReceivedEvent<?> event) {
        try {
            mongo.upsert(lower(group, event), position(group, event), collection);
        }
        catch (DuplicateKeyException ex) {
            // a position at or above this sequence exists: nothing to record
        }
    }

    /**
     * Records that these events were applied, in one unordered bulk write of conditional upserts (give one event
     * per aggregate, its latest): a position at or above an event's sequence stays as it is.
     */
    void markApplied(String group, Collection<? extends ReceivedEvent<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() == 1) {
            markApplied(group, events.iterator().next());
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        events.forEach(event -> bulk.upsert(lower(group, event), position(group, event)));
        try {
            bulk.execute();
        }
        catch (BulkOperationException ex) {
            if (ex.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw ex;
            }
            // only positions at or above their event's sequence refused the upsert: nothing to record for them
        }
    }

    private static final int DUPLICATE_KEY = 11000;

    private static Query lower(String group, ReceivedEvent<?> event) {
        return Query.query(Criteria.where("_id").is(id(group, event.aggregateId()))
                .and("lastSequence").lt(event.sequence()));
    }

    private Update position(String group, ReceivedEvent<?> event) {
        return new Update()
                .set("group", group)
                .set("aggregateId", event.aggregateId())
                .set("tenantId", event.tenantId())
                .set("lastSequence", event.sequence())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant());
    }

    /**
     * Makes {@code rebuilt}'s positions of the group this store's: the group's positions here are removed, the
     * rebuilt ones copied in, in batches. Not atomic: call it while the group's listeners are paused.
     * @return how many positions were copied
     */
    long replaceGroup(String group, ConsumerPositions rebuilt, int batchSize) {
        mongo.remove(Query.query(Criteria.where("group").is(group)), collection);
        long copied = 0;
        List<Document> batch = new ArrayList<>(batchSize);
        for (Document position : mongo.getCollection(rebuilt.collection).find(new Document("group", group))) {
            batch.add(position);
            if (batch.size() == batchSize) {
                mongo.getCollection(collection).insertMany(batch);
                copied += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(collection).insertMany(batch);
            copied += batch.size();
        }
        return copied;
    }
}
