package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resource's figures per ISO week for the events that publish them: capacity, confirmed and requested load,
 * and per project the confirmed load and its cost at the resource's hourly rate.
 *
 * <p>Days are filled once (capacity, then each allocation into its own project's row) and then read in a
 * single pass that adds every day to its week, so the cost of a call grows with days × projects, not with weeks.
 */
public final class WeeklyFigures {

    private WeeklyFigures() {
    }

    /**
     * @param costRatePerHour the resource's cost per hour, or null when it has none (costs are then null)
     * @param currency        the rate's ISO 4217 code, or null with the rate
     * @throws IllegalArgumentException when a rate comes without a currency
     */
    public static List<WeekFigures> of(TenantCalendar calendar, DateRange range, CapacityProfile profile,
                                       List<Allocation> allocations, BigDecimal costRatePerHour, String currency) {
        if (costRatePerHour != null && currency == null) {
            throw new IllegalArgumentException("A cost rate has a currency");
        }
        DayGrid days = new DayGrid(calendar, range).load(profile, List.of());
        Map<String, int[]> projectDays = new TreeMap<>();
        for (Allocation allocation : allocations) {
            if (allocation.loadsConfirmed()) {
                int[] load = projectDays.computeIfAbsent(allocation.projectId(), id -> new int[range.days()]);
                allocation.addLoad(range, days.workingWeekdays, days.capacity, load);
            } else if (allocation.loadsRequested()) {
                allocation.addLoad(range, days.workingWeekdays, days.capacity, days.requested);
            }
        }
        String[] projects = projectDays.keySet().toArray(String[]::new);
        int[][] projectLoads = projectDays.values().toArray(int[][]::new);

        int offset = range.from().getDayOfWeek().ordinal();
        int weeks = (offset + range.days() + 6) / 7;
        long[] capacity = new long[weeks];
        long[] requested = new long[weeks];
        long[][] confirmed = new long[projects.length][weeks];
        for (int i = 0; i < range.days(); i++) {
            int week = (offset + i) / 7;
            capacity[week] += days.capacity[i];
            requested[week] += days.requested[i];
            for (int p = 0; p < projects.length; p++) {
                confirmed[p][week] += projectLoads[p][i];
            }
        }

        List<WeekFigures> figures = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            long confirmedTotal = 0;
            List<ProjectWeek> perProject = new ArrayList<>();
            for (int p = 0; p < projects.length; p++) {
                long minutes = confirmed[p][week];
                if (minutes > 0) {
                    confirmedTotal += minutes;
                    perProject.add(new ProjectWeek(projects[p], minutes, cost(minutes, costRatePerHour),
                            costRatePerHour == null ? null : currency));
                }
            }
            int first = Math.max(0, week * 7 - offset);
            int last = Math.min(range.days(), week * 7 - offset + 7) - 1;
            figures.add(new WeekFigures(range.from().plusDays(first), range.from().plusDays(last), capacity[week],
                    confirmedTotal, requested[week], perProject));
        }
        return figures;
    }

    private static BigDecimal cost(long minutes, BigDecimal ratePerHour) {
        return ratePerHour == null ? null
                : BigDecimal.valueOf(minutes).multiply(ratePerHour).divide(Hours.SIXTY, 2, RoundingMode.HALF_UP);
    }
}
