package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.FINISH;
import static io.pmo.reporting.ProjectEventsMother.RECORDED_AT;
import static io.pmo.reporting.ProjectEventsMother.START;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.received;
import static io.pmo.reporting.ProjectEventsMother.renamed;
import static io.pmo.reporting.ProjectEventsMother.replanned;
import static io.pmo.reporting.ProjectEventsMother.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.ProjectReportProjection.ProjectNotYetCreatedException;

class ProjectReportProjectionTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private ProjectReportProjection projection;

    private ProjectReportQueries queries;

    @BeforeEach
    void freshReadModel() {
        projection = new ProjectReportProjection(mongo.template(), ProjectEventsMother.fixedClock());
        queries = new ProjectReportQueries(mongo.template(), new TenantQueries(mongo.template()));
        queries.ensureIndexes();
    }

    @Test
    void appliesEveryKindOfProjectEvent() {
        String projectId = newProjectId();
        ProjectEvent create = created(TENANT_A, projectId, "Apollo");
        CloudEvent created = cloudEvent(create, 0);
        assertThat(projection.apply(create, received(created, create))).isTrue();

        ProjectReportRow row = row(projectId);
        assertThat(row).isEqualTo(new ProjectReportRow(projectId, TENANT_A, "Apollo", START, FINISH,
                ProjectStatus.PROPOSED, null, 0, created.id(), created.time(), RECORDED_AT, created.correlationid(),
                Map.of(projectId, 0L), null, 0, null, null, null, -1L));

        apply(renamed(TENANT_A, projectId, "Apollo", "Artemis"), 1);
        apply(replanned(TENANT_A, projectId, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 1, 31)), 2);
        apply(statusChanged(TENANT_A, projectId, ProjectStatus.PROPOSED, ProjectStatus.APPROVED), 3);
        CloudEvent assigned = apply(new ProjectManagerAssigned(projectId, TENANT_A, "pm-ann", null), 4);

        assertThat(row(projectId)).isEqualTo(new ProjectReportRow(projectId, TENANT_A, "Artemis",
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 1, 31), ProjectStatus.APPROVED, "pm-ann", 4,
                assigned.id(), assigned.time(), RECORDED_AT, assigned.correlationid(), Map.of(projectId, 4L), null, 0, null, null, null, -1L));
    }

    @Test
    void anEventThatChangesNothingOfTheRowStillMovesItsVersion() {
        String projectId = newProjectId();
        apply(created(TENANT_A, projectId, "Apollo"), 0);
        ProjectReportRow before = row(projectId);

        CloudEvent planned = apply(new TaskRemoved(projectId, TENANT_A, "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"), 1);

        ProjectReportRow after = row(projectId);
        assertThat(after.lastSequence()).isEqualTo(1);
        assertThat(after.lastEventId()).isEqualTo(planned.id());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.sources()).isEqualTo(Map.of(projectId, 1L));
    }

    @Test
    void duplicateOfTheLastEventChangesNothing() {
        String projectId = newProjectId();
        apply(created(TENANT_A, projectId, "Apollo"), 0);
        var rename = renamed(TENANT_A, projectId, "Apollo", "Artemis");
        CloudEvent renamed = apply(rename, 1);
        ProjectReportRow before = row(projectId);

        ProjectReportProjection later = new ProjectReportProjection(mongo.template(),
                Clock.fixed(RECORDED_AT.plusSeconds(3600), ZoneOffset.UTC));

        assertThat(later.apply(rename, received(renamed, rename))).isFalse();
        assertThat(row(projectId)).isEqualTo(before);
    }

    @Test
    void olderEventRedeliveredAfterANewerOneChangesNothing() {
        String projectId = newProjectId();
        var create = created(TENANT_A, projectId, "Apollo");
        CloudEvent created = apply(create, 0);
        var firstRename = renamed(TENANT_A, projectId, "Apollo", "Artemis");
        CloudEvent renamedOnce = apply(firstRename, 1);
        var dates = replanned(TENANT_A, projectId, LocalDate.of(2026, 6, 1), FINISH);
        CloudEvent replanned = apply(dates, 2);
        apply(renamed(TENANT_A, projectId, "Artemis", "Gemini"), 3);
        ProjectReportRow before = row(projectId);

        assertThat(projection.apply(firstRename, received(renamedOnce, firstRename))).isFalse();
        assertThat(projection.apply(dates, received(replanned, dates))).isFalse();
        assertThat(projection.apply(create, received(created, create))).isFalse();

        assertThat(row(projectId)).isEqualTo(before);
        assertThat(before.name()).isEqualTo("Gemini");
        assertThat(before.lastSequence()).isEqualTo(3);
    }

    @Test
    void aChangeOfAProjectWhoseCreationWasNeverAppliedIsRefusedSoTheRecordIsRetried() {
        String projectId = newProjectId();
        var rename = renamed(TENANT_A, projectId, "Apollo", "Artemis");

        assertThatThrownBy(() -> projection.apply(rename, received(cloudEvent(rename, 1), rename)))
                .isInstanceOf(ProjectNotYetCreatedException.class)
                .hasMessageContaining(projectId);
        assertThat(queries.find(TENANT_A, projectId)).isEmpty();
    }

    @Test
    void aRetriedChangeAppliesOnceItsProjectHasBeenCreated() {
        String projectId = newProjectId();
        var rename = renamed(TENANT_A, projectId, "Apollo", "Artemis");
        CloudEvent renamed = cloudEvent(rename, 1);
        assertThatThrownBy(() -> projection.apply(rename, received(renamed, rename)))
                .isInstanceOf(ProjectNotYetCreatedException.class);

        apply(created(TENANT_A, projectId, "Apollo"), 0);

        assertThat(projection.apply(rename, received(renamed, rename))).isTrue();
        assertThat(row(projectId).name()).isEqualTo("Artemis");
    }

    @Test
    void findsAProjectOnlyForItsTenant() {
        String projectOfA = newProjectId();
        apply(created(TENANT_A, projectOfA, "Apollo"), 0);

        assertThat(queries.find(TENANT_A, projectOfA)).map(ProjectReportRow::name).contains("Apollo");
        assertThat(queries.find(TENANT_B, projectOfA)).isEmpty();
        assertThat(queries.find(TENANT_A, newProjectId())).isEmpty();
    }

    @Test
    void listsTheTenantsRowsByNameThenIdWithTheTotal() {
        String first = "00000000-0000-0000-0000-000000000001";
        String second = "00000000-0000-0000-0000-000000000002";
        apply(created(TENANT_A, second, "Borealis"), 0);
        apply(created(TENANT_A, newProjectId(), "Zephyr"), 0);
        apply(created(TENANT_A, first, "Borealis"), 0);
        apply(created(TENANT_A, newProjectId(), "Apollo"), 0);
        apply(created(TENANT_B, newProjectId(), "Aardvark of tenant B"), 0);

        Page<ProjectReportRow> all = queries.list(TENANT_A, 0, 50);
        Page<ProjectReportRow> secondPage = queries.list(TENANT_A, 1, 2);

        assertThat(all.items()).extracting(ProjectReportRow::name)
                .containsExactly("Apollo", "Borealis", "Borealis", "Zephyr");
        assertThat(all.items().subList(1, 3)).extracting(ProjectReportRow::projectId).containsExactly(first, second);
        assertThat(all.total()).isEqualTo(4);
        assertThat(secondPage.items()).extracting(ProjectReportRow::projectId)
                .isEqualTo(List.of(second, all.items().get(3).projectId()));
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(queries.list(TENANT_B, 0, 50).items()).extracting(ProjectReportRow::tenantId)
                .containsOnly(TENANT_B);
    }

    private CloudEvent apply(ProjectEvent event, long sequence) {
        CloudEvent envelope = cloudEvent(event, sequence);
        assertThat(projection.apply(event, received(envelope, event))).isTrue();
        return envelope;
    }

    private ProjectReportRow row(String projectId) {
        return mongo.template().findById(projectId, ProjectReportRow.class);
    }
}
