package io.pmo.resource.command;

import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.resource.command.ResourceMother.ANN;
import static io.pmo.resource.command.ResourceMother.ERP;
import static io.pmo.resource.command.ResourceMother.MONDAY;
import static io.pmo.resource.command.ResourceMother.NEXT_FRIDAY;
import static io.pmo.resource.command.ResourceMother.NEXT_MONDAY;
import static io.pmo.resource.command.ResourceMother.OLD;
import static io.pmo.resource.command.ResourceMother.TENANT_ID;
import static io.pmo.resource.command.ResourceMother.WEB;
import static io.pmo.resource.command.ResourceMother.WEDNESDAY;
import static io.pmo.resource.command.ResourceMother.ann;
import static io.pmo.resource.command.ResourceMother.confirmed;
import static io.pmo.resource.command.ResourceMother.hours;
import static io.pmo.resource.command.ResourceMother.platform;
import static io.pmo.resource.command.ResourceMother.projectManager;
import static io.pmo.resource.command.ResourceMother.requested;
import static io.pmo.resource.command.ResourceMother.resourceManager;
import static io.pmo.resource.command.ResourceMother.week;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.resource.AllocationRejected;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationResumed;
import io.pmo.events.resource.AllocationSuspended;
import io.pmo.events.resource.OverAllocationDetected;
import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.OverloadedWeek;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.resource.command.ResourceCommands.ConfirmAllocation;
import io.pmo.resource.command.ResourceCommands.Confirmed;
import io.pmo.resource.command.ResourceCommands.RejectAllocation;
import io.pmo.resource.command.ResourceCommands.ReleaseAllocation;
import io.pmo.resource.command.ResourceCommands.ReleaseProjectAllocations;
import io.pmo.resource.command.ResourceCommands.RequestAllocation;
import io.pmo.resource.command.ResourceCommands.ResumeProjectAllocations;
import io.pmo.resource.command.ResourceCommands.SuspendProjectAllocations;

/**
 * Allocations on Ann (8 h a day, Monday to Friday, 100.00 EUR an hour) over the weeks of 4 and 11 January 2027:
 * requested, confirmed with their weekly cost, over-allocation under both policies, rejected, released by hand and
 * by a project's end, suspended and resumed with its hold; each followed by the weeks' utilisation.
 */
class AllocationTests {

    private FixtureConfiguration<Resource> fixture;

    private ResourceMother.World world;

    @BeforeEach
    void setUp() {
        world = new ResourceMother.World();
        fixture = new AggregateTestFixture<>(Resource.class);
        fixture.registerInjectableResource(world);
        fixture.registerInjectableResource(WEDNESDAY);
    }

    private static RequestAllocation request(String projectId, String hoursPerWeek) {
        return new RequestAllocation(ANN, "al-1", projectId, MONDAY, NEXT_FRIDAY, new BigDecimal(hoursPerWeek), null,
                null);
    }

    @Test
    void theProjectsManagerRequestsAndTheWeeksShowTheRequestedLoad() {
        fixture.given(ann())
                .when(request(ERP, "20"), projectManager())
                .expectEvents(requested("al-1", ERP, "20"), new UtilizationChanged(ANN, TENANT_ID, List.of(
                        week(MONDAY, "40.00", "0.00", "20.00"), week(NEXT_MONDAY, "40.00", "0.00", "20.00"))));
    }

    @Test
    void refusesUnknownOrClosedProjectsAnotherManagersProjectAndBadAmounts() {
        fixture.given(ann())
                .when(request("99999999-0000-4000-8000-000000000000", "20"), projectManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
        fixture.given(ann())
                .when(request(OLD, "20"), projectManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
        fixture.given(ann())
                .when(request(WEB, "20"), projectManager())
                .expectNoEvents()
                .expectException(NotAllowed.class);
        fixture.given(ann())
                .when(request(ResourceMother.FRESH, "20"), projectManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
        fixture.given(ann())
                .when(new RequestAllocation(ANN, "al-1", ERP, MONDAY, NEXT_FRIDAY, BigDecimal.TEN, BigDecimal.TEN,
                        null), projectManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "hoursPerWeek"));
        fixture.given(ann())
                .when(new RequestAllocation(ANN, "al-1", ERP, MONDAY, MONDAY.plusYears(4), BigDecimal.TEN, null,
                        null), projectManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "to"));
    }

    @Test
    void confirmingPublishesTheWeeklyCostAndTheConfirmedLoad() {
        fixture.given(ann(), requested("al-1", ERP, "20"))
                .when(new ConfirmAllocation(ANN, "al-1", null), resourceManager())
                .expectEvents(confirmed("al-1", ERP, "20.00", "2000.00"), new UtilizationChanged(ANN, TENANT_ID,
                        List.of(week(MONDAY, "40.00", "20.00", "0.00"), week(NEXT_MONDAY, "40.00", "20.00", "0.00"))))
                .expectResultMessagePayload(new Confirmed(3L, List.of()));
    }

    @Test
    void overAllocationWarnsWithTheWeeksUnderTheWarningPolicy() {
        List<OverloadedWeek> over = List.of(new OverloadedWeek(MONDAY, hours("40.00"), hours("60.00")),
                new OverloadedWeek(NEXT_MONDAY, hours("40.00"), hours("60.00")));
        fixture.given(ann(), requested("al-0", WEB, "30"), confirmed("al-0", WEB, "30.00", "3000.00"),
                requested("al-1", ERP, "30"))
                .when(new ConfirmAllocation(ANN, "al-1", null), resourceManager())
                .expectEvents(confirmed("al-1", ERP, "30.00", "3000.00"), new OverAllocationDetected(ANN, TENANT_ID,
                        "al-1", ERP, over), new UtilizationChanged(ANN, TENANT_ID, List.of(
                                week(MONDAY, "40.00", "60.00", "0.00"), week(NEXT_MONDAY, "40.00", "60.00", "0.00"))))
                .expectResultMessagePayload(new Confirmed(6L, over));
    }

    @Test
    void overAllocationIsRefusedUnderTheRefusingPolicyAndNothingIsStored() {
        world.policy = OverAllocationPolicy.REFUSE;
        fixture.given(ann(), requested("al-0", WEB, "30"), confirmed("al-0", WEB, "30.00", "3000.00"),
                requested("al-1", ERP, "30"))
                .when(new ConfirmAllocation(ANN, "al-1", null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "allocationId"));
    }

    @Test
    void aRequestNeverOverAllocatesAndOnlyARequestIsConfirmedOrRejected() {
        fixture.given(ann(), requested("al-0", WEB, "40"), confirmed("al-0", WEB, "40.00", "4000.00"))
                .when(request(ERP, "40"), projectManager())
                .expectSuccessfulHandlerExecution();
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"))
                .when(new ConfirmAllocation(ANN, "al-1", null), resourceManager())
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, StateConflict.CURRENT_STATE,
                        io.pmo.resource.capacity.AllocationStatus.CONFIRMED));
    }

    @Test
    void rejectingRemovesTheRequestedLoad() {
        fixture.given(ann(), requested("al-1", ERP, "20"))
                .when(new RejectAllocation(ANN, "al-1", "Ann is needed elsewhere", null), resourceManager())
                .expectEvents(new AllocationRejected(ANN, TENANT_ID, "al-1", ERP, "Ann is needed elsewhere"),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "40.00", "0.00", "0.00"),
                                week(NEXT_MONDAY, "40.00", "0.00", "0.00"))));
    }

    @Test
    void releasingFromADateKeepsTheLoadBeforeIt() {
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"))
                .when(new ReleaseAllocation(ANN, "al-1", NEXT_MONDAY, "Scope cut", null), resourceManager())
                .expectEvents(new AllocationReleased(ANN, TENANT_ID, "al-1", ERP, NEXT_MONDAY, "Scope cut"),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(NEXT_MONDAY, "40.00", "0.00", "0.00"))));
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"))
                .when(new ReleaseAllocation(ANN, "al-1", NEXT_FRIDAY.plusDays(1), "Too late", null),
                        resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "releasedFrom"));
    }

    @Test
    void aProjectsEndReleasesItsAllocationsFromTodayAndARequestWhole() {
        // today is Wednesday 6 January: Monday and Tuesday keep 4 h each of the 20 h/week confirmed allocation
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"),
                requested("al-2", ERP, "10"))
                .when(new ReleaseProjectAllocations(ANN, ERP, "Project cancelled"), platform())
                .expectEvents(new AllocationReleased(ANN, TENANT_ID, "al-1", ERP, WEDNESDAY_DATE, "Project cancelled"),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "40.00", "8.00", "10.00"),
                                week(NEXT_MONDAY, "40.00", "0.00", "10.00"))),
                        new AllocationReleased(ANN, TENANT_ID, "al-2", ERP, MONDAY, "Project cancelled"),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "40.00", "8.00", "0.00"),
                                week(NEXT_MONDAY, "40.00", "0.00", "0.00"))));
    }

    @Test
    void aHoldSuspendsTheLoadAndActivityResumesIt() {
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"))
                .when(new SuspendProjectAllocations(ANN, ERP, "Project on hold"), platform())
                .expectEvents(new AllocationSuspended(ANN, TENANT_ID, "al-1", ERP, "Project on hold"),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "40.00", "0.00", "0.00"),
                                week(NEXT_MONDAY, "40.00", "0.00", "0.00"))));
        fixture.given(ann(), requested("al-1", ERP, "20"), confirmed("al-1", ERP, "20.00", "2000.00"),
                new AllocationSuspended(ANN, TENANT_ID, "al-1", ERP, "Project on hold"))
                .when(new ResumeProjectAllocations(ANN, ERP), platform())
                .expectEvents(new AllocationResumed(ANN, TENANT_ID, "al-1", ERP),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "40.00", "20.00", "0.00"),
                                week(NEXT_MONDAY, "40.00", "20.00", "0.00"))));
    }

    private static final LocalDate WEDNESDAY_DATE = MONDAY.plusDays(2);
}
