package io.pmo.platform.consumer;

import java.time.Clock;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
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

    ConsumerPositions(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    static String id(String group, String aggregateId) {
        return group + "|" + aggregateId;
    }

    /** The last applied sequence of the aggregate in this group, or -1 if none was applied. */
    long lastApplied(String group, String aggregateId) {
        Document position = mongo.findById(id(group, aggregateId), Document.class, COLLECTION);
        return position == null ? -1 : ((Number) position.get("lastSequence")).longValue();
    }

    boolean isApplied(String group, String aggregateId, long sequence) {
        return lastApplied(group, aggregateId) >= sequence;
    }

    /** Records that the event was applied, unless a later one was recorded already. */
    void markApplied(String group, ReceivedEvent<?> event) {
        Query lower = Query.query(Criteria.where("_id").is(id(group, event.aggregateId()))
                .and("lastSequence").lt(event.sequence()));
        Update update = new Update()
                .set("group", group)
                .set("aggregateId", event.aggregateId())
                .set("tenantId", event.tenantId())
                .set("lastSequence", event.sequence())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant());
        try {
            mongo.upsert(lower, update, COLLECTION);
        }
        catch (DuplicateKeyException ex) {
            // a position at or above this sequence exists: nothing to record
        }
    }
}
