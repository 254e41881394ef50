package io.pmo.platform.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import io.pmo.events.common.CloudEvent;

/**
 * Test doubles of a read-model rebuild: a topic in memory read through a {@link MockConsumer}, the live group's
 * committed offsets, and listeners that record being paused and resumed (and may publish while paused, as a live
 * group that moved on during the replay).
 */
final class RebuildMother {

    static final int PARTITIONS = 2;

    private RebuildMother() {
    }

    /** {@link ConsumerMother#TOPIC} with two partitions; an aggregate's events go to one of them, by key. */
    static final class Topic implements ReadModelRebuild.Kafka {

        private final Map<Integer, List<CloudEvent>> published = new HashMap<>();

        private final Map<TopicPartition, Long> committed = new HashMap<>();

        private MockConsumer<String, byte[]> reader;

        /** Released to let the first poll return: a test holds a rebuild in its replay with it. */
        volatile CountDownLatch firstPoll = new CountDownLatch(0);

        Topic() {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                published.put(partition, Collections.synchronizedList(new ArrayList<>()));
            }
        }

        static int partitionOf(String key) {
            return Math.floorMod(key.hashCode(), PARTITIONS);
        }

        static TopicPartition partition(int partition) {
            return new TopicPartition(ConsumerMother.TOPIC, partition);
        }

        /** Appends the event; returns its record. */
        ConsumerRecord<String, byte[]> publish(CloudEvent event) {
            int partition = partitionOf(event.subject());
            List<CloudEvent> log = published.get(partition);
            log.add(event);
            return record(partition, log.size() - 1, event);
        }

        /** How many events were published. */
        long size() {
            return published.values().stream().mapToLong(List::size).sum();
        }

        /** The live group has committed everything published so far. */
        void commitAll() {
            published.forEach((partition, log) -> committed.put(partition(partition), (long) log.size()));
        }

        /** Makes events published after the reader was made readable by its next poll. */
        void deliverLater(List<ConsumerRecord<String, byte[]>> records) {
            reader.schedulePollTask(() -> records.forEach(reader::addRecord));
        }

        @Override
        public Consumer<String, byte[]> reader(String clientId) {
            MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
            List<PartitionInfo> infos = new ArrayList<>();
            Map<TopicPartition, Long> begin = new HashMap<>();
            Map<TopicPartition, Long> end = new HashMap<>();
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            published.forEach((partition, log) -> {
                infos.add(new PartitionInfo(ConsumerMother.TOPIC, partition, Node.noNode(), new Node[0], new Node[0]));
                begin.put(partition(partition), 0L);
                end.put(partition(partition), (long) log.size());
                for (int offset = 0; offset < log.size(); offset++) {
                    records.add(record(partition, offset, log.get(offset)));
                }
            });
            consumer.updatePartitions(ConsumerMother.TOPIC, infos);
            consumer.updateBeginningOffsets(begin);
            consumer.updateEndOffsets(end);
            CountDownLatch latch = firstPoll;
            consumer.schedulePollTask(() -> {
                await(latch);
                records.forEach(consumer::addRecord);
            });
            reader = consumer;
            return consumer;
        }

        @Override
        public Map<TopicPartition, Long> committed(String group, Set<TopicPartition> partitions, Duration timeout) {
            return Map.copyOf(committed);
        }

        private static ConsumerRecord<String, byte[]> record(int partition, long offset, CloudEvent event) {
            return new ConsumerRecord<>(ConsumerMother.TOPIC, partition, offset, event.subject(), event.toBytes());
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the first poll");
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Records "pause"/"resume" calls in order, runs {@link #whilePaused} on each pause, holds {@link #held}. */
    static final class Listeners implements ReadModelRebuild.Listeners {

        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        Runnable whilePaused = () -> {
        };

        /** What this instance holds: every partition unless a test says otherwise. */
        Set<TopicPartition> held = Set.of(Topic.partition(0), Topic.partition(1));

        @Override
        public void pause(String group, Duration timeout) {
            calls.add("pause " + group);
            whilePaused.run();
        }

        @Override
        public void resume(String group) {
            calls.add("resume " + group);
        }

        @Override
        public Set<TopicPartition> assigned(String group) {
            return held;
        }
    }
}
