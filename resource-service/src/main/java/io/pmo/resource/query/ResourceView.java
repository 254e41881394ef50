package io.pmo.resource.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AbsenceKind;
import io.pmo.events.resource.OverloadedWeek;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.Skill;

/**
 * A resource as resource managers read it: profile, skills, capacity calendar, allocations with their states, and
 * the latest over-allocations. {@code version} follows every event of the resource (reads take
 * {@code ?minVersion=}); utilisation and capacity are computed from this document on each read.
 */
@Document("resource_views")
public record ResourceView(@Id String resourceId, String tenantId, ResourceKind kind, String userId, String label,
        String role, BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom, LocalDate availableUntil,
        List<Skill> skills, List<PartTimePeriod> partTime, List<Absence> absences, List<AllocationView> allocations,
        List<OverAllocation> overAllocations, long version) {

    /** An absence, both dates inclusive. */
    public record Absence(String absenceId, LocalDate from, LocalDate to, AbsenceKind kind) {
    }

    /** An over-allocation a confirmation caused (the tenant warned rather than refused). */
    public record OverAllocation(String allocationId, String projectId, List<OverloadedWeek> weeks) {
    }

    /** An allocation and where it stands. */
    public record AllocationView(String allocationId, String projectId, LocalDate from, LocalDate to,
            BigDecimal hoursPerWeek, BigDecimal percent, String status, boolean suspended, LocalDate releasedFrom,
            String requestedBy, String confirmedBy, String reason) {

        AllocationView with(String status, boolean suspended, LocalDate releasedFrom, String confirmedBy,
                String reason) {
            return new AllocationView(allocationId, projectId, from, to, hoursPerWeek, percent, status, suspended,
                    releasedFrom, requestedBy, confirmedBy, reason);
        }
    }

    ResourceView withProfile(String role, BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom,
            LocalDate availableUntil, long version) {
        return new ResourceView(resourceId, tenantId, kind, userId, label, role, hoursPerDay, costRate, availableFrom,
                availableUntil, skills, partTime, absences, allocations, overAllocations, version);
    }

    ResourceView withCalendar(List<Skill> skills, List<PartTimePeriod> partTime, List<Absence> absences,
            long version) {
        return new ResourceView(resourceId, tenantId, kind, userId, label, role, hoursPerDay, costRate, availableFrom,
                availableUntil, List.copyOf(skills), List.copyOf(partTime), List.copyOf(absences), allocations,
                overAllocations, version);
    }

    ResourceView withAllocations(List<AllocationView> allocations, List<OverAllocation> overAllocations,
            long version) {
        return new ResourceView(resourceId, tenantId, kind, userId, label, role, hoursPerDay, costRate, availableFrom,
                availableUntil, skills, partTime, absences, List.copyOf(allocations), List.copyOf(overAllocations),
                version);
    }

    ResourceView withVersion(long version) {
        return withAllocations(allocations, overAllocations, version);
    }

    /** Whether the resource has this skill at this level or above. */
    public boolean hasSkill(String skill, int minLevel) {
        return skills.stream().anyMatch(held -> held.skill().equals(skill) && held.level() >= minLevel);
    }
}
