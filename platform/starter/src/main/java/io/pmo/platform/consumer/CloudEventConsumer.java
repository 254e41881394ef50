package io.pmo.platform.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one consumer group of a service reads and how it handles it: declare it as a bean and the platform
 * starter runs it (a Kafka listener container per group, offsets committed after the handlers' writes,
 * dedupe per source aggregate, the dead-letter topic {@code <topic>.<group>.dlq} with parking, and the admin
 * endpoints under {@code /api/v1/admin/consumers/<group>/dlq}).
 *
 * <pre>{@code
 * @Bean
 * CloudEventConsumer reportingProjectEvents(AuditLogProjection audit, ProjectReportProjection reports) {
 *     return CloudEventConsumer.group("reporting-service")
 *             .topic(EventCatalog.topic("project"))
 *             .on(ProjectEvent.class, audit::record)
 *             .on(ProjectEvent.class, reports::apply)
 *             .build();
 * }
 * }</pre>
 *
 * Handlers run in the order they were declared; a handler declared for a supertype (e.g. the sealed
 * {@code ProjectEvent}) gets every event of its subtypes. Event types without a handler are acknowledged and
 * skipped, but still advance the group's last applied sequence of their aggregate.
 */
public final class CloudEventConsumer {

    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final String group;

    private final List<String> topics;

    private final List<Registration<?>> handlers;

    private final List<String> readModels;

    private final List<String> inputs;

    private CloudEventConsumer(Builder builder) {
        this.group = builder.group;
        this.topics = List.copyOf(builder.topics);
        this.handlers = List.copyOf(builder.handlers);
        this.readModels = List.copyOf(builder.readModels);
        this.inputs = List.copyOf(builder.inputs);
    }

    public static Builder group(String group) {
        return new Builder(group);
    }

    public String group() {
        return group;
    }

    public List<String> topics() {
        return topics;
    }

    /**
     * The collections this group's handlers write and nobody else's: what a read-model rebuild rebuilds and swaps.
     * Empty for a group that only reacts (sends commands): such a group cannot be rebuilt.
     */
    public List<String> readModels() {
        return readModels;
    }

    /** Collections of others the handlers read (never write): a rebuild reads them live. */
    public List<String> inputs() {
        return inputs;
    }

    /** The dead-letter topic of one of this consumer's topics. */
    public String deadLetterTopic(String topic) {
        return deadLetterTopic(topic, group);
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    boolean handles(Class<?> eventType) {
        return handlers.stream().anyMatch(registration -> registration.type().isAssignableFrom(eventType));
    }

    /** Runs every handler that accepts this event, in declaration order. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void dispatch(ReceivedEvent<?> received) {
        for (Registration<?> registration : handlers) {
            if (registration.type().isInstance(received.event())) {
                ((CloudEventHandler) registration.handler()).handle(received.event(), received);
            }
        }
    }

    @Override
    public String toString() {
        return "CloudEventConsumer[" + group + " <- " + topics + "]";
    }

    record Registration<T>(Class<T> type, CloudEventHandler<? super T> handler) {
    }

    /** Declares a consumer group: its topics and its handlers. */
    public static final class Builder {

        private final String group;

        private final List<String> topics = new ArrayList<>();

        private final List<Registration<?>> handlers = new ArrayList<>();

        private final List<String> readModels = new ArrayList<>();

        private final List<String> inputs = new ArrayList<>();

        private Builder(String group) {
            if (group == null || !GROUP.matcher(group).matches()) {
                throw new IllegalArgumentException("A consumer group is 1-100 of [A-Za-z0-9._-]: " + group);
            }
            this.group = group;
        }

        public Builder topic(String topic) {
            topics.add(Objects.requireNonNull(topic, "topic"));
            return this;
        }

        /** Handles every event whose record is an instance of {@code type}. */
        public <T> Builder on(Class<T> type, CloudEventHandler<T> handler) {
            handlers.add(new Registration<>(Objects.requireNonNull(type, "type"),
                    Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /**
         * Declares the collections the handlers build, all of them, so that the group can be rebuilt from offset 0
         * ({@code POST /api/v1/admin/consumers/<group>/rebuilds}). Handlers must name them by entity class (see
         * {@link CollectionRouting}); a rebuild fails if a handler touches a collection that is neither declared
         * here nor in {@link #reads}.
         */
        public Builder readModels(String... collections) {
            for (String collection : collections) {
                readModels.add(Objects.requireNonNull(collection, "collection"));
            }
            return this;
        }

        /** Declares collections the handlers read but do not own (another processor's read model). */
        public Builder reads(String... collections) {
            for (String collection : collections) {
                inputs.add(Objects.requireNonNull(collection, "collection"));
            }
            return this;
        }

        public CloudEventConsumer build() {
            if (topics.isEmpty()) {
                throw new IllegalStateException("Consumer group " + group + " reads no topic");
            }
            return new CloudEventConsumer(this);
        }
    }
}
