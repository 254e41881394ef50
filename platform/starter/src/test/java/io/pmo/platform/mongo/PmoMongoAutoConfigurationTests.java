package io.pmo.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.WriteConcern;

class PmoMongoAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    PmoMongoAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=mongodb://localhost:1/pmo");

    @Test
    void writesAreAcknowledgedOnceJournaledOnAMajority() {
        runner.run(context -> assertThat(context.getBean(MongoTemplate.class).getDb().getWriteConcern())
                .isEqualTo(WriteConcern.MAJORITY.withJournal(true)));
    }

    @Test
    void aWriteConcernInTheConnectionStringWins() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://localhost:1/pmo?w=1&journal=false")
                .run(context -> assertThat(context.getBean(MongoTemplate.class).getDb().getWriteConcern())
                        .isEqualTo(WriteConcern.W1.withJournal(false)));
    }
}
