package io.pmo.devstack;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a service's event store and tracking tokens straight from PostgreSQL. */
final class StoreProbe {

    record StoredEvent(long globalIndex, String aggregateId, long sequence, String eventId, String payloadType,
            String payload, String metadata) {
    }

    private static final Pattern GLOBAL_INDEX = Pattern.compile("\"(?:globalIndex|index)\"\\s*:\\s*(\\d+)");

    private final String jdbcUrl;

    StoreProbe(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static StoreProbe project(DevStack stack) {
        return new StoreProbe(stack.jdbcUrl("pmo_project"));
    }

    List<StoredEvent> events() {
        return query("SELECT globalIndex, aggregateIdentifier, sequenceNumber, eventIdentifier, payloadType, payload, "
                + "metaData FROM DomainEventEntry ORDER BY globalIndex", null);
    }

    List<StoredEvent> events(String aggregateId) {
        return query("SELECT globalIndex, aggregateIdentifier, sequenceNumber, eventIdentifier, payloadType, payload, "
                + "metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", aggregateId);
    }

    long count() {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM DomainEventEntry");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    long maxGlobalIndex() {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The lowest position any segment of the processor has reached, or -1 if it has no tokens yet. */
    long processorPosition(String processorName) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT token FROM TokenEntry WHERE processorName = ?")) {
            s.setString(1, processorName);
            long lowest = Long.MAX_VALUE;
            boolean any = false;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    any = true;
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
            return any ? lowest : -1;
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<StoredEvent> query(String sql, String parameter) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byte[] metadata = rs.getBytes(7);
                    events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), new String(rs.getBytes(6), StandardCharsets.UTF_8),
                            metadata == null ? null : new String(metadata, StandardCharsets.UTF_8)));
                }
            }
            return events;
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
