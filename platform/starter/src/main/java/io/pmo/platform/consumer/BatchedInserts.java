package io.pmo.platform.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/**
 * Inserts of documents that a consumer group writes once per event and never changes or reads back while it
 * handles events: an audit trail, an event log. Inside a consumer batch they are not sent one by one: they are
 * gathered, and the batch sends one unordered insert per collection once its handlers have run, before its
 * position write (which makes them durable with the rest, {@link BatchDurability}) and before the offsets are
 * committed. Outside a batch (a handler called on its own, a dead letter replayed) the insert is made at once.
 *
 * <pre>{@code
 * BatchedInserts.insertOnce(mongo, new AuditEntry(received.id(), ...));
 * }</pre>
 *
 * <p>A document whose {@code _id} exists already is left as it is: that is a redelivered event, so the document
 * must be keyed by something the event determines (its id). If the batch's insert fails for any other reason, the
 * batch fails at the first record whose document was refused (or, when the server says nothing per document, at
 * the first record with a document in that insert): the positions of the records before it are written, it is
 * retried, and the records after it are redelivered. Do not use it for a document another handler of the group
 * reads: in a batch, the document is not there until the batch's end.
 */
public final class BatchedInserts {

    private static final int DUPLICATE_KEY = 11000;

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    private BatchedInserts() {
    }

    /**
     * Inserts {@code document} (an entity mapped like any other, to the collection of its class) unless its
     * {@code _id} exists; in a consumer batch, at the batch's end.
     */
    public static void insertOnce(MongoOperations mongo, Object document) {
        Pending pending = CURRENT.get();
        if (pending == null) {
            try {
                mongo.insert(document);
            }
            catch (DuplicateKeyException ex) {
                // inserted already: a redelivered event
            }
            return;
        }
        pending.add(mongo, document);
    }

    /** Opens this thread's batch scope; the dispatcher flushes and closes it. */
    static Pending open() {
        Pending pending = new Pending(CURRENT.get());
        CURRENT.set(pending);
        return pending;
    }

    /** The inserts a batch has gathered, by collection, each tagged with the index of the record that made it. */
    static final class Pending implements AutoCloseable {

        private final Pending previous;

        private final Map<String, Gathered> byCollection = new LinkedHashMap<>();

        /** The record whose handlers are running. */
        private int record;

        private Pending(Pending previous) {
            this.previous = previous;
        }

        /** The handlers of the record at {@code index} run next. */
        void at(int index) {
            this.record = index;
        }

        private void add(MongoOperations mongo, Object entity) {
            String collection = mongo.getCollectionName(entity.getClass());
            Document document = new Document();
            mongo.getConverter().write(entity, document);
            MongoCollection<Document> target = mongo.getCollection(collection);
            byCollection.computeIfAbsent(target.getNamespace().getFullName(), name -> new Gathered(target))
                    .add(record, document);
        }

        /**
         * Sends the inserts of the records below {@code limit} (those of later records are dropped: they are
         * redelivered), one unordered insert per collection, acknowledged once applied.
         * @return the first record whose insert failed, with why, or null if none did
         */
        Refused flush(int limit) {
            Refused first = null;
            for (Gathered gathered : byCollection.values()) {
                Refused refused = gathered.insert(limit);
                if (refused != null && (first == null || refused.record() < first.record())) {
                    first = refused;
                }
            }
            byCollection.clear();
            return first;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            }
            else {
                CURRENT.set(previous);
            }
        }
    }

    /** The first record of a batch whose document an insert refused, and the insert's failure. */
    record Refused(int record, RuntimeException failure) {
    }

    /** One collection's documents, in the order the records made them. */
    private static final class Gathered {

        private final MongoCollection<Document> collection;

        private final List<Document> documents = new ArrayList<>();

        private final List<Integer> records = new ArrayList<>();

        Gathered(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        void add(int record, Document document) {
            documents.add(document);
            records.add(record);
        }

        /** @return the first record below {@code limit} whose document was refused, or null */
        Refused insert(int limit) {
            int count = 0;
            while (count < records.size() && records.get(count) < limit) {
                count++;
            }
            if (count == 0) {
                return null;
            }
            try {
                collection.withWriteConcern(BatchDurability.DEFERRED)
                        .insertMany(documents.subList(0, count), new InsertManyOptions().ordered(false));
                return null;
            }
            catch (MongoBulkWriteException ex) {
                int failed = ex.getWriteConcernError() != null ? records.get(0) : Integer.MAX_VALUE;
                for (BulkWriteError error : ex.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        failed = Math.min(failed, records.get(error.getIndex()));
                    }
                }
                return failed == Integer.MAX_VALUE ? null : new Refused(failed, ex);
            }
            catch (RuntimeException ex) {
                // nothing says which documents made it: the first record is retried, the others redelivered
                return new Refused(records.get(0), ex);
            }
        }
    }
}
