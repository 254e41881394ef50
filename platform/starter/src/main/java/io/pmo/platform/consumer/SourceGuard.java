package io.pmo.platform.consumer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;

/**
 * The per-document guard of a read model (STYLE.md, Projections): a document keeps, in {@code sources}, the
 * last applied sequence of every source aggregate that fed it, and says which event built it last
 * ({@code lastEventId}, {@code lastEventAt}). A change is one conditional write "only if this source's stored
 * sequence is lower than the event's", so the write and its dedupe are atomic: if the service crashes after the
 * write but before the toolkit recorded the event as applied, the redelivered event changes nothing.
 *
 * <pre>{@code
 * SourceGuard.update(mongo, ProjectReportRow.class, event.projectId(), new Update().set("name", renamed.name()), received);
 * }</pre>
 * Source aggregate ids become field names: they must not contain {@code .} or start with {@code $} (UUIDs are fine).
 */
public final class SourceGuard {

    /** The field holding {@code {<source aggregate id>: <last applied sequence>}}. */
    public static final String SOURCES = "sources";

    public static final String LAST_EVENT_ID = "lastEventId";

    public static final String LAST_EVENT_AT = "lastEventAt";

    private SourceGuard() {
    }

    /** The document {@code documentId} if it has not applied this event's source aggregate up to its sequence. */
    public static Query pending(String documentId, ReceivedEvent<?> event) {
        return new BasicQuery(new Document("_id", documentId).append("$or", unapplied(event)));
    }

    /** Adds the bookkeeping to a change: this source's sequence and the event that built the document last. */
    public static Update stamp(Update change, ReceivedEvent<?> event) {
        bookkeeping(event).forEach(change::set);
        return change;
    }

    /** "This event's source is not applied up to its sequence": the field is missing or lower. */
    private static List<Document> unapplied(ReceivedEvent<?> event) {
        String field = field(event.aggregateId());
        return List.of(new Document(field, new Document("$exists", false)),
                new Document(field, new Document("$lt", event.sequence())));
    }

    /** The fields {@link #stamp} sets, in order. */
    private static Map<String, Object> bookkeeping(ReceivedEvent<?> event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field(event.aggregateId()), event.sequence());
        fields.put(LAST_EVENT_ID, event.id());
        fields.put(LAST_EVENT_AT, event.time());
        return fields;
    }

    /**
     * Applies a change to an existing document unless it has seen the event.
     * @return whether the document changed; false if it had applied the event already or does not exist
     */
    public static boolean update(MongoOperations mongo, Class<?> documentType, String documentId, Update change,
            ReceivedEvent<?> event) {
        return guarded(mongo, documentType, documentId, change, event, false).getModifiedCount() > 0;
    }

    /**
     * Applies a change, creating the document if it does not exist, unless it has seen the event.
     * Use {@link Update#setOnInsert} for the fields a new document needs.
     * @return whether the document was created or changed
     */
    public static boolean upsert(MongoOperations mongo, Class<?> documentType, String documentId, Update change,
            ReceivedEvent<?> event) {
        try {
            UpdateResult result = guarded(mongo, documentType, documentId, change, event, true);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        }
        catch (DuplicateKeyException ex) {
            // the document exists and has applied this source up to the event already
            return false;
        }
    }

    /**
     * The conditional write of {@link #update} and {@link #upsert}, the same as {@code pending} and {@code stamp}
     * through the template, but with only the caller's change mapped through the document type's metadata: the
     * {@code sources.<aggregate id>} paths are written as they are, since Spring Data would resolve each (a new
     * one for every aggregate) as a property path of the entity, which was most of the cost of a guarded write.
     * The collection is the template's for the type (so {@link CollectionRouting} applies) and the write concern
     * the template's ({@link BatchDurability} inside a consumer batch).
     */
    private static UpdateResult guarded(MongoOperations mongo, Class<?> documentType, String documentId,
            Update change, ReceivedEvent<?> event, boolean upsert) {
        if (change.hasArrayFilters()) {
            // array filters need the template's mapping of the options too
            Query pending = pending(documentId, event);
            Update stamped = stamp(change, event);
            return upsert ? mongo.upsert(pending, stamped, documentType)
                    : mongo.updateFirst(pending, stamped, documentType);
        }
        MongoConverter converter = mongo.getConverter();
        Mappers mappers = Mappers.of(converter);
        MongoPersistentEntity<?> entity = converter.getMappingContext().getPersistentEntity(documentType);
        Document filter = mappers.query().getMappedObject(new Document("_id", documentId), entity)
                .append("$or", unapplied(event));
        Document update = mappers.update().getMappedObject(change.getUpdateObject(), entity);
        Document set = update.get("$set") instanceof Document changed ? changed : new Document();
        bookkeeping(event).forEach((field, value) -> set.append(field, converter.convertToMongoType(value)));
        update.put("$set", set);
        return mongo.execute(mongo.getCollectionName(documentType), collection -> (BatchDurability.isDeferred()
                ? collection.withWriteConcern(BatchDurability.DEFERRED) : collection)
                .updateOne(filter, update, new UpdateOptions().upsert(upsert)));
    }

    /** Spring Data's mappers of a converter, made once per converter, not per write. */
    private record Mappers(QueryMapper query, UpdateMapper update) {

        /** A service has one converter or two; tests make more, so the cache is bounded. */
        private static final Map<MongoConverter, Mappers> KNOWN = new ConcurrentHashMap<>();

        static Mappers of(MongoConverter converter) {
            if (KNOWN.size() > 16) {
                KNOWN.clear();
            }
            return KNOWN.computeIfAbsent(converter,
                    known -> new Mappers(new QueryMapper(known), new UpdateMapper(known)));
        }
    }

    /** The path of a source aggregate's sequence inside {@code sources}. */
    public static String field(String sourceAggregateId) {
        if (sourceAggregateId == null || sourceAggregateId.isEmpty() || sourceAggregateId.contains(".")
                || sourceAggregateId.startsWith("$")) {
            throw new IllegalArgumentException("Not usable as a field name of " + SOURCES + ": " + sourceAggregateId);
        }
        return SOURCES + "." + sourceAggregateId;
    }
}
