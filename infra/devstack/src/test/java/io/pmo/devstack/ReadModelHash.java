package io.pmo.devstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

/**
 * A fingerprint of read models to compare a live model with a rebuilt one: per collection, the SHA-256 of its
 * documents in {@code _id} order, each written canonically (keys sorted at every level, so the order in which
 * updates added fields does not count), without the fields a projection sets from the wall clock. Those differ
 * between two builds of the same events by nature, and nothing reads them as a fact of the events:
 * <ul>
 * <li>{@code audit_entries.recordedAt}: when reporting wrote the entry ({@code eventTime} is the event's own);</li>
 * <li>{@code updatedAt} of {@code report_projects}, {@code report_portfolios} and {@code report_risk_heatmaps}:
 * when the row was last written ({@code lastEventAt} names the event's time).</li>
 * </ul>
 */
final class ReadModelHash {

    /** reporting-service's read models, as its consumer group declares them. */
    static final List<String> REPORTING = List.of("audit_entries", "report_projects", "report_evm_inputs",
            "report_rag_results", "report_portfolios", "report_portfolio_members", "report_resources",
            "report_allocation_costs", "report_resource_costs", "report_utilization", "report_risks",
            "report_risk_heatmaps");

    /** Fields set from the wall clock, per collection. */
    static final Map<String, Set<String>> WALL_CLOCK = Map.of("audit_entries", Set.of("recordedAt"),
            "report_projects", Set.of("updatedAt"), "report_portfolios", Set.of("updatedAt"),
            "report_risk_heatmaps", Set.of("updatedAt"));

    private ReadModelHash() {
    }

    /** Collection to the hash of its documents. */
    static Map<String, String> of(ReadModelProbe probe, List<String> collections) {
        Map<String, String> hashes = new TreeMap<>();
        for (String collection : collections) {
            hashes.put(collection, hash(collection, probe.all(collection)));
        }
        return hashes;
    }

    /** The hash of a collection's documents, whatever order they come in. */
    static String hash(String collection, List<Document> documents) {
        Set<String> ignored = WALL_CLOCK.getOrDefault(collection, Set.of());
        TreeMap<String, String> byId = new TreeMap<>();
        for (Document document : documents) {
            Document kept = new Document(document);
            ignored.forEach(kept::remove);
            byId.put(canonical(document.get("_id")), canonical(kept));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byId.values().forEach(text -> {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            });
            return HexFormat.of().formatHex(digest.digest()) + " (" + byId.size() + " documents)";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A value as text with sorted keys; types that print alike (a string and a number) are told apart. */
    static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            new TreeMap<String, Object>(toStringKeys(map)).forEach((key, inner) -> text.append(key).append(':')
                    .append(canonical(inner)).append(','));
            return text.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder text = new StringBuilder("[");
            list.forEach(inner -> text.append(canonical(inner)).append(','));
            return text.append(']').toString();
        }
        if (value instanceof String string) {
            return '"' + string + '"';
        }
        if (value instanceof Date date) {
            return "date:" + date.toInstant();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    private static Map<String, Object> toStringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((key, inner) -> keyed.put(String.valueOf(key), inner));
        return keyed;
    }
}
