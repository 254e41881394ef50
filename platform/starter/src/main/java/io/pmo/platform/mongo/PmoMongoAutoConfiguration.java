package io.pmo.platform.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;

/**
 * Every service's MongoDB writes are acknowledged only once they are journaled on a majority
 * ({@code w: "majority", j: true}). A consumer commits its Kafka offsets after its read-model writes were
 * acknowledged; with MongoDB's default ({@code w: 1}, no journal wait) a MongoDB crash could lose writes that were
 * acknowledged up to a journal interval earlier, while their offsets stay committed, and those events would never
 * be applied again. A {@code w} or {@code journal} option in the connection string still wins: this customizer runs
 * before Boot's, which applies the connection string.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClientSettings.class)
public class PmoMongoAutoConfiguration {

    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    @Bean
    MongoClientSettingsBuilderCustomizer pmoDurableWrites() {
        return new DurableWrites();
    }

    private static final class DurableWrites implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.writeConcern(DURABLE);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
