package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.record;
import static io.pmo.reporting.ProjectEventsMother.renamed;
import static io.pmo.reporting.ProjectEventsMother.replanned;
import static io.pmo.reporting.ProjectEventsMother.statusChanged;
import static io.pmo.reporting.ProjectEventsMother.unknownTypeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectStatus;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.ProjectReportProjection.ProjectNotYetCreatedException;

/** The whole path of a Kafka record into both read models, without a broker. */
class ProjectEventsListenerTests {

    private static TestMongo mongo;

    private ProjectEventsListener listener;

    @BeforeAll
    static void startMongo() {
        mongo = new TestMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void freshReadModels() {
        mongo.reset();
        listener = listener(ProjectEventsMother.fixedClock());
    }

    @Test
    void appliesEveryEventOnceAndAReplayOfTheWholeTopicChangesNothing() {
        String apollo = newProjectId();
        String borealis = newProjectId();
        List<CloudEvent> stream = List.of(
                cloudEvent(created(TENANT_A, apollo, "Apollo"), 0),
                cloudEvent(created(TENANT_A, borealis, "Borealis"), 0),
                cloudEvent(renamed(TENANT_A, apollo, "Apollo", "Artemis"), 1),
                cloudEvent(statusChanged(TENANT_A, borealis, ProjectStatus.PROPOSED, ProjectStatus.APPROVED), 1),
                cloudEvent(replanned(TENANT_A, apollo, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 30)), 2),
                cloudEvent(statusChanged(TENANT_A, apollo, ProjectStatus.PROPOSED, ProjectStatus.APPROVED), 3));
        consume(listener, stream);
        List<AuditEntry> audit = all(AuditEntry.class);
        List<ProjectReportRow> rows = all(ProjectReportRow.class);

        consume(listener(Clock.fixed(ProjectEventsMother.RECORDED_AT.plusSeconds(86_400), ZoneOffset.UTC)), stream);

        assertThat(audit).extracting(AuditEntry::eventId)
                .containsExactlyInAnyOrderElementsOf(stream.stream().map(CloudEvent::id).toList());
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(row -> row.projectId().equals(apollo)).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Artemis");
            assertThat(row.plannedFinish()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(row.status()).isEqualTo(ProjectStatus.APPROVED);
            assertThat(row.lastSequence()).isEqualTo(3);
            assertThat(row.lastEventId()).isEqualTo(stream.get(5).id());
        });
        assertThat(all(AuditEntry.class)).isEqualTo(audit);
        assertThat(all(ProjectReportRow.class)).isEqualTo(rows);
    }

    @Test
    void skipsBytesThatAreNotACloudEvent() {
        assertThatNoException().isThrownBy(() -> {
            listener.onMessage(record("k", "not json".getBytes(StandardCharsets.UTF_8), 0));
            listener.onMessage(record("k", "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8), 1));
            listener.onMessage(record("k", null, 2));
        });

        assertNothingWritten();
    }

    @Test
    void skipsAnUnknownCloudEventsType() {
        String projectId = newProjectId();
        listener.onMessage(record(projectId, unknownTypeBytes(projectId), 0));

        assertNothingWritten();
    }

    @Test
    void skipsDataThatDoesNotFitItsType() {
        CloudEvent event = cloudEvent(created(TENANT_A, newProjectId(), "Apollo"), 0);
        ObjectNode data = PmoJson.mapper().createObjectNode().put("projectId", event.subject())
                .put("tenantId", TENANT_A).put("plannedStart", "not a date");
        CloudEvent broken = new CloudEvent(event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.tenantid(), event.principal(), event.correlationid(), event.causationid(), 0, data);

        listener.onMessage(record(broken, 0));

        assertNothingWritten();
    }

    @Test
    void throwsForAChangeOfAProjectNeverCreatedAndRecordsItsAuditEntryOnlyOnceAcrossRetries() {
        String projectId = newProjectId();
        CloudEvent renamed = cloudEvent(renamed(TENANT_A, projectId, "Apollo", "Artemis"), 1);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> listener.onMessage(record(renamed, 5)))
                    .isInstanceOf(ProjectNotYetCreatedException.class);
        }

        assertThat(all(AuditEntry.class)).extracting(AuditEntry::eventId).containsExactly(renamed.id());
        assertThat(all(ProjectReportRow.class)).isEmpty();
    }

    private static ProjectEventsListener listener(Clock clock) {
        return new ProjectEventsListener(new AuditLogProjection(mongo.template(), clock),
                new ProjectReportProjection(mongo.template(), clock));
    }

    private static void consume(ProjectEventsListener listener, List<CloudEvent> stream) {
        for (int offset = 0; offset < stream.size(); offset++) {
            listener.onMessage(record(stream.get(offset), offset));
        }
    }

    private static <T> List<T> all(Class<T> type) {
        return mongo.template().find(new Query(), type);
    }

    private static void assertNothingWritten() {
        assertThat(all(AuditEntry.class)).isEmpty();
        assertThat(all(ProjectReportRow.class)).isEmpty();
    }
}
