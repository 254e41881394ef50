package io.pmo.resource.command;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.pmo.events.common.Money;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.events.resource.WeeklyCost;
import io.pmo.events.resource.WeeklyLoad;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.testing.FakeProjects;
import io.pmo.resource.query.ResourceSettingsView;
import io.pmo.resource.query.TenantCalendars;

/**
 * Ann (user ann.lee) of tenant acme, 8 h a day Monday to Friday at 100.00 EUR an hour, and the projects she may be
 * allocated to: ERP (managed by pm-1), Web (managed by pm-2) and Old (cancelled). The weeks of 4 and 11 January 2027.
 */
final class ResourceMother {

    static final String TENANT_ID = "acme";

    static final String ANN = "a1000000-0000-4000-8000-000000000001";

    static final String ERP = "e1000000-0000-4000-8000-000000000001";

    static final String WEB = "e2000000-0000-4000-8000-000000000002";

    static final String OLD = "e3000000-0000-4000-8000-000000000003";

    /** A project whose manager's assignment has not arrived yet. */
    static final String FRESH = "e4000000-0000-4000-8000-000000000004";

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    static final LocalDate NEXT_MONDAY = LocalDate.of(2027, 1, 11);

    static final LocalDate NEXT_FRIDAY = LocalDate.of(2027, 1, 15);

    static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    private ResourceMother() {
    }

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static ResourceRegistered ann() {
        return new ResourceRegistered(ANN, TENANT_ID, ResourceKind.PERSON, "ann.lee", null, "Developer",
                new BigDecimal("8"), eur("100.00"), null, null);
    }

    /** An allocation over the two weeks at so many hours a week. */
    static AllocationRequested requested(String allocationId, String projectId, String hoursPerWeek) {
        return new AllocationRequested(ANN, TENANT_ID, allocationId, projectId, MONDAY, NEXT_FRIDAY,
                new BigDecimal(hoursPerWeek), null, "pm-1");
    }

    static AllocationConfirmed confirmed(String allocationId, String projectId, String hoursPerWeek,
            String costPerWeek) {
        return new AllocationConfirmed(ANN, TENANT_ID, allocationId, projectId, "rm-1", List.of(
                new WeeklyCost(MONDAY, hours(hoursPerWeek), eur(costPerWeek)),
                new WeeklyCost(NEXT_MONDAY, hours(hoursPerWeek), eur(costPerWeek))));
    }

    static WeeklyLoad week(LocalDate monday, String capacity, String confirmed, String requested) {
        return new WeeklyLoad(monday, hours(capacity), hours(confirmed), hours(requested));
    }

    static Map<String, Object> as(String principal, String roles) {
        return Map.of(PmoMetadata.TENANT_ID, TENANT_ID, PmoMetadata.PRINCIPAL, principal, PmoMetadata.ROLES, roles);
    }

    static Map<String, Object> resourceManager() {
        return as("rm-1", "RESOURCE_MANAGER");
    }

    static Map<String, Object> projectManager() {
        return as("pm-1", "PROJECT_MANAGER");
    }

    /** The platform's reaction to another context's event: no roles. */
    static Map<String, Object> platform() {
        return Map.of(PmoMetadata.TENANT_ID, TENANT_ID, PmoMetadata.PRINCIPAL, "system:resource-service");
    }

    /** The projects and the tenant settings the aggregate is given. */
    static final class World extends FakeProjects implements TenantCalendars {

        OverAllocationPolicy policy = OverAllocationPolicy.WARN;

        List<LocalDate> holidays = List.of();

        World() {
            super(new KnownProject(ERP, TENANT_ID, "ERP", ProjectStatus.ACTIVE, "pm-1", Map.of()),
                    new KnownProject(WEB, TENANT_ID, "Web", ProjectStatus.ACTIVE, "pm-2", Map.of()),
                    new KnownProject(OLD, TENANT_ID, "Old", ProjectStatus.CANCELLED, "pm-1", Map.of()),
                    new KnownProject(FRESH, TENANT_ID, "Fresh", ProjectStatus.PROPOSED, null, Map.of()));
        }

        @Override
        public ResourceSettingsView settings(String tenantId) {
            return new ResourceSettingsView(ResourceSettingsEvent.settingsIdOf(tenantId), tenantId,
                    List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY), holidays, policy, 0L, null);
        }
    }
}
