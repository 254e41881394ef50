package io.pmo.project.query;

import static io.pmo.project.query.ProjectPlanMother.TENANT;
import static io.pmo.project.query.ProjectPlanMother.added;
import static io.pmo.project.query.ProjectPlanMother.created;
import static io.pmo.project.query.ProjectPlanMother.newId;
import static io.pmo.project.query.ProjectPlanMother.taskId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.platform.query.TenantQueries;
import io.pmo.project.query.ProjectPlanMother.Stream;

/**
 * How fast a 5,000-task plan reaches the plan read model (issue 9: it took 20 minutes at 5-7 events/s): ~8,300
 * events (5,000 TaskAdded, dependencies for two tasks in three) projected into mongo-java-server on an H2 MVStore
 * file that commits after every write, as the dev stack runs it, as a ratio to as many ProjectRenamed events (they
 * only move the plan's version) on the same store in the same run; the plan's rate over its first and its last
 * thousand events shows whether an event's cost grows with the plan. Not a test: run with
 * {@code ./mvnw -B -Pbenchmark -pl project-service -am test}.
 */
class ProjectPlanProjectionBenchmark {

    private static final int TASKS = 5_000;

    @TempDir
    Path dir;

    @Test
    void fiveThousandTaskPlanAgainstRenames() throws Exception {
        Files.createDirectories(dir);
        MVStore store = new MVStore.Builder().fileName(dir.resolve("mongo.mv").toString()).open();
        try (PlanMongo mongo = new PlanMongo(new CommittingH2Backend(store))) {
            ProjectPlanProjection projection = new ProjectPlanProjection(mongo.template());
            ProjectPlanQueries queries = new ProjectPlanQueries(new TenantQueries(mongo.template()), mongo.template());
            queries.ensureIndexes();
            project(projection, plan(newId(), 1_000));
            project(projection, renames(newId(), 2_000));

            String planned = newId();
            List<ProjectEvent> plan = plan(planned, TASKS);
            Rates planRate = project(projection, plan);
            Rates renameRate = project(projection, renames(newId(), plan.size()));
            long readStart = System.nanoTime();
            int tasks = queries.find(TENANT, planned).orElseThrow().tasks().size();
            double readMillis = (System.nanoTime() - readStart) / 1e6;

            System.out.printf(Locale.ROOT, "%nPlan of %d tasks, %d events: %.0f events/s (first thousand %.0f/s, last"
                    + " thousand %.0f/s); %d renames: %.0f events/s; ratio %.2f; reading the plan back (%d tasks)"
                    + " %.0f ms%n", TASKS, plan.size(), planRate.all(), planRate.first(), planRate.last(), plan.size(),
                    renameRate.all(), planRate.all() / renameRate.all(), tasks, readMillis);
        }
    }

    /** Events per second: over all events, over the first thousand and over the last thousand. */
    private static Rates project(ProjectPlanProjection projection, List<ProjectEvent> events) {
        Stream stream = new Stream(projection, events.get(0).projectId());
        long[] at = new long[events.size() + 1];
        at[0] = System.nanoTime();
        for (int i = 0; i < events.size(); i++) {
            stream.apply(events.get(i));
            at[i + 1] = System.nanoTime();
        }
        int last = events.size();
        return new Rates(perSecond(last, at[last] - at[0]), perSecond(1_000, at[1_000] - at[0]),
                perSecond(1_000, at[last] - at[last - 1_000]));
    }

    private static double perSecond(int events, long nanos) {
        return events / (nanos / 1e9);
    }

    private record Rates(double all, double first, double last) {
    }

    /** Created, {@code tasks} tasks, each of two in three depending on the one before. */
    private static List<ProjectEvent> plan(String projectId, int tasks) {
        List<ProjectEvent> events = new ArrayList<>(List.of(created(projectId)));
        for (int i = 0; i < tasks; i++) {
            events.add(added(projectId, taskId(i), i < 10 ? null : taskId(i - i % 10), "Task " + i, 1 + i % 15));
            if (i % 3 != 0) {
                events.add(new TaskDependenciesChanged(projectId, TENANT, taskId(i),
                        List.of(new TaskDependency(taskId(i - 1), DependencyType.FS, 0))));
            }
        }
        return events;
    }

    /** Created, then renamed until there are {@code count} events. */
    private static List<ProjectEvent> renames(String projectId, int count) {
        List<ProjectEvent> events = new ArrayList<>(List.of(created(projectId)));
        for (int i = 1; i < count; i++) {
            events.add(new ProjectRenamed(projectId, TENANT, "Name " + (i - 1), "Name " + i));
        }
        return events;
    }

    /** As the dev stack's store: the MVStore is committed after every write command, not once a second. */
    private static final class CommittingH2Backend extends H2Backend {

        private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");

        CommittingH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            Document result = super.handleCommand(channel, databaseName, command, query);
            if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                getMvStore().commit();
            }
            return result;
        }
    }
}
