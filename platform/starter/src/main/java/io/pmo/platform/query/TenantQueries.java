package io.pmo.platform.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one way a service reads its MongoDB read models: every query is scoped to a tenant here, so no
 * repository writes its own tenant filter (and none can forget it). Documents keep the tenant in
 * {@code tenantId}. Queries stay key-based, which the MongoDB-wire server of the dev stack serves well.
 */
public class TenantQueries {

    public static final String TENANT_FIELD = "tenantId";

    private final MongoTemplate mongo;

    public TenantQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The document with this id, or empty if there is none or it belongs to another tenant. */
    public <T> Optional<T> findById(String tenantId, String id, Class<T> type) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id).and(TENANT_FIELD).is(tenantId)),
                type));
    }

    /**
     * One page of the tenant's documents matching {@code criteria} (may be null: all of the tenant's), in a
     * stable order: callers pass a sort that ends with a unique key.
     */
    public <T> Page<T> page(String tenantId, Criteria criteria, Sort sort, int page, int size, Class<T> type) {
        Query query = scoped(tenantId, criteria);
        long total = mongo.count(query, type);
        List<T> items = mongo.find(query.with(sort).skip((long) page * size).limit(size), type);
        return new Page<>(items, page, size, total);
    }

    /**
     * The tenant's first document matching {@code criteria} (may be null) in this order, in one query without the
     * count a page needs: "the latest version of" lookups on a consumer's hot path.
     */
    public <T> Optional<T> first(String tenantId, Criteria criteria, Sort sort, Class<T> type) {
        return Optional.ofNullable(mongo.findOne(scoped(tenantId, criteria).with(sort).limit(1), type));
    }

    /**
     * The tenant's documents whose unique {@code key} is one of {@code values}, in no particular order: a key
     * lookup for the parts of one read model kept as documents of their own (a plan's tasks), never for a list
     * endpoint. The query names the key alone, so that a store that uses an index only for a query on exactly its
     * keys (the dev stack's MongoDB-wire server) looks the values up instead of scanning; the tenant is checked on
     * each document found.
     */
    public <T> List<T> findByKeys(String tenantId, String key, java.util.Collection<?> values, Class<T> type) {
        String collection = mongo.getCollectionName(type);
        List<?> keys = List.copyOf(values);
        List<T> found = new java.util.ArrayList<>();
        // in batches: a store may match each document found against the whole $in list again
        for (int from = 0; from < keys.size(); from += KEY_BATCH) {
            List<?> batch = keys.subList(from, Math.min(keys.size(), from + KEY_BATCH));
            mongo.find(Query.query(Criteria.where(key).in(batch)), org.bson.Document.class, collection).stream()
                    .filter(document -> tenantId.equals(document.get(TENANT_FIELD)))
                    .forEach(document -> found.add(mongo.getConverter().read(type, document)));
        }
        return found;
    }

    private static final int KEY_BATCH = 100;

    private static Query scoped(String tenantId, Criteria criteria) {
        Criteria scoped = Criteria.where(TENANT_FIELD).is(tenantId);
        return Query.query(criteria == null ? scoped : new Criteria().andOperator(scoped, criteria));
    }

    /** A page of a list endpoint: {@code total} counts every match, not just this page. */
    public record Page<T>(List<T> items, int page, int size, long total) {

        public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
            return new Page<>(items.stream().map(mapper).toList(), page, size, total);
        }
    }
}
