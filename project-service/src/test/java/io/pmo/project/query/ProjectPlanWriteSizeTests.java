package io.pmo.project.query;

import static io.pmo.project.query.ProjectPlanMother.TENANT;
import static io.pmo.project.query.ProjectPlanMother.added;
import static io.pmo.project.query.ProjectPlanMother.changed;
import static io.pmo.project.query.ProjectPlanMother.checkpoint;
import static io.pmo.project.query.ProjectPlanMother.created;
import static io.pmo.project.query.ProjectPlanMother.dependsOn;
import static io.pmo.project.query.ProjectPlanMother.euros;
import static io.pmo.project.query.ProjectPlanMother.newId;
import static io.pmo.project.query.ProjectPlanMother.taskId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.query.TenantQueries;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectPlanMother.Stream;

/**
 * A plan event costs what it concerns, not what the plan holds: on a plan of 2,000 tasks each kind of event
 * exchanges exactly as many bytes with MongoDB (commands with their documents, and replies) as on a plan of 1,000
 * tasks (0.7 to 1.5 KB in three commands; the same number of digits in a new task's slot), and the plan still
 * reads back whole and in order. The plan projection
 * once loaded and saved the whole plan per event: every task in both directions.
 */
class ProjectPlanWriteSizeTests {

    private static final int SMALL = 1_000;

    private static final int LARGE = 2_000;

    private static final int FEW_KB = 2_048;

    private static PlanMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new PlanMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void eachKindOfPlanEventExchangesAsManyBytesOnTwoThousandTasksAsOnOneThousand() {
        mongo.reset();
        ProjectPlanProjection projection = new ProjectPlanProjection(mongo.template());
        ProjectPlanQueries queries = new ProjectPlanQueries(new TenantQueries(mongo.template()), mongo.template());
        Plan small = new Plan(projection, SMALL);
        Plan large = new Plan(projection, LARGE);
        LocalDate target = LocalDate.of(2027, 3, 1);
        List<Function<String, ProjectEvent>> events = List.of(
                project -> changed(project, taskId(10), taskId(0), "Design review", 7, euros("2500.00"),
                        List.of(checkpoint("cp-1", "40"), checkpoint("cp-2", "60"))),
                project -> dependsOn(project, taskId(10), taskId(8), taskId(9)),
                project -> new MilestoneTargetSet(project, TENANT, taskId(11), target, null),
                project -> new MilestoneMissed(project, TENANT, taskId(11), target, target.plusDays(1)),
                project -> new MilestoneReached(project, TENANT, taskId(11), target.plusDays(2), target, true),
                project -> added(project, taskId(LARGE + 1), taskId(0), "One more", 2),
                project -> new TaskRemoved(project, TENANT, taskId(12)),
                project -> new ProjectRenamed(project, TENANT, "Old", "New"));

        for (Function<String, ProjectEvent> event : events) {
            PlanMongo.Exchanged onSmall = small.apply(event);
            PlanMongo.Exchanged onLarge = large.apply(event);

            String kind = event.apply(large.projectId).getClass().getSimpleName();
            assertThat(onLarge).as(kind + " on %d tasks against %d", LARGE, SMALL).isEqualTo(onSmall);
            assertThat(onLarge.bytes()).as(kind + " bytes exchanged").isLessThan(FEW_KB);
        }

        ProjectPlan plan = queries.find(TENANT, large.projectId).orElseThrow();
        assertThat(plan.version()).isEqualTo(2L * LARGE - 1 + events.size());
        assertThat(plan.tasks()).hasSize(LARGE);
        assertThat(plan.tasks()).extracting(PlannedTask::taskId).containsExactlyElementsOf(IntStream
                .rangeClosed(0, LARGE + 1).filter(i -> i != 12 && i != LARGE).mapToObj(ProjectPlanMother::taskId)
                .toList());
        assertThat(plan.tasks().get(10)).extracting(PlannedTask::name, PlannedTask::parentTaskId,
                task -> task.predecessors().size()).containsExactly("Design review", taskId(0), 2);
        assertThat(plan.tasks().get(11)).extracting(PlannedTask::targetDate, PlannedTask::reachedOn,
                PlannedTask::missed).containsExactly(target, target.plusDays(2), true);
    }

    /** A project with {@code tasks} tasks, each but the first depending on the one before. */
    private static final class Plan {

        private final String projectId = newId();

        private final Stream stream;

        Plan(ProjectPlanProjection projection, int tasks) {
            stream = new Stream(projection, projectId);
            stream.apply(created(projectId));
            for (int i = 0; i < tasks; i++) {
                stream.apply(added(projectId, taskId(i), null, "Task " + i, 1 + i % 15));
                if (i > 0) {
                    stream.apply(dependsOn(projectId, taskId(i), taskId(i - 1)));
                }
            }
        }

        PlanMongo.Exchanged apply(Function<String, ProjectEvent> event) {
            PlanMongo.Traffic traffic = mongo.traffic();
            stream.apply(event.apply(projectId));
            return traffic.measured();
        }
    }
}
