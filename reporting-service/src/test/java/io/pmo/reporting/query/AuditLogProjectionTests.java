package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.PRINCIPAL;
import static io.pmo.reporting.ProjectEventsMother.RECORDED_AT;
import static io.pmo.reporting.ProjectEventsMother.T0;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.received;
import static io.pmo.reporting.ProjectEventsMother.renamed;
import static io.pmo.reporting.ProjectEventsMother.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Query;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;

class AuditLogProjectionTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private AuditLogProjection projection;

    private AuditQueries queries;

    @BeforeEach
    void freshReadModel() {
        projection = new AuditLogProjection(mongo.template(), ProjectEventsMother.fixedClock());
        queries = new AuditQueries(mongo.template(), new TenantQueries(mongo.template()));
        queries.ensureIndexes();
    }

    @Test
    void recordsAnEventWithItsMetadataAndPayload() {
        String projectId = newProjectId();
        ProjectEvent data = created(TENANT_A, projectId, "Apollo");
        CloudEvent event = cloudEvent(data, 0);

        projection.record(data, received(event, data));

        AuditEntry entry = mongo.template().findById(event.id(), AuditEntry.class);
        assertThat(entry).isNotNull();
        assertThat(entry.aggregateId()).isEqualTo(projectId);
        assertThat(entry.aggregateSequence()).isZero();
        assertThat(entry.tenantId()).isEqualTo(TENANT_A);
        assertThat(entry.principal()).isEqualTo(PRINCIPAL);
        assertThat(entry.correlationId()).isEqualTo(event.correlationid());
        assertThat(entry.causationId()).isEqualTo(event.causationid());
        assertThat(entry.type()).isEqualTo("io.pmo.project.ProjectCreated.v1");
        assertThat(entry.eventTime()).isEqualTo(T0);
        assertThat(entry.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(entry.source()).isEqualTo("/pmo/project-service");
        assertThat(entry.payload().getString("name")).isEqualTo("Apollo");
        assertThat(entry.payload().getString("plannedStart")).isEqualTo("2026-04-01");
        assertThat(entry.payload().getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    void redeliveredEventIsRecordedOnlyOnce() {
        ProjectEvent data = created(TENANT_A, newProjectId(), "Apollo");
        CloudEvent event = cloudEvent(data, 0);
        projection.record(data, received(event, data));

        AuditLogProjection later = new AuditLogProjection(mongo.template(),
                Clock.fixed(RECORDED_AT.plusSeconds(3600), ZoneOffset.UTC));
        later.record(data, received(event, data));
        later.record(data, received(event, data));

        assertThat(mongo.template().count(new Query(), AuditEntry.class))
                .isEqualTo(1);
        assertThat(mongo.template().findById(event.id(), AuditEntry.class).recordedAt()).isEqualTo(RECORDED_AT);
    }

    @Test
    void listsAnAggregatesEntriesBySequenceThenEventTimeWhateverTheArrivalOrder() {
        String projectId = newProjectId();
        CloudEvent created = cloudEvent(created(TENANT_A, projectId, "Apollo"), 0);
        CloudEvent renamed = cloudEvent(renamed(TENANT_A, projectId, "Apollo", "Artemis"), 1);
        CloudEvent approvedLate = cloudEvent(statusChanged(TENANT_A, projectId, ProjectStatus.PROPOSED,
                ProjectStatus.APPROVED), 2, T0.plusSeconds(600));
        CloudEvent approvedEarly = cloudEvent(statusChanged(TENANT_A, projectId, ProjectStatus.PROPOSED,
                ProjectStatus.APPROVED), 2, T0.plusSeconds(300));
        ProjectEvent any = created(TENANT_A, projectId, "any");
        for (CloudEvent event : new CloudEvent[] { approvedLate, renamed, approvedEarly, created }) {
            projection.record(any, received(event, any));
        }

        Page<AuditEntry> page = queries.forAggregate(TENANT_A, projectId, 0, 50);

        assertThat(page.items()).extracting(AuditEntry::eventId)
                .containsExactly(created.id(), renamed.id(), approvedEarly.id(), approvedLate.id());
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void pagesThroughAnAggregatesEntriesWithTheTotal() {
        String projectId = newProjectId();
        for (long sequence = 0; sequence < 5; sequence++) {
            ProjectEvent data = renamed(TENANT_A, projectId, "n" + sequence, "n" + (sequence + 1));
            projection.record(data, received(cloudEvent(data, sequence), data));
        }

        Page<AuditEntry> second = queries.forAggregate(TENANT_A, projectId, 1, 2);
        Page<AuditEntry> last = queries.forAggregate(TENANT_A, projectId, 2, 2);

        assertThat(second.items()).extracting(AuditEntry::aggregateSequence).containsExactly(2L, 3L);
        assertThat(last.items()).extracting(AuditEntry::aggregateSequence).containsExactly(4L);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void showsAnAggregatesEntriesOnlyToItsTenant() {
        String projectOfA = newProjectId();
        String projectOfB = newProjectId();
        ProjectEvent a = created(TENANT_A, projectOfA, "Apollo");
        ProjectEvent b = created(TENANT_B, projectOfB, "Borealis");
        projection.record(a, received(cloudEvent(a, 0), a));
        projection.record(b, received(cloudEvent(b, 0), b));

        assertThat(queries.forAggregate(TENANT_A, projectOfB, 0, 50).items()).isEmpty();
        assertThat(queries.forAggregate(TENANT_A, projectOfB, 0, 50).total()).isZero();
        assertThat(queries.forAggregate(TENANT_B, projectOfA, 0, 50).items()).isEmpty();
        assertThat(queries.forAggregate(TENANT_B, projectOfB, 0, 50).items()).extracting(AuditEntry::tenantId)
                .containsExactly(TENANT_B);
    }

    @Test
    void takesTenantAndAggregateFromTheDataWhenTheEnvelopeLacksThem() {
        String projectId = newProjectId();
        ProjectEvent data = created(TENANT_A, projectId, "Apollo");
        CloudEvent full = cloudEvent(data, 0);
        CloudEvent bare = new CloudEvent(full.id(), full.source(), full.type(), null, full.time(), null,
                full.principal(), full.correlationid(), full.causationid(), 0, full.data());

        projection.record(data, received(bare, data));

        assertThat(queries.forAggregate(TENANT_A, projectId, 0, 50).items()).extracting(AuditEntry::eventId)
                .containsExactly(full.id());
    }
}
