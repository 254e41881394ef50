package io.pmo.platform.consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * In a service with consumer groups, the {@link MongoTemplate} is a {@link RoutingMongoTemplate}, so that a read-model
 * rebuild can run the groups' handlers against shadow collections. It replaces Boot's template (same bean name,
 * same construction), hence it is configured before Boot's MongoDB data configuration.
 */
@AutoConfiguration(before = DataMongoAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(CloudEventConsumer.class)
public class PmoRoutingMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MongoOperations.class)
    MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
        return new RoutingMongoTemplate(factory, converter);
    }
}
