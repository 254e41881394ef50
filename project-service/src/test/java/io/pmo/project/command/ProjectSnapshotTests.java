package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.project.command.WorkBreakdownMother.CODE;
import static io.pmo.project.command.WorkBreakdownMother.added;
import static io.pmo.project.command.WorkBreakdownMother.checkpoints;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectStatus;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.command.ProjectCommands.TaskPlan;

/**
 * A snapshot of a project is the JSON of its fields through the service's own Jackson serializer; restored, it
 * must be the same project, down to its tasks, dependencies, baselines and facts, or commands after a snapshot
 * would see another project than the events built.
 */
class ProjectSnapshotTests {

    private static final String WEIGHTED = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(PmoJson.mapper()).build();

    @Test
    void aRestoredSnapshotIsTheSameProject() {
        Project project = projectAfter(richHistory());

        SerializedObject<byte[]> snapshot = serializer.serialize(project, byte[].class);
        Project restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(project);
        assertThat(new String(snapshot.getData(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"tasks\"", "\"facts\"", "\"baselines\"", "\"managerId\"", WEIGHTED,
                        "\"calendarExceptions\"", "\"customFieldValues\"");
    }

    /**
     * The project after every kind of event, so that each of its parts holds state: profile, lifecycle, work
     * breakdown (with a milestone reached, one missed, one removed task), baselines and the fact ledger (with
     * corrections and a status report). The parts are unwrapped: their fields sit in the project's JSON as before.
     */
    @Test
    void everyPartOfTheProjectRoundTrips() {
        Project project = projectAfter(ProjectReplayTests.history());

        SerializedObject<byte[]> snapshot = serializer.serialize(project, byte[].class);

        assertThat((Project) serializer.deserialize(snapshot)).usingRecursiveComparison().isEqualTo(project);
        assertThat(new String(snapshot.getData(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":\"ACTIVE\"", "\"performanceBaselineId\"", "\"statusReports\":[\"",
                        "\"missed\":true", "\"reachedOn\":\"2026-03-02\"", "\"PROGRESS_CORRECTION\"")
                .doesNotContain("\"workBreakdown\"", "\"ledger\"", "\"lifecycle\"", "\"profile\"");
    }

    @Test
    void aRestoredSnapshotHandlesTheNextCommandAsTheEventsWould() {
        Project restored = serializer.deserialize(serializer.serialize(projectAfter(richHistory()), byte[].class));
        Project sourced = projectAfter(richHistory());

        assertThat(restored.tenantId()).isEqualTo(TENANT_ID);
        assertThat(restored.writableBy(io.pmo.platform.access.Caller.of(ProjectMother.MANAGER,
                List.of("PROJECT_MANAGER")))).isEqualTo(sourced.writableBy(io.pmo.platform.access.Caller.of(
                        ProjectMother.MANAGER, List.of("PROJECT_MANAGER"))));
    }

    /**
     * A snapshot written before the project was split into parts (issue 10), after {@link ProjectReplayTests}'
     * history: the parts are unwrapped into the project's JSON, so it still loads as the same project. Snapshots
     * are a cache, so this is a convenience, not a contract: a snapshot that does not load is rebuilt from events.
     */
    @Test
    void aSnapshotTakenBeforeTheSplitIntoPartsStillLoads() throws java.io.IOException {
        byte[] before;
        try (var json = getClass().getResourceAsStream("project-snapshot-before-split.json")) {
            before = json.readAllBytes();
        }
        Project restored = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(before,
                byte[].class, Project.class.getName(), null));

        assertThat(restored).usingRecursiveComparison().isEqualTo(projectAfter(ProjectReplayTests.history()));
    }

    /** The project the events build, taken from the fixture after a harmless command. */
    private static Project projectAfter(List<Object> history) {
        FixtureConfiguration<Project> fixture = new AggregateTestFixture<>(Project.class);
        AtomicReference<Project> state = new AtomicReference<>();
        fixture.given(history)
                .when(new RenameProject(PROJECT_ID, "Snapshot me", null))
                .expectState(state::set);
        return state.get();
    }

    private static List<Object> richHistory() {
        List<Object> history = new ArrayList<>(WorkBreakdownMother.plannedProject());
        history.add(ProjectMother.managerAssigned(ProjectMother.MANAGER, null));
        history.add(added(WEIGHTED, new TaskPlan(null, "Migrate", 10, euros("5000.00"),
                EarnedValueMethod.WEIGHTED_MILESTONES, checkpoints("40", "60"))));
        history.add(new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
                null));
        history.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
        history.add(new ProgressReported(PROJECT_ID, TENANT_ID, CODE, "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
                LocalDate.of(2026, 3, 13), new BigDecimal("40"), null, null, List.of()));
        history.add(new ActualCostRecorded(PROJECT_ID, TENANT_ID, CODE, "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
                LocalDate.of(2026, 3, 13), euros("100.00")));
        history.add(new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of(
                new CalendarDay(LocalDate.of(2026, 3, 6), false), new CalendarDay(LocalDate.of(2026, 3, 7), true))));
        history.add(new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID, Map.of("riskClass", "LOW",
                "costCentre", "CC-1")));
        return history;
    }
}
