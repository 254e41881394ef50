package io.pmo.resource.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.pmo.events.resource.ResourceKind;
import io.pmo.platform.query.TenantQueries;
import io.pmo.resource.capacity.Absence;
import io.pmo.resource.capacity.Allocation;
import io.pmo.resource.capacity.AllocationStatus;
import io.pmo.resource.capacity.CapacityProfile;
import io.pmo.resource.capacity.DateRange;
import io.pmo.resource.capacity.Granularity;
import io.pmo.resource.capacity.PartTimePeriod;
import io.pmo.resource.capacity.PeriodUtilisation;
import io.pmo.resource.capacity.SkillDemand;
import io.pmo.resource.capacity.SkillPeriod;
import io.pmo.resource.capacity.SkilledResource;
import io.pmo.resource.capacity.TenantCalendar;
import io.pmo.resource.capacity.Utilisation;
import io.pmo.resource.capacity.WhatIf;

/**
 * Utilisation and demand vs capacity, computed on each read from the resource read models and the tenant's
 * calendar by the capacity math (conventions in {@code io.pmo.resource.capacity}): nothing is stored, so a what-if
 * is the same computation on a changed plan.
 */
@Component
public class CapacityQueries {

    /** One resource's load vs capacity per period. */
    public record ResourceUtilisation(String resourceId, ResourceKind kind, String userId, String label,
            List<PeriodUtilisation> periods) {
    }

    /** Demand vs capacity of a skill per period. */
    public record SkillCapacity(String skill, int minLevel, int resources, List<SkillPeriod> periods) {
    }

    private final ResourceQueries resources;

    private final ResourceSettingsQueries settings;

    CapacityQueries(ResourceQueries resources, ResourceSettingsQueries settings) {
        this.resources = resources;
        this.settings = settings;
    }

    public ResourceUtilisation utilisation(String tenantId, ResourceView resource, LocalDate from, LocalDate to,
            Granularity granularity) {
        Utilisation over = Utilisation.over(calendar(tenantId), new DateRange(from, to), granularity);
        return row(over, resource);
    }

    /** A page of the tenant's resources, each with its utilisation. */
    public TenantQueries.Page<ResourceUtilisation> utilisation(String tenantId, LocalDate from, LocalDate to,
            Granularity granularity, int page, int size) {
        Utilisation over = Utilisation.over(calendar(tenantId), new DateRange(from, to), granularity);
        return resources.list(tenantId, null, null, page, size).map(resource -> row(over, resource));
    }

    /** Demand vs capacity for a skill at {@code minLevel} or above, under a what-if ({@link WhatIf#NONE}: none). */
    public SkillCapacity skill(String tenantId, String skill, int minLevel, LocalDate from, LocalDate to,
            Granularity granularity, WhatIf whatIf) {
        List<SkilledResource> skilled = resources.withSkill(tenantId, skill).stream().map(CapacityQueries::skilled)
                .toList();
        List<SkillPeriod> periods = SkillDemand.over(calendar(tenantId), new DateRange(from, to), granularity)
                .of(skilled, skill, minLevel, whatIf);
        return new SkillCapacity(skill, minLevel, (int) skilled.stream().filter(resource -> resource.has(skill,
                minLevel)).count(), periods);
    }

    private static ResourceUtilisation row(Utilisation over, ResourceView resource) {
        return new ResourceUtilisation(resource.resourceId(), resource.kind(), resource.userId(), resource.label(),
                over.of(profile(resource), allocations(resource)));
    }

    private TenantCalendar calendar(String tenantId) {
        ResourceSettingsView view = settings.settings(tenantId);
        return new TenantCalendar(Set.copyOf(view.workingWeekdays()), Set.copyOf(view.holidays()));
    }

    private static SkilledResource skilled(ResourceView resource) {
        Map<String, Integer> skills = new HashMap<>();
        resource.skills().forEach(skill -> skills.put(skill.skill(), skill.level()));
        return new SkilledResource(resource.resourceId(), skills, resource.kind() == ResourceKind.PLACEHOLDER,
                profile(resource), allocations(resource));
    }

    static CapacityProfile profile(ResourceView resource) {
        return new CapacityProfile(resource.hoursPerDay(), resource.availableFrom(), resource.availableUntil(),
                resource.partTime().stream().map(period -> new PartTimePeriod(period.from(), period.to(),
                        period.factor())).toList(), resource.absences().stream().map(absence -> new Absence(
                                absence.from(), absence.to())).toList());
    }

    static List<Allocation> allocations(ResourceView resource) {
        return resource.allocations().stream().map(allocation -> new Allocation(allocation.allocationId(),
                allocation.projectId(), allocation.from(), allocation.to(), allocation.hoursPerWeek(),
                allocation.percent(), AllocationStatus.valueOf(allocation.status()), allocation.suspended(),
                allocation.releasedFrom())).toList();
    }
}
