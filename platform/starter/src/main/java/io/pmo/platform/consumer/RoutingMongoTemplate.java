package io.pmo.platform.consumer;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoAction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import com.mongodb.WriteConcern;

/**
 * The {@link MongoTemplate} of a service with consumer groups: it maps an entity class to its collection as usual,
 * then lets {@link CollectionRouting} redirect it. Every entity-class operation of {@code MongoTemplate} (find,
 * save, insert, update, upsert, stream, exists, count, indexOps) resolves its collection through
 * {@link #getCollectionName}, so overriding that one method routes them all; operations given a collection name
 * explicitly are not routed. Inside a consumer batch's handlers, its writes wait only to be applied
 * ({@link BatchDurability}): the batch's position write makes them durable.
 */
public class RoutingMongoTemplate extends MongoTemplate {

    public RoutingMongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
        super(factory, converter);
    }

    @Override
    public String getCollectionName(Class<?> entityClass) {
        return CollectionRouting.resolve(super.getCollectionName(entityClass));
    }

    @Override
    protected WriteConcern prepareWriteConcern(MongoAction action) {
        return BatchDurability.isDeferred() ? BatchDurability.DEFERRED : super.prepareWriteConcern(action);
    }
}
