package io.pmo.reporting;

import static io.pmo.reporting.ProjectEventsMother.PRINCIPAL;
import static io.pmo.reporting.ProjectEventsMother.T0;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.ResourceEvent;
import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSettingsChanged;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.events.resource.WeeklyCost;
import io.pmo.events.resource.WeeklyLoad;
import io.pmo.platform.consumer.ReceivedEvent;

/**
 * Test data: resource events as resource-service publishes them (CloudEvents on {@code pmo.resource.events}, keyed
 * by resource id), one a minute from {@link ProjectEventsMother#T0}. The weeks are those of March 2027, whose
 * Mondays are the 1st, 8th, 15th, 22nd and 29th.
 */
public final class ResourceEventsMother {

    public static final String TOPIC = EventCatalog.topic("resource");

    public static final LocalDate WEEK_1 = LocalDate.of(2027, 3, 1);

    public static final LocalDate WEEK_2 = LocalDate.of(2027, 3, 8);

    public static final LocalDate WEEK_3 = LocalDate.of(2027, 3, 15);

    public static final LocalDate WEEK_4 = LocalDate.of(2027, 3, 22);

    private ResourceEventsMother() {
    }

    public static String newResourceId() {
        return UUID.randomUUID().toString();
    }

    public static String newAllocationId() {
        return UUID.randomUUID().toString();
    }

    public static ResourceRegistered person(String tenantId, String resourceId, String userId, String role) {
        return new ResourceRegistered(resourceId, tenantId, ResourceKind.PERSON, userId, null, role,
                new BigDecimal("8"), Money.of("100.00", "EUR"), null, null);
    }

    public static ResourceRegistered placeholder(String tenantId, String resourceId, String label, String role) {
        return new ResourceRegistered(resourceId, tenantId, ResourceKind.PLACEHOLDER, null, label, role,
                new BigDecimal("8"), Money.of("90.00", "EUR"), null, null);
    }

    public static ResourceProfileChanged newRole(String tenantId, String resourceId, String role) {
        return new ResourceProfileChanged(resourceId, tenantId, role, new BigDecimal("8"), Money.of("100.00", "EUR"),
                null, null);
    }

    /** A week's figures: capacity, confirmed and requested hours. */
    public static WeeklyLoad load(LocalDate weekStart, String capacity, String confirmed, String requested) {
        return new WeeklyLoad(weekStart, new BigDecimal(capacity), new BigDecimal(confirmed),
                new BigDecimal(requested));
    }

    public static UtilizationChanged utilization(String tenantId, String resourceId, WeeklyLoad... weeks) {
        return new UtilizationChanged(resourceId, tenantId, List.of(weeks));
    }

    public static AllocationRequested requested(String tenantId, String resourceId, String allocationId,
            String projectId, LocalDate from, LocalDate to) {
        return new AllocationRequested(resourceId, tenantId, allocationId, projectId, from, to, new BigDecimal("20"),
                null, "manager-1");
    }

    public static AllocationConfirmed confirmed(String tenantId, String resourceId, String allocationId,
            String projectId, WeeklyCost... weeks) {
        return new AllocationConfirmed(resourceId, tenantId, allocationId, projectId, "resource-manager-1",
                List.of(weeks));
    }

    /** An allocation's week: its hours and their cost. */
    public static WeeklyCost cost(LocalDate weekStart, String hours, String amount, String currency) {
        return new WeeklyCost(weekStart, new BigDecimal(hours), Money.of(amount, currency));
    }

    public static AllocationReleased released(String tenantId, String resourceId, String allocationId,
            String projectId, LocalDate from) {
        return new AllocationReleased(resourceId, tenantId, allocationId, projectId, from, "Released by hand");
    }

    /** The event at its resource's sequence. */
    public static CloudEvent cloudEvent(ResourceEvent event, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/resource-service",
                EventCatalog.cloudEventType(event.getClass()), event.resourceId(), T0.plusSeconds(60 * sequence),
                event.tenantId(), PRINCIPAL, "corr-" + event.resourceId() + "-" + sequence, "cause-" + sequence,
                sequence, PmoJson.mapper().valueToTree(event));
    }

    /** The tenant's resource settings (Monday to Friday, Easter Monday off, warn on over-allocation) at a sequence. */
    public static CloudEvent settings(String tenantId, long sequence) {
        ResourceSettingsChanged event = new ResourceSettingsChanged(ResourceSettingsEvent.settingsIdOf(tenantId),
                tenantId, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), List.of(LocalDate.of(2027, 3, 29)), OverAllocationPolicy.WARN);
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/resource-service",
                EventCatalog.cloudEventType(event.getClass()), event.settingsId(), T0.plusSeconds(60 * sequence),
                tenantId, PRINCIPAL, "corr-" + event.settingsId() + "-" + sequence, "cause-" + sequence, sequence,
                PmoJson.mapper().valueToTree(event));
    }

    /** The events as a history of one resource: sequences 0 to n - 1, in the order given. */
    public static List<CloudEvent> history(List<? extends ResourceEvent> events) {
        List<CloudEvent> history = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            history.add(cloudEvent(events.get(sequence), sequence));
        }
        return history;
    }

    /**
     * The record a CloudEvent carries, as the consumer toolkit binds it: the class is named by the type
     * ({@code io.pmo.resource.<EventName>.v<revision>}), so that this works whether or not the catalog lists it.
     */
    public static ReceivedEvent<ResourceEvent> received(CloudEvent envelope) {
        String name = envelope.type().substring("io.pmo.resource.".length(), envelope.type().lastIndexOf(".v"));
        try {
            ResourceEvent event = (ResourceEvent) PmoJson.mapper().treeToValue(envelope.data(),
                    Class.forName("io.pmo.events.resource." + name));
            return ReceivedEvent.of(ProjectEventsMother.GROUP, envelope, event);
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}
