package io.pmo.project.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the critical path method on random precedence networks (every link type, lags and leads,
 * milestones). Each network comes from its own seed, printed in the test name, so a failure is reproducible.
 */
class CriticalPathPropertiesTests {

    static Stream<Long> seeds() {
        return new Random(20261127L).longs(200).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void zeroTotalFloatIffCriticalAndNoFloatIsNegativeWithoutConstraints(long seed) {
        Schedule schedule = CriticalPathMethod.schedule(randomNetwork(seed));

        assertThat(schedule.activities()).allSatisfy(activity -> {
            assertThat(activity.totalFloat()).isNotNegative();
            assertThat(activity.freeFloat()).isBetween(0, activity.totalFloat());
            assertThat(activity.critical()).isEqualTo(activity.totalFloat() == 0);
        });
        assertThat(schedule.criticalPaths()).isNotEmpty();
        assertThat(schedule.criticalPaths()).allSatisfy(path -> assertThat(path)
                .allSatisfy(id -> assertThat(schedule.activity(id).orElseThrow().critical()).isTrue()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void delayingAnActivityByItsFreeFloatMovesNothingElse(long seed) {
        List<Activity> network = randomNetwork(seed);
        Schedule schedule = CriticalPathMethod.schedule(network);

        for (ScheduledActivity delayed : schedule.activities()) {
            Schedule after = CriticalPathMethod.schedule(
                    delay(network, delayed.id(), delayed.earlyStart() + delayed.freeFloat()));

            assertThat(after.earlyFinish()).isEqualTo(schedule.earlyFinish());
            Map<String, ScheduledActivity> moved = after.byId();
            assertThat(moved.get(delayed.id()).earlyStart()).isEqualTo(delayed.earlyStart() + delayed.freeFloat());
            assertThat(schedule.activities()).filteredOn(other -> !other.id().equals(delayed.id()))
                    .allSatisfy(other -> assertThat(moved.get(other.id()).earlyStart())
                            .as("early start of %s after delaying %s", other.id(), delayed.id())
                            .isEqualTo(other.earlyStart()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void delayingACriticalActivityByOneDayMovesTheFinishByOneDay(long seed) {
        List<Activity> network = randomNetwork(seed);
        Schedule schedule = CriticalPathMethod.schedule(network);

        assertThat(schedule.activities()).filteredOn(ScheduledActivity::critical).isNotEmpty()
                .allSatisfy(critical -> assertThat(CriticalPathMethod
                        .schedule(delay(network, critical.id(), critical.earlyStart() + 1)).earlyFinish())
                        .as("finish after delaying %s", critical.id()).isEqualTo(schedule.earlyFinish() + 1));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anImposedFinishEarlierThanTheComputedOneGivesNegativeFloatOfExactlyTheDifference(long seed) {
        List<Activity> network = randomNetwork(seed);
        Schedule free = CriticalPathMethod.schedule(network);
        int difference = 1 + new Random(seed).nextInt(5);

        Schedule imposed = CriticalPathMethod.schedule(network, free.earlyFinish() - difference);

        Map<String, ScheduledActivity> constrained = imposed.byId();
        assertThat(free.activities()).allSatisfy(activity -> {
            ScheduledActivity now = constrained.get(activity.id());
            assertThat(now.totalFloat()).isEqualTo(activity.totalFloat() - difference);
            assertThat(now.earlyStart()).isEqualTo(activity.earlyStart());
            assertThat(now.freeFloat()).isEqualTo(activity.freeFloat());
        });
        assertThat(free.activities()).filteredOn(ScheduledActivity::critical)
                .allSatisfy(critical -> assertThat(constrained.get(critical.id()).totalFloat()).isEqualTo(-difference));
        assertThat(imposed.criticalPaths()).isEqualTo(free.criticalPaths());
    }

    /** 2 to 40 activities; each links to up to three earlier ones, with any type and a lag from -2 to 4. */
    static List<Activity> randomNetwork(long seed) {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(39);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Dependency> links = new ArrayList<>();
            int count = i == 0 ? 0 : random.nextInt(Math.min(i, 3) + 1);
            List<Integer> chosen = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                int predecessor = random.nextInt(i);
                if (!chosen.contains(predecessor)) {
                    chosen.add(predecessor);
                    links.add(new Dependency("T" + predecessor,
                            DependencyType.values()[random.nextInt(DependencyType.values().length)],
                            random.nextInt(7) - 2));
                }
            }
            int duration = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(12);
            activities.add(new Activity("T" + i, duration, links, null, null));
        }
        return activities;
    }

    private static List<Activity> delay(List<Activity> network, String id, int startNoEarlierThan) {
        return network.stream().map(activity -> activity.id().equals(id)
                ? activity.startingNoEarlierThan(startNoEarlierThan) : activity).toList();
    }
}
