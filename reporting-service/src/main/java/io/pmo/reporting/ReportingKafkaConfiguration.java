package io.pmo.reporting;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How the consumers of this service treat a record whose handler throws (e.g. an event of a project whose
 * creation was never applied, or MongoDB unavailable): the container seeks back and retries the same record a
 * bounded number of times, so nothing is silently dropped; after the last retry the record is logged at ERROR
 * and its offset committed so the partition keeps moving. A dead-letter topic replaces the log in a later
 * issue. Boot's listener container factory picks this bean up.
 */
@Configuration(proxyBeanMethods = false)
class ReportingKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportingKafkaConfiguration.class);

    @Bean
    CommonErrorHandler reportingKafkaErrorHandler(
            @Value("${pmo.reporting.consumer.retry-interval:1s}") Duration retryInterval,
            @Value("${pmo.reporting.consumer.max-retries:9}") long maxRetries) {
        return new DefaultErrorHandler((record, ex) -> log.error(
                "Giving up on record {}-{}@{} (key {}) after {} retries; it is skipped: {}", record.topic(),
                record.partition(), record.offset(), record.key(), maxRetries, ex.getMessage(), ex),
                new FixedBackOff(retryInterval.toMillis(), maxRetries));
    }
}
