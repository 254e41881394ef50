package io.pmo.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.pmo.events.common.PmoJson;

/** Reads a service's event store straight from PostgreSQL. */
final class StoreProbe {

    record StoredEvent(long globalIndex, String aggregateId, long sequence, String eventId, String payloadType,
            String payload, String metadata) {
    }

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

    /** The aggregate's snapshots (Axon keeps the latest), with their JSON; no global index (0). */
    List<StoredEvent> snapshots(String aggregateId) {
        return query("SELECT 0, aggregateIdentifier, sequenceNumber, eventIdentifier, payloadType, payload, metaData"
                + " FROM SnapshotEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", aggregateId);
    }

    /**
     * The names of the persistent deadlines db-scheduler holds for the aggregate: Axon's tasks in
     * {@code scheduled_tasks}, whose human-readable data names the aggregate in its scope.
     */
    List<String> deadlines(String aggregateId) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT convert_from(task_data, "
                + "'UTF8') FROM scheduled_tasks WHERE task_name = 'AxonDeadline' AND convert_from(task_data, 'UTF8') "
                + "LIKE ? ORDER BY execution_time")) {
            s.setString(1, "%" + aggregateId + "%");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(PmoJson.mapper().readTree(rs.getString(1)).get("deadlineName").asText());
                }
            }
            return names;
        }
        catch (SQLException | IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
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
