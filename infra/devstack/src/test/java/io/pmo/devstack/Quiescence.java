package io.pmo.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.pmo.platform.kafka.KafkaEventPublisher;
import io.pmo.platform.testing.EventStoreProbes;
import io.pmo.platform.testing.KafkaProbes;
import io.pmo.platform.testing.Probe;

/**
 * Waits until nothing is in flight on the dev stack: every service's publisher has caught up with its event
 * store and every consumer group has no lag. Assert that nothing was lost only after this. The waiting itself is
 * the platform's shared helper, {@link io.pmo.platform.testing.Quiescence}.
 */
final class Quiescence {

    private Quiescence() {
    }

    /** The publisher of the store's service and every consumer group of the probe's broker. */
    static void await(StoreProbe store, TopicProbe topic, Duration atMost) {
        io.pmo.platform.testing.Quiescence.await(atMost, publisher(store.jdbcUrl()),
                KafkaProbes.allConsumerGroups(topic.bootstrapServers()));
    }

    /**
     * Every service database's event processors and every consumer group of the stack's broker. reporting-service
     * publishes nothing (it has no {@code kafka-publisher} processor, which the probe would count as never caught
     * up once its store holds an event); what can be in flight there are its own processors of its RAG
     * definitions.
     */
    static void await(DevStack stack) {
        List<Probe> probes = new ArrayList<>();
        for (String database : DevStack.DATABASES) {
            if (database.equals("pmo_reporting")) {
                for (String processor : List.of("rag-definitions", "rag-results")) {
                    probes.add(EventStoreProbes.publisher(stack.jdbcUrl(database), "postgres", "postgres", processor));
                }
            }
            else {
                probes.add(publisher(stack.jdbcUrl(database)));
            }
        }
        probes.add(KafkaProbes.allConsumerGroups(stack.kafkaBootstrapServers()));
        io.pmo.platform.testing.Quiescence.await(Duration.ofSeconds(90), probes);
    }

    private static Probe publisher(String jdbcUrl) {
        return EventStoreProbes.publisher(jdbcUrl, "postgres", "postgres", KafkaEventPublisher.PROCESSING_GROUP);
    }
}
