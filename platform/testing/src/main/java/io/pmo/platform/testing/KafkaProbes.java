package io.pmo.platform.testing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Consumer lag as {@link Probe}s, read with a Kafka admin client. */
public final class KafkaProbes {

    private KafkaProbes() {
    }

    /** The lag of one group on the given topics: over every partition, end offset minus committed offset (0 if none). */
    public static Probe consumerLag(String bootstrapServers, String group, String... topics) {
        return Probe.of("lag of consumer group " + group + " on " + List.of(topics),
                () -> withAdmin(bootstrapServers, admin -> lag(admin, group, Set.of(topics))));
    }

    /**
     * The summed lag of every consumer group of the cluster, each on every topic it has committed offsets for or
     * is assigned to. Groups a test does not know about count too: quiet means nobody is behind.
     */
    public static Probe allConsumerGroups(String bootstrapServers) {
        return Probe.of("lag of every consumer group", () -> withAdmin(bootstrapServers, admin -> {
            long lag = 0;
            for (String group : groups(admin)) {
                lag += lag(admin, group, Set.of());
            }
            return lag;
        }));
    }

    private static long lag(Admin admin, String group, Set<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Set<String> measured = new HashSet<>(topics);
        if (measured.isEmpty()) {
            committed.keySet().forEach(partition -> measured.add(partition.topic()));
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            for (MemberDescription member : description.members()) {
                member.assignment().topicPartitions().forEach(partition -> measured.add(partition.topic()));
            }
        }
        if (measured.isEmpty()) {
            return 0;
        }
        List<TopicPartition> partitions = admin.describeTopics(measured).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> ends = admin
                .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            lag += ends.get(partition) - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    private static Collection<String> groups(Admin admin) throws ExecutionException, InterruptedException {
        return admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream().map(GroupListing::groupId)
                .toList();
    }

    private interface AdminCall {

        long apply(Admin admin) throws Exception;
    }

    private static long withAdmin(String bootstrapServers, AdminCall call) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            return call.apply(admin);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot read consumer lag from " + bootstrapServers + ": " + ex, ex);
        }
    }
}
