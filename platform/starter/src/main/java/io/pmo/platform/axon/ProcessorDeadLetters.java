package io.pmo.platform.axon;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pmo.events.common.PmoJson;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.query.TenantQueries.Page;

/**
 * The event processors' dead letters for one tenant at a time: what is parked in a processing group, and its
 * retry through Axon's {@link SequencedDeadLetterProcessor} once the cause is fixed.
 * <p>
 * A processing group has a dead-letter queue when {@link PmoProcessorDeadLetterAutoConfiguration} gave it one
 * (every group but the Kafka publisher). Listing reads Axon's table directly, filtered by the tenant in the
 * event's metadata (JSON, like the event store's), so a page costs one indexed query rather than deserializing
 * the whole queue. Retrying goes through Axon, which claims a sequence, hands its letters to the group's
 * handlers in order and keeps a letter that fails again, with the rest of its sequence.
 */
public class ProcessorDeadLetters {

    private static final DeadLetterSchema SCHEMA = DeadLetterSchema.defaultSchema();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EventProcessingConfiguration processing;

    private final JdbcTemplate jdbc;

    private final int retryMaxSequences;

    private final ObjectMapper json = PmoJson.mapper();

    public ProcessorDeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc, int retryMaxSequences) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.retryMaxSequences = retryMaxSequences;
    }

    /** Whether this service has a processing group of that name with a dead-letter queue. */
    public boolean exists(String group) {
        return processor(group).isPresent();
    }

    /** The processing groups with a dead-letter queue (a group is named like its processor here). */
    public List<String> groups() {
        return processing.eventProcessors().keySet().stream().filter(this::exists).sorted().toList();
    }

    /** All tenants' dead letters of the group: what the metrics report. */
    public long size(String group) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + SCHEMA.deadLetterTable() + " WHERE "
                + SCHEMA.processingGroupColumn() + " = ?", Long.class, group);
        return count == null ? 0 : count;
    }

    /** One page of the tenant's dead letters of the group, each aggregate's in their order. */
    public Page<Letter> list(String group, String tenantId, int page, int size) {
        String where = " FROM " + SCHEMA.deadLetterTable() + " WHERE " + SCHEMA.processingGroupColumn() + " = ? AND "
                + tenantOf(SCHEMA.metaDataColumn()) + " = ?";
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, group, tenantId);
        List<Letter> items = jdbc.query("SELECT " + String.join(", ", SCHEMA.aggregateIdentifierColumn(),
                SCHEMA.sequenceNumberColumn(), SCHEMA.sequenceIdentifierColumn(), SCHEMA.sequenceIndexColumn(),
                SCHEMA.eventIdentifierColumn(), SCHEMA.payloadTypeColumn(), SCHEMA.payloadRevisionColumn(),
                SCHEMA.causeTypeColumn(), SCHEMA.causeMessageColumn(), SCHEMA.enqueuedAtColumn(),
                SCHEMA.lastTouchedColumn(), SCHEMA.diagnosticsColumn()) + where + " ORDER BY "
                + SCHEMA.sequenceIdentifierColumn() + ", " + SCHEMA.sequenceIndexColumn() + " LIMIT ? OFFSET ?",
                (row, n) -> new Letter(row.getString(1), (Long) row.getObject(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8) == null ? null : new Cause(row.getString(8), row.getString(9)),
                        instant(row.getString(10)), instant(row.getString(11)), diagnostics(row.getBytes(12))),
                group, tenantId, size, (long) page * size);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /**
     * Retries the tenant's parked sequences of the group, oldest-touched first, each at most once per call and at
     * most {@code pmo.processors.dlq.retry-max-sequences} of them. A sequence whose letters all succeed leaves
     * the queue; one that fails again stays from the failing letter on.
     */
    public RetryResult retry(String group, String tenantId) {
        int[] counts = retryWhere(group, letter -> tenantId.equals(tenantOf(letter)));
        return new RetryResult(counts[0], counts[1], list(group, tenantId, 0, 1).total());
    }

    /**
     * Retries every tenant's parked sequences of the group whose back-off has passed at {@code now}: a sequence
     * that failed {@code n} times waits {@code interval x 2^(n-1)}, at most an hour, after it was last tried. So a
     * failure that was transient (the read-model store was down) heals by itself, and one that keeps failing costs
     * one attempt an hour. At most {@code retry-max-sequences} sequences per call.
     *
     * @return how many sequences were retried and how many of them succeeded
     */
    public int[] retryDue(String group, Instant now, Duration interval) {
        return retryWhere(group, letter -> !now.isBefore(dueAt(letter, interval)));
    }

    static Instant dueAt(DeadLetter<? extends EventMessage<?>> letter, Duration interval) {
        Object attempts = letter.diagnostics().get(PmoProcessorDeadLetterAutoConfiguration.ATTEMPTS);
        int failed = attempts instanceof Number number ? Math.max(1, number.intValue()) : 1;
        Duration backOff = interval.multipliedBy(1L << Math.min(failed - 1, 20));
        return letter.lastTouched().plus(backOff.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff);
    }

    private static final Duration MAX_BACK_OFF = Duration.ofHours(1);

    /** Retries the group's sequences whose first letter {@code eligible} accepts, each once, bounded. */
    private int[] retryWhere(String group, java.util.function.Predicate<DeadLetter<? extends EventMessage<?>>> eligible) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(group)
                .orElseThrow(() -> new IllegalArgumentException("No dead-letter queue for processing group " + group));
        Set<String> attempted = new HashSet<>();
        int retried = 0;
        int succeeded = 0;
        while (retried < retryMaxSequences) {
            AtomicReference<String> picked = new AtomicReference<>();
            boolean processed = processor.process(letter -> {
                String sequence = sequenceOf(letter);
                if (attempted.contains(sequence) || !eligible.test(letter)) {
                    return false;
                }
                // the queue may fail to claim it (another node retrying) and ask about the next one
                picked.set(sequence);
                attempted.add(sequence);
                return true;
            });
            if (picked.get() == null) {
                break;
            }
            retried++;
            if (processed) {
                succeeded++;
            }
        }
        return new int[] { retried, succeeded };
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group);
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static String tenantOf(DeadLetter<? extends EventMessage<?>> letter) {
        Object tenant = letter.message().getMetaData().get(PmoMetadata.TENANT_ID);
        return tenant == null ? null : tenant.toString();
    }

    /** The metadata column holds the event's metadata as the Jackson serializer wrote it: a JSON object. */
    private static String tenantOf(String metaDataColumn) {
        return "(convert_from(" + metaDataColumn + ", 'UTF8')::jsonb ->> '" + PmoMetadata.TENANT_ID + "')";
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private Map<String, Object> diagnostics(byte[] value) {
        if (value == null || value.length == 0) {
            return Map.of();
        }
        try {
            return json.readValue(value, MAP);
        }
        catch (IOException e) {
            return Map.of("unreadable", e.getMessage());
        }
    }

    /**
     * A dead letter as the admin endpoint shows it.
     *
     * @param aggregateId the event's aggregate (also its sequence in the queue)
     * @param sequence the event's sequence number within its aggregate
     * @param sequenceIdentifier the queue's sequence: the aggregate id under the per-aggregate policy
     * @param sequenceIndex its place in that sequence (0: the event that failed first)
     * @param eventId the event's id
     * @param eventType the payload type as stored (the event class)
     * @param eventRevision the payload's revision, if it has one
     * @param cause why handling it failed; null for a letter that only waits behind an earlier one of its aggregate
     * @param enqueuedAt when it entered the queue
     * @param lastTouched when it was last retried (or enqueued)
     * @param diagnostics what the queue keeps beside the cause, e.g. {@code attempts}
     */
    public record Letter(String aggregateId, Long sequence, String sequenceIdentifier, long sequenceIndex,
            String eventId, String eventType, String eventRevision, Cause cause, Instant enqueuedAt,
            Instant lastTouched, Map<String, Object> diagnostics) {
    }

    public record Cause(String type, String message) {
    }

    /**
     * @param retried sequences (parked aggregates) handed to the handlers again
     * @param succeeded of those, the sequences whose letters all succeeded and left the queue
     * @param stillDeadLettered the tenant's letters of the group still queued after this call
     */
    public record RetryResult(int retried, int succeeded, long stillDeadLettered) {
    }
}
