package io.pmo.resource.command;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AbsenceRecorded;
import io.pmo.events.resource.OverloadedWeek;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.WeeklyCost;
import io.pmo.events.resource.WeeklyLoad;
import io.pmo.resource.capacity.Absence;
import io.pmo.resource.capacity.Allocation;
import io.pmo.resource.capacity.AllocationStatus;
import io.pmo.resource.capacity.CapacityProfile;
import io.pmo.resource.capacity.DateRange;
import io.pmo.resource.capacity.Hours;
import io.pmo.resource.capacity.OverAllocationCheck;
import io.pmo.resource.capacity.TenantCalendar;
import io.pmo.resource.capacity.WeekFigures;
import io.pmo.resource.capacity.WeeklyFigures;
import io.pmo.resource.query.ResourceSettingsView;

/**
 * The resource's state as the capacity math takes it (the tenant calendar, the capacity profile, the allocations),
 * and its answers as the events carry them: over-allocated weeks, an allocation's weekly cost, weekly utilisation.
 */
final class Loads {

    /** The most weeks one {@code UtilizationChanged} carries (five years). */
    static final int MAX_WEEKS = 260;

    private final TenantCalendar calendar;

    private final CapacityProfile profile;

    private final List<Allocation> allocations;

    Loads(ResourceSettingsView settings, BigDecimal hoursPerDay, LocalDate availableFrom, LocalDate availableUntil,
            List<PartTimePeriod> partTime, List<AbsenceRecorded> absences, List<Allocation> allocations) {
        this.calendar = new TenantCalendar(Set.copyOf(settings.workingWeekdays()), Set.copyOf(settings.holidays()));
        this.profile = new CapacityProfile(hoursPerDay, availableFrom, availableUntil, partTime.stream()
                .map(period -> new io.pmo.resource.capacity.PartTimePeriod(period.from(), period.to(),
                        period.factor())).toList(), absences.stream().map(absence -> new Absence(absence.from(),
                                absence.to())).toList());
        this.allocations = List.copyOf(allocations);
    }

    /** The weeks confirming {@code candidate} would over-allocate, as the event carries them. */
    static List<OverloadedWeek> overloaded(Loads loads, Allocation candidate) {
        return OverAllocationCheck.weeksOverCapacity(loads.profile, loads.calendar, loads.allocations, candidate)
                .stream().map(week -> new OverloadedWeek(week.weekStart(), week.capacityHours(), week.loadHours()))
                .toList();
    }

    /** A confirmed allocation's load and cost per ISO week at the resource's rate. */
    static List<WeeklyCost> weeklyCosts(Loads loads, Allocation confirmed, Money rate) {
        return WeeklyFigures.of(loads.calendar, wholeWeeks(confirmed.from(), confirmed.to()), loads.profile,
                List.of(confirmed), rate.amount(), rate.currency()).stream()
                .map(week -> week.projects().stream().findFirst().map(project -> new WeeklyCost(monday(week),
                        Hours.ofMinutes(project.confirmedMinutes()), new Money(project.cost(), rate.currency())))
                        .orElseGet(() -> new WeeklyCost(monday(week), Hours.ofMinutes(0),
                                new Money(BigDecimal.ZERO.setScale(2), rate.currency()))))
                .toList();
    }

    /**
     * Capacity and load per ISO week over {@code from..to} (a change's own days), or, with nulls, over every week
     * the resource's allocations span (a change of the whole calendar); at most {@link #MAX_WEEKS} weeks from the
     * first; empty when there is nothing to cover.
     */
    List<WeeklyLoad> weeks(LocalDate from, LocalDate to) {
        LocalDate start = from;
        LocalDate end = to;
        if (start == null) {
            for (Allocation allocation : allocations) {
                if (allocation.status() != AllocationStatus.REJECTED) {
                    start = start == null || allocation.from().isBefore(start) ? allocation.from() : start;
                    end = end == null || allocation.to().isAfter(end) ? allocation.to() : end;
                }
            }
        }
        if (start == null) {
            return List.of();
        }
        DateRange range = wholeWeeks(start, end);
        return WeeklyFigures.of(calendar, range, profile, allocations, null, null).stream()
                .map(week -> new WeeklyLoad(monday(week), Hours.ofMinutes(week.capacityMinutes()),
                        Hours.ofMinutes(week.confirmedMinutes()), Hours.ofMinutes(week.requestedMinutes())))
                .toList();
    }

    /** Whole ISO weeks around {@code from..to}, at most {@link #MAX_WEEKS} of them. */
    private static DateRange wholeWeeks(LocalDate from, LocalDate to) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate last = monday.plusWeeks(MAX_WEEKS).minusDays(1);
        return new DateRange(monday, sunday.isAfter(last) ? last : sunday);
    }

    private static LocalDate monday(WeekFigures week) {
        return week.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
