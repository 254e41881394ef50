package io.pmo.platform.testing;

import java.util.function.LongSupplier;

/**
 * Something that can be behind: a publisher behind its event store, a consumer group behind its topics.
 * {@link Quiescence} waits until every probe reads 0.
 */
public interface Probe {

    /** What is measured, for the failure message, e.g. {@code consumer lag of reporting-service}. */
    String name();

    /** How many messages it is behind now; 0 when caught up. */
    long behind();

    static Probe of(String name, LongSupplier behind) {
        return new Probe() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public long behind() {
                return behind.getAsLong();
            }
        };
    }
}
