package io.pmo.platform.metrics;

import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Tags;

/**
 * A gauge whose rows come from a query, e.g. projects per tenant and status counted in a read model. The platform
 * runs it on a schedule ({@code pmo.metrics.refresh}), never on the scrape, and exports its last answer; rows whose
 * tags collapse into one series (tenants past the bound) are summed, rows that are gone disappear.
 */
public interface GaugeQuery {

    /** The meter name, dotted ({@code pmo.projects}); Prometheus shows it with underscores. */
    String name();

    String description();

    /** The current rows; tag {@code tenant} with the raw tenant id, the platform bounds it. */
    List<Row> rows();

    /** A gauge query from its name, description and a supplier of rows. */
    static GaugeQuery of(String name, String description, Supplier<List<Row>> rows) {
        return new GaugeQuery() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<Row> rows() {
                return rows.get();
            }
        };
    }

    /** One series: its tags (besides the common ones) and its value. */
    record Row(Tags tags, double value) {

        public static Row of(double value, String... keyValues) {
            return new Row(Tags.of(keyValues), value);
        }
    }
}
