package io.pmo.project.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;

/**
 * What a snapshot saves when a project with 1,000 tasks and years of history is loaded: replaying its ~8,000
 * stored events (deserialise and apply) against restoring its snapshot (deserialise one JSON document), both as
 * ratios to the raw cost of deserialising the stored events alone, measured in the same JVM. Not a test: run
 * with {@code ./mvnw -B -Pbenchmark -pl project-service -am test}.
 */
class ProjectLoadBenchmark {

    private static final String ID = ProjectMother.PROJECT_ID;

    private static final int TASKS = 1_000;

    private static final int WEEKS = 52 * 3;

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(PmoJson.mapper()).build();

    private final AggregateModel<Project> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Project.class);

    @Test
    void thousandTaskProjectWithThreeYearsOfHistory() throws Exception {
        List<Object> history = history();
        List<SerializedObject<byte[]>> stored = history.stream().map(event -> serializer.serialize(event, byte[].class))
                .toList();
        Project loaded = replay(stored);
        SerializedObject<byte[]> snapshot = serializer.serialize(loaded, byte[].class);

        long[] raw = measure(() -> stored.forEach(serializer::deserialize));
        long[] replay = measure(() -> replay(stored));
        long[] restore = measure(() -> restore(snapshot, stored.size()));
        System.out.printf("%nProject with %d tasks and %d events (snapshot %d KB): raw deserialisation median %.1f ms;"
                + " full replay %.1f ms (ratio %.2f); snapshot restore %.1f ms (ratio %.3f)%n", TASKS, stored.size(),
                snapshot.getData().length / 1024, millis(raw), millis(replay), (double) median(replay) / median(raw),
                millis(restore), (double) median(restore) / median(raw));
    }

    private Project replay(List<SerializedObject<byte[]>> stored) {
        List<DomainEventMessage<?>> events = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            events.add(new GenericDomainEventMessage<>("Project", ID, i, serializer.deserialize(stored.get(i))));
        }
        EventSourcedAggregate<Project> aggregate = EventSourcedAggregate.reconstruct(new Project(), model, -1, false,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        return aggregate.getAggregateRoot();
    }

    private Project restore(SerializedObject<byte[]> snapshot, long sequence) {
        Project project = serializer.deserialize(snapshot);
        return EventSourcedAggregate.reconstruct(project, model, sequence - 1, false, SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER).getAggregateRoot();
    }

    /** Created, in EUR, 1,000 chained tasks, approved; then three years of weekly progress and cost on 25 tasks. */
    private static List<Object> history() {
        List<Object> events = new ArrayList<>(WorkBreakdownMother.plannedProject().subList(0, 2));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String taskId = UUID.nameUUIDFromBytes(("task-" + i).getBytes()).toString();
            ids.add(taskId);
            events.add(new TaskAdded(ID, ProjectMother.TENANT_ID, taskId, null, "Task " + i, 1 + i % 15,
                    Money.of("1000.00", "EUR"), EarnedValueMethod.PERCENT_COMPLETE, List.of()));
            if (i > 0) {
                events.add(new TaskDependenciesChanged(ID, ProjectMother.TENANT_ID, taskId,
                        List.of(new TaskDependency(ids.get(i - 1), DependencyType.FS, 0))));
            }
        }
        events.add(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
        LocalDate day = LocalDate.of(2027, 1, 8);
        for (int week = 0; week < WEEKS; week++, day = day.plusWeeks(1)) {
            for (int t = 0; t < 25; t++) {
                String taskId = ids.get((week * 25 + t) % TASKS);
                events.add(new ProgressReported(ID, ProjectMother.TENANT_ID, taskId, UUID.randomUUID().toString(), day,
                        BigDecimal.valueOf(week % 100), null, null, List.of()));
                events.add(new ActualCostRecorded(ID, ProjectMother.TENANT_ID, taskId, UUID.randomUUID().toString(), day,
                        Money.of("125.00", "EUR")));
            }
        }
        return events;
    }

    private static long[] measure(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        long[] nanos = new long[15];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double millis(long[] sorted) {
        return median(sorted) / 1_000_000.0;
    }
}
