package io.pmo.platform.consumer;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Aggregates whose events a consumer group holds back because one of them is in the dead-letter topic. Once an
 * aggregate has a message there, every later message of it goes there too ("parked"), so the aggregate's order
 * survives: applying sequence 4 while 3 waits would make the dedupe drop 3 when it is replayed. Other
 * aggregates keep flowing. Kept in MongoDB ({@code _id = "<group>|<aggregateId>"}) with a count of the
 * aggregate's dead-lettered messages, so that a replay unparks only if nothing was parked while it ran.
 */
final class ParkedAggregates {

    static final String COLLECTION = "consumer_parked";

    private final MongoOperations mongo;

    private final Clock clock;

    ParkedAggregates(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The event that parked the aggregate, or null if it flows. */
    String blockingEvent(String group, String aggregateId) {
        Document parked = mongo.findById(ConsumerPositions.id(group, aggregateId), Document.class, COLLECTION);
        return parked == null ? null : parked.getString("blockingEventId");
    }

    /** The events that parked those of these aggregates that are parked, by aggregate; the map is the caller's. */
    Map<String, String> blockingEvents(String group, Collection<String> aggregateIds) {
        Map<String, String> blocking = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return blocking;
        }
        Query query = Query.query(Criteria.where("_id")
                .in(aggregateIds.stream().map(id -> ConsumerPositions.id(group, id)).toList()));
        query.fields().include("aggregateId", "blockingEventId");
        for (Document parked : mongo.find(query, Document.class, COLLECTION)) {
            blocking.put(parked.getString("aggregateId"), parked.getString("blockingEventId"));
        }
        return blocking;
    }

    /**
     * Counts one more dead-lettered message of the aggregate; the first one parks it. Called after the message
     * is in the dead-letter topic, so a replay that has read the topic sees either the message or the count.
     */
    void park(String group, String aggregateId, String tenantId, String eventId, String reason) {
        Update update = new Update()
                .setOnInsert("group", group)
                .setOnInsert("aggregateId", aggregateId)
                .setOnInsert("tenantId", tenantId)
                .setOnInsert("blockingEventId", eventId)
                .setOnInsert("reason", reason)
                .setOnInsert("parkedAt", clock.instant())
                .inc("deadLettered", 1L);
        mongo.upsert(Query.query(Criteria.where("_id").is(ConsumerPositions.id(group, aggregateId))), update,
                COLLECTION);
    }

    /** The tenant's parked aggregates of a group with their dead-letter counts. */
    Map<String, Long> parked(String group, String tenantId) {
        Map<String, Long> counts = new HashMap<>();
        for (Document parked : mongo.find(Query.query(Criteria.where("group").is(group).and("tenantId").is(tenantId)),
                Document.class, COLLECTION)) {
            counts.put(parked.getString("aggregateId"), ((Number) parked.get("deadLettered")).longValue());
        }
        return counts;
    }

    /** Lets the aggregate flow again, unless more of its messages were parked since {@code deadLettered} was read. */
    boolean unpark(String group, String aggregateId, long deadLettered) {
        return mongo.remove(Query.query(Criteria.where("_id").is(ConsumerPositions.id(group, aggregateId))
                .and("deadLettered").is(deadLettered)), COLLECTION).getDeletedCount() > 0;
    }
}
