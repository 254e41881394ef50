package io.pmo.platform.query;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tenant-scoped read-model queries for every service with a MongoDB. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.data.mongodb.core.MongoTemplate")
@ConditionalOnBean(MongoTemplate.class)
public class PmoQueryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TenantQueries tenantQueries(MongoTemplate mongo) {
        return new TenantQueries(mongo);
    }
}
