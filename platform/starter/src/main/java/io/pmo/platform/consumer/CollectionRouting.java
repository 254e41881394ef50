package io.pmo.platform.consumer;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends a consumer group's read-model writes (and reads) to other collections for the length of a call, on the
 * calling thread only: a read-model rebuild runs the group's own handlers against its shadow collections this way,
 * while the live listener threads keep writing the live ones. {@link RoutingMongoTemplate} asks it for every
 * collection an entity class maps to, so handlers need no change as long as they name their collections by entity
 * class (or through {@code MongoTemplate#getCollectionName}), which is how every projection here is written.
 *
 * <p>While a route is active it is strict: a collection that is neither routed nor declared as read-only input
 * ({@link CloudEventConsumer.Builder#reads}) fails the call. A handler that writes a collection its group did not
 * declare would otherwise write the live model in the middle of a rebuild; failing makes the rebuild fail instead.
 */
public final class CollectionRouting {

    private static final ThreadLocal<Route> CURRENT = new ThreadLocal<>();

    private CollectionRouting() {
    }

    /** Live name to shadow name, and the live collections that may be read as they are. */
    record Route(Map<String, String> targets, Set<String> inputs) {

        String resolve(String collection) {
            String target = targets.get(collection);
            if (target != null) {
                return target;
            }
            if (inputs.contains(collection) || targets.containsValue(collection)) {
                return collection;
            }
            throw new IllegalStateException("Collection " + collection + " is neither a read model of the consumer "
                    + "group being rebuilt nor declared as one of its inputs (CloudEventConsumer.Builder#reads)");
        }
    }

    /** Runs {@code work} with the route in force on this thread. */
    static <T> T with(Route route, Supplier<T> work) {
        Route previous = CURRENT.get();
        CURRENT.set(route);
        try {
            return work.get();
        }
        finally {
            if (previous == null) {
                CURRENT.remove();
            }
            else {
                CURRENT.set(previous);
            }
        }
    }

    /** The collection this thread should use for {@code collection}: itself unless a route is in force. */
    public static String resolve(String collection) {
        Route route = CURRENT.get();
        return route == null ? collection : route.resolve(collection);
    }
}
