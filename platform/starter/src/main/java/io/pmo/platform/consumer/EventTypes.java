package io.pmo.platform.consumer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;

/**
 * Maps a CloudEvents type to the event record this service knows, across revisions. Consumers accept every
 * revision ever published (CONVENTIONS.md): {@code io.pmo.<context>.<Name>.v<N>} with N at most the current
 * {@code @Revision} of the record; an older N is brought to the current shape by the chain of
 * {@link CloudEventUpcaster}s. An unknown name, a newer revision or a broken chain is unhandleable: the service
 * cannot know what it means, so it goes to the dead-letter topic instead of being guessed.
 */
final class EventTypes {

    private static final Pattern TYPE = Pattern
            .compile("^(io\\.pmo\\.[a-z][a-z0-9]*\\.[A-Za-z][A-Za-z0-9]*)\\.v(\\d{1,9})$");

    private final Map<String, Known> byName = new HashMap<>();

    private final Map<String, CloudEventUpcaster> upcasters = new HashMap<>();

    EventTypes(Collection<Class<?>> published, Collection<? extends CloudEventUpcaster> upcasters) {
        for (Class<?> type : published) {
            Matcher matcher = TYPE.matcher(EventCatalog.cloudEventType(type));
            if (!matcher.matches()) {
                throw new IllegalStateException("The revision of " + type.getName()
                        + " must be a whole number for the CloudEvents type: " + EventCatalog.cloudEventType(type));
            }
            byName.put(matcher.group(1), new Known(type, Integer.parseInt(matcher.group(2))));
        }
        for (CloudEventUpcaster upcaster : upcasters) {
            CloudEventUpcaster previous = this.upcasters.put(key(upcaster.eventType(), upcaster.fromRevision()), upcaster);
            if (previous != null) {
                throw new IllegalStateException("Two upcasters of " + upcaster.eventType() + " from v"
                        + upcaster.fromRevision() + ": " + previous + " and " + upcaster);
            }
        }
    }

    /** The catalog of {@code platform/events} with these upcasters. */
    static EventTypes catalog(Collection<? extends CloudEventUpcaster> upcasters) {
        return new EventTypes(EventCatalog.published(), upcasters);
    }

    /**
     * The record class of a CloudEvents type.
     * @throws UnhandleableEventException for a type this service does not know, or a newer revision of one
     */
    Class<?> resolve(String cloudEventType) {
        return resolveKnown(cloudEventType).type();
    }

    /**
     * The data as the current record: upcast step by step from the published revision, then bound.
     * @throws UnhandleableEventException if the type is unknown, an upcaster is missing or the data does not fit
     */
    Object read(String cloudEventType, JsonNode data) {
        Known known = resolveKnown(cloudEventType);
        Matcher matcher = TYPE.matcher(cloudEventType);
        matcher.matches();
        String name = matcher.group(1);
        int revision = Integer.parseInt(matcher.group(2));
        JsonNode current = data;
        for (int step = revision; step < known.revision(); step++) {
            CloudEventUpcaster upcaster = upcasters.get(key(name, step));
            if (upcaster == null) {
                throw new UnhandleableEventException("No upcaster of " + name + " from v" + step + " to v" + (step + 1)
                        + ": cannot read " + cloudEventType + " as v" + known.revision());
            }
            try {
                current = upcaster.upcast(current);
            }
            catch (RuntimeException ex) {
                throw new UnhandleableEventException("Upcasting " + name + " from v" + step + " failed: " + ex, ex);
            }
        }
        if (current == null || !current.isObject()) {
            throw new UnhandleableEventException("The data of " + cloudEventType + " is not a JSON object");
        }
        try {
            return PmoJson.mapper().treeToValue(current, known.type());
        }
        catch (Exception ex) {
            throw new UnhandleableEventException("The data does not fit " + cloudEventType + ": " + ex.getMessage(), ex);
        }
    }

    private Known resolveKnown(String cloudEventType) {
        Matcher matcher = cloudEventType == null ? null : TYPE.matcher(cloudEventType);
        if (matcher == null || !matcher.matches()) {
            throw new UnhandleableEventException("Not a PMO CloudEvents type (io.pmo.<context>.<Name>.v<N>): "
                    + cloudEventType);
        }
        Known known = byName.get(matcher.group(1));
        if (known == null) {
            throw new UnhandleableEventException("Unknown event type " + cloudEventType);
        }
        int revision = Integer.parseInt(matcher.group(2));
        if (revision > known.revision()) {
            throw new UnhandleableEventException("Revision v" + revision + " of " + matcher.group(1)
                    + " is newer than this service knows (v" + known.revision() + ")");
        }
        if (revision < 1) {
            throw new UnhandleableEventException("Revisions start at v1: " + cloudEventType);
        }
        return known;
    }

    private static String key(String name, int revision) {
        return name + ".v" + revision;
    }

    private record Known(Class<?> type, int revision) {
    }
}
