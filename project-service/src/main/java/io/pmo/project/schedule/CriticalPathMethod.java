package io.pmo.project.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The critical path method on a precedence network (FS, SS and FF links with lags), in working days. Plain
 * Java on purpose: no framework, so it can be checked against textbook networks.
 *
 * <p>Conventions: day 0 is the project's first working day; an activity's start is its first day of work and
 * its finish is exclusive (start + duration), so a finish-to-start successor without lag starts on its
 * predecessor's finish. No activity starts before day 0. The backward pass starts from the imposed finish if
 * there is one, otherwise from the early finish; every activity's late finish is also bounded by that finish
 * and by its own finish-no-later-than constraint. Total float = late start - early start (negative when a
 * constraint cannot be met); free float = the least slack of the activity's outgoing links, and for an
 * activity no link leaves, the project's early finish - its early finish. An activity is critical when its
 * total float is zero or less.
 */
public final class CriticalPathMethod {

    /** More than this many critical paths are not listed (each critical activity is still flagged). */
    public static final int MAX_CRITICAL_PATHS = 100;

    private CriticalPathMethod() {
    }

    public static Schedule schedule(Collection<Activity> activities) {
        return schedule(activities, null);
    }

    /**
     * @param imposedFinish a finish the project must meet (exclusive day, like every finish), or null
     * @throws DependencyCycleException if the dependencies loop
     * @throws IllegalArgumentException for a duplicate id or a predecessor that is not in the network
     */
    public static Schedule schedule(Collection<Activity> activities, Integer imposedFinish) {
        Network network = Network.of(activities);
        List<Activity> order = network.topologicalOrder();
        Map<String, Integer> earlyStart = new HashMap<>();
        Map<String, Integer> earlyFinish = new HashMap<>();
        int projectEarlyFinish = 0;
        for (Activity activity : order) {
            int start = activity.startNoEarlierThan() == null ? 0 : Math.max(0, activity.startNoEarlierThan());
            for (Dependency link : activity.predecessors()) {
                start = Math.max(start, earliestStartAllowedBy(link, activity, earlyStart, earlyFinish));
            }
            earlyStart.put(activity.id(), start);
            earlyFinish.put(activity.id(), start + activity.durationDays());
            projectEarlyFinish = Math.max(projectEarlyFinish, start + activity.durationDays());
        }

        int finish = imposedFinish == null ? projectEarlyFinish : imposedFinish;
        Map<String, Integer> lateStart = new HashMap<>();
        Map<String, Integer> lateFinish = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Activity activity = order.get(i);
            int late = finish;
            if (activity.finishNoLaterThan() != null) {
                late = Math.min(late, activity.finishNoLaterThan());
            }
            for (Link link : network.successorsOf(activity.id())) {
                late = Math.min(late, latestFinishAllowedBy(link, activity, lateStart, lateFinish));
            }
            lateFinish.put(activity.id(), late);
            lateStart.put(activity.id(), late - activity.durationDays());
        }

        List<ScheduledActivity> scheduled = new ArrayList<>();
        for (Activity activity : order) {
            String id = activity.id();
            int freeFloat = projectEarlyFinish - earlyFinish.get(id);
            for (Link link : network.successorsOf(id)) {
                freeFloat = Math.min(freeFloat, slack(link, earlyStart, earlyFinish));
            }
            int totalFloat = lateStart.get(id) - earlyStart.get(id);
            scheduled.add(new ScheduledActivity(id, activity.durationDays(), earlyStart.get(id), earlyFinish.get(id),
                    lateStart.get(id), lateFinish.get(id), totalFloat, freeFloat, totalFloat <= 0));
        }
        return new Schedule(projectEarlyFinish, imposedFinish, scheduled,
                criticalPaths(network, order, scheduled, earlyStart, earlyFinish));
    }

    private static int earliestStartAllowedBy(Dependency link, Activity successor, Map<String, Integer> earlyStart,
            Map<String, Integer> earlyFinish) {
        return switch (link.type()) {
            case FS -> earlyFinish.get(link.predecessorId()) + link.lagDays();
            case SS -> earlyStart.get(link.predecessorId()) + link.lagDays();
            case FF -> earlyFinish.get(link.predecessorId()) + link.lagDays() - successor.durationDays();
        };
    }

    private static int latestFinishAllowedBy(Link link, Activity predecessor, Map<String, Integer> lateStart,
            Map<String, Integer> lateFinish) {
        String successor = link.successor().id();
        return switch (link.dependency().type()) {
            case FS -> lateStart.get(successor) - link.dependency().lagDays();
            case SS -> lateStart.get(successor) - link.dependency().lagDays() + predecessor.durationDays();
            case FF -> lateFinish.get(successor) - link.dependency().lagDays();
        };
    }

    /** How far the link's predecessor can slip before it moves the successor's early start. */
    private static int slack(Link link, Map<String, Integer> earlyStart, Map<String, Integer> earlyFinish) {
        Dependency dependency = link.dependency();
        String predecessor = dependency.predecessorId();
        String successor = link.successor().id();
        return switch (dependency.type()) {
            case FS -> earlyStart.get(successor) - earlyFinish.get(predecessor) - dependency.lagDays();
            case SS -> earlyStart.get(successor) - earlyStart.get(predecessor) - dependency.lagDays();
            case FF -> earlyFinish.get(successor) - earlyFinish.get(predecessor) - dependency.lagDays();
        };
    }

    private static List<List<String>> criticalPaths(Network network, List<Activity> order,
            List<ScheduledActivity> scheduled, Map<String, Integer> earlyStart, Map<String, Integer> earlyFinish) {
        if (scheduled.isEmpty()) {
            return List.of();
        }
        int leastFloat = scheduled.stream().mapToInt(ScheduledActivity::totalFloat).min().getAsInt();
        Set<String> onPath = new HashSet<>();
        scheduled.stream().filter(activity -> activity.totalFloat() == leastFloat)
                .forEach(activity -> onPath.add(activity.id()));
        Map<String, List<String>> driving = new LinkedHashMap<>();
        Set<String> driven = new HashSet<>();
        for (Activity activity : order) {
            if (!onPath.contains(activity.id())) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (Link link : network.successorsOf(activity.id())) {
                if (onPath.contains(link.successor().id()) && slack(link, earlyStart, earlyFinish) == 0) {
                    next.add(link.successor().id());
                    driven.add(link.successor().id());
                }
            }
            driving.put(activity.id(), next);
        }
        List<List<String>> paths = new ArrayList<>();
        for (String start : driving.keySet()) {
            if (!driven.contains(start)) {
                walk(start, driving, new ArrayDeque<>(), paths);
            }
        }
        return paths;
    }

    private static void walk(String id, Map<String, List<String>> driving, Deque<String> path,
            List<List<String>> paths) {
        if (paths.size() >= MAX_CRITICAL_PATHS) {
            return;
        }
        path.addLast(id);
        List<String> next = driving.get(id);
        if (next.isEmpty()) {
            paths.add(List.copyOf(path));
        }
        for (String successor : next) {
            walk(successor, driving, path, paths);
        }
        path.removeLast();
    }

    private record Link(Dependency dependency, Activity successor) {
    }

    /** The activities by id with their outgoing links, validated. */
    private record Network(Map<String, Activity> activities, Map<String, Integer> position,
            Map<String, List<Link>> successors) {

        static Network of(Collection<Activity> input) {
            Map<String, Activity> activities = new LinkedHashMap<>();
            Map<String, Integer> position = new HashMap<>();
            for (Activity activity : input) {
                if (activities.putIfAbsent(activity.id(), activity) != null) {
                    throw new IllegalArgumentException("Two activities have the id " + activity.id());
                }
                position.put(activity.id(), position.size());
            }
            Map<String, List<Link>> successors = new HashMap<>();
            for (Activity activity : activities.values()) {
                for (Dependency link : activity.predecessors()) {
                    if (!activities.containsKey(link.predecessorId())) {
                        throw new IllegalArgumentException("Activity " + activity.id() + " depends on "
                                + link.predecessorId() + ", which is not in the plan");
                    }
                    successors.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>())
                            .add(new Link(link, activity));
                }
            }
            return new Network(activities, position, successors);
        }

        List<Link> successorsOf(String id) {
            return successors.getOrDefault(id, List.of());
        }

        /** Kahn's algorithm, ties broken by input order so that results are stable. */
        List<Activity> topologicalOrder() {
            Map<String, Integer> unmet = new HashMap<>();
            PriorityQueue<Activity> ready = new PriorityQueue<>(
                    (a, b) -> Integer.compare(position.get(a.id()), position.get(b.id())));
            for (Activity activity : activities.values()) {
                unmet.put(activity.id(), activity.predecessors().size());
                if (activity.predecessors().isEmpty()) {
                    ready.add(activity);
                }
            }
            List<Activity> order = new ArrayList<>(activities.size());
            while (!ready.isEmpty()) {
                Activity next = ready.poll();
                order.add(next);
                for (Link link : successorsOf(next.id())) {
                    if (unmet.merge(link.successor().id(), -1, Integer::sum) == 0) {
                        ready.add(link.successor());
                    }
                }
            }
            if (order.size() < activities.size()) {
                Set<String> left = new HashSet<>(activities.keySet());
                order.forEach(activity -> left.remove(activity.id()));
                throw new DependencyCycleException(cycleAmong(left));
            }
            return order;
        }

        /**
         * Every activity left by Kahn's algorithm has a predecessor that is also left, so walking predecessors
         * from any of them must come back to one already seen: that loop is a cycle.
         */
        private List<String> cycleAmong(Set<String> left) {
            String current = left.stream().min((a, b) -> Integer.compare(position.get(a), position.get(b))).get();
            List<String> walked = new ArrayList<>();
            Map<String, Integer> seenAt = new HashMap<>();
            while (!seenAt.containsKey(current)) {
                seenAt.put(current, walked.size());
                walked.add(current);
                String here = current;
                current = activities.get(here).predecessors().stream().map(Dependency::predecessorId)
                        .filter(left::contains).findFirst().get();
            }
            List<String> cycle = new ArrayList<>(walked.subList(seenAt.get(current), walked.size()));
            Collections.reverse(cycle);
            // Start from the activity listed first in the plan, so the same cycle is always named the same way.
            String first = cycle.stream().min((a, b) -> Integer.compare(position.get(a), position.get(b))).get();
            Collections.rotate(cycle, -cycle.indexOf(first));
            cycle.add(first);
            return cycle;
        }
    }
}
