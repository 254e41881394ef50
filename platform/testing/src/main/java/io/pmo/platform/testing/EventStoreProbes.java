package io.pmo.platform.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far an Axon tracking processor (e.g. the {@code kafka-publisher}) is behind its service's JDBC event
 * store, read straight from PostgreSQL: the highest global index in {@code DomainEventEntry} minus the lowest
 * position any of the processor's segments has reached in {@code TokenEntry}.
 */
public final class EventStoreProbes {

    private static final Pattern GLOBAL_INDEX = Pattern.compile("\"(?:globalIndex|index)\"\\s*:\\s*(\\d+)");

    private EventStoreProbes() {
    }

    /**
     * The processor's distance to the head of the store; 0 when the store is empty or the processor caught up.
     * A processor that has not claimed any segment yet is behind by the whole store.
     */
    public static Probe publisher(String jdbcUrl, String user, String password, String processorName) {
        return Probe.of(processorName + " of " + jdbcUrl, () -> {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                long head = head(connection);
                return head < 0 ? 0 : Math.max(0, head - position(connection, processorName));
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot read the event store at " + jdbcUrl + ": " + ex, ex);
            }
        });
    }

    private static long head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The lowest position over the processor's segments, -1 if it has none or one has no token yet. */
    private static long position(Connection connection, String processorName) throws SQLException {
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT token FROM TokenEntry WHERE processorName = ?")) {
            statement.setString(1, processorName);
            long lowest = Long.MAX_VALUE;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byte[] token = rs.getBytes(1);
                    if (token == null) {
                        return -1;
                    }
                    Matcher matcher = GLOBAL_INDEX.matcher(new String(token, StandardCharsets.UTF_8));
                    long position = -1;
                    while (matcher.find()) {
                        position = Math.max(position, Long.parseLong(matcher.group(1)));
                    }
                    lowest = Math.min(lowest, position);
                }
            }
            return lowest == Long.MAX_VALUE ? -1 : lowest;
        }
    }
}
