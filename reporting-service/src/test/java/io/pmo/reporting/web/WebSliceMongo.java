package io.pmo.reporting.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.TestMongo;

/**
 * The MongoDB of the web slice tests: a Mongo-wire server per test context, closed with it, and the tenant-scoped
 * queries the controllers read through. A test injects {@link TestMongo} to reset it and to feed projections.
 */
@TestConfiguration(proxyBeanMethods = false)
class WebSliceMongo {

    @Bean(destroyMethod = "close")
    TestMongo testMongo() {
        return new TestMongo();
    }

    @Bean
    MongoTemplate mongoTemplate(TestMongo testMongo) {
        return testMongo.template();
    }

    @Bean
    TenantQueries tenantQueries(MongoTemplate mongoTemplate) {
        return new TenantQueries(mongoTemplate);
    }
}
