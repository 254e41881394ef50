package io.pmo.project.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

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
        long[] cpm = measure(() -> CriticalPathMethod.schedule(plan).earlyFinish());
        long[] raw = measure(() -> baseline(plan));
        System.out.printf("%nCPM on %d tasks and %d links: median %.3f ms, p90 %.3f ms; raw baseline median %.3f ms;"
                + " ratio %.1f%n", TASKS, links, millis(cpm, 50), millis(cpm, 90), millis(raw, 50),
                (double) cpm[cpm.length / 2] / raw[raw.length / 2]);
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

    private static long[] measure(java.util.function.IntSupplier work) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.getAsInt();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double millis(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1_000_000.0;
    }
}
