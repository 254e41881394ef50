package io.pmo.devstack;

import org.awaitility.Awaitility;

import java.time.Duration;

/**
 * Waits until nothing is in flight: project-service's publisher has caught up with its event store and
 * reporting-service's consumer group has no lag. Assert that nothing was lost only after this.
 */
final class Quiescence {

    private Quiescence() {
    }

    static void await(StoreProbe store, TopicProbe topic, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            long head = store.maxGlobalIndex();
            return store.processorPosition("kafka-publisher") >= head
                    && topic.lag("pmo.project.events", "reporting-service") == 0;
        });
    }

    static void await(DevStack stack) {
        await(StoreProbe.project(stack), new TopicProbe(stack.kafkaBootstrapServers()), Duration.ofSeconds(90));
    }
}
