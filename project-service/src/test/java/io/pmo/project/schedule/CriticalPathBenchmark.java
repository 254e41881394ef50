package io.pmo.project.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.pmo.platform.testing.Timings;

/**
 * How long the critical path method takes on a 1,000-task plan, against a raw baseline in the same JVM: one
 * pass that indexes the activities and visits every link once, the least any schedule computation must do.
 * Not a test (no threshold): run with {@code ./mvnw -B -Pbenchmark -pl project-service -am test}.
 */
class CriticalPathBenchmark {

    private static final int TASKS = 1_000;

    private static final int WARM_UP = 300;

    private static final int RUNS = 300;

    @Test
    void thousandTaskPlan() {
        List<Activity> plan = plan(TASKS, new Random(42));
        long links = plan.stream().mapToLong(activity -> activity.predecessors().size()).sum();
        Timings cpm = Timings.of(WARM_UP, RUNS, () -> CriticalPathMethod.schedule(plan).earlyFinish());
        Timings raw = Timings.of(WARM_UP, RUNS, () -> baseline(plan));
        System.out.printf("%nCPM on %d tasks and %d links: median %.3f ms, p90 %.3f ms; raw baseline median %.3f ms;"
                + " ratio %.1f%n", TASKS, links, cpm.millis(50), cpm.millis(90), raw.millis(50),
                cpm.median() / raw.median());
    }

    /** Index every activity and visit every link once. */
    private static int baseline(List<Activity> plan) {
        Map<String, Activity> byId = new HashMap<>();
        plan.forEach(activity -> byId.put(activity.id(), activity));
        int sum = 0;
        for (Activity activity : plan) {
            for (Dependency link : activity.predecessors()) {
                sum += byId.get(link.predecessorId()).durationDays() + link.lagDays();
            }
        }
        return sum;
    }

    /** A WBS-like plan: each task depends on one to three of the 50 tasks before it, any link type. */
    static List<Activity> plan(int size, Random random) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Dependency> links = new ArrayList<>();
            for (int l = 0, count = i == 0 ? 0 : 1 + random.nextInt(3); l < count; l++) {
                int predecessor = Math.max(0, i - 1 - random.nextInt(Math.min(i, 50)));
                String id = "T" + predecessor;
                if (links.stream().noneMatch(link -> link.predecessorId().equals(id))) {
                    links.add(new Dependency(id, DependencyType.values()[random.nextInt(3)], random.nextInt(4) - 1));
                }
            }
            activities.add(new Activity("T" + i, 1 + random.nextInt(15), links, null, null));
        }
        return activities;
    }


}
