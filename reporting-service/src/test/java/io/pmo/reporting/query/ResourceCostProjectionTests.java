package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ResourceEventsMother.WEEK_1;
import static io.pmo.reporting.ResourceEventsMother.WEEK_2;
import static io.pmo.reporting.ResourceEventsMother.WEEK_3;
import static io.pmo.reporting.ResourceEventsMother.WEEK_4;
import static io.pmo.reporting.ResourceEventsMother.cloudEvent;
import static io.pmo.reporting.ResourceEventsMother.confirmed;
import static io.pmo.reporting.ResourceEventsMother.cost;
import static io.pmo.reporting.ResourceEventsMother.newAllocationId;
import static io.pmo.reporting.ResourceEventsMother.newResourceId;
import static io.pmo.reporting.ResourceEventsMother.released;
import static io.pmo.reporting.ResourceEventsMother.requested;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.Money;
import io.pmo.events.resource.AllocationResumed;
import io.pmo.events.resource.AllocationSuspended;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.ResourceEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.ProjectResourceCosts.Week;

/**
 * A project's resource cost per week from its allocations, on the Mongo-wire server. Project Apollo has two
 * allocations from 1 March 2027 (a Monday) to 26 March 2027: Anna's at 20 h a week at 100.00 EUR an hour
 * (2,000.00 a week) and Ben's at 10 h a week at 80.00 (800.00 a week); so each of the four weeks costs 2,800.00
 * for 30 h, 11,200.00 in all. A third allocation of Anna's on another project must not count.
 */
class ResourceCostProjectionTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private ResourceCostProjection projection;

    private ResourceCostQueries queries;

    private final String apollo = newProjectId();

    private final String other = newProjectId();

    private final String anna = newResourceId();

    private final String ben = newResourceId();

    private final String annaOnApollo = newAllocationId();

    private final String benOnApollo = newAllocationId();

    private final String annaElsewhere = newAllocationId();

    private List<CloudEvent> annasEvents;

    private List<CloudEvent> bensEvents;

    @BeforeEach
    void freshReadModelAndTwoConfirmedAllocations() {
        projection = new ResourceCostProjection(mongo.template());
        queries = new ResourceCostQueries(mongo.template(), new TenantQueries(mongo.template()));
        annasEvents = new ArrayList<>(ResourceEventsMother.history(List.of(
                ResourceEventsMother.person(TENANT_A, anna, "user-anna", "Developer"),
                requested(TENANT_A, anna, annaOnApollo, apollo, WEEK_1, LocalDate.of(2027, 3, 26)),
                confirmed(TENANT_A, anna, annaOnApollo, apollo, cost(WEEK_1, "20.00", "2000.00", "EUR"),
                        cost(WEEK_2, "20.00", "2000.00", "EUR"), cost(WEEK_3, "20.00", "2000.00", "EUR"),
                        cost(WEEK_4, "20.00", "2000.00", "EUR")),
                requested(TENANT_A, anna, annaElsewhere, other, WEEK_1, LocalDate.of(2027, 3, 12)),
                confirmed(TENANT_A, anna, annaElsewhere, other, cost(WEEK_1, "10.00", "1000.00", "EUR"),
                        cost(WEEK_2, "10.00", "1000.00", "EUR")))));
        bensEvents = new ArrayList<>(ResourceEventsMother.history(List.of(
                ResourceEventsMother.person(TENANT_A, ben, "user-ben", "Tester"),
                requested(TENANT_A, ben, benOnApollo, apollo, WEEK_1, LocalDate.of(2027, 3, 26)),
                confirmed(TENANT_A, ben, benOnApollo, apollo, cost(WEEK_1, "10.00", "800.00", "EUR"),
                        cost(WEEK_2, "10.00", "800.00", "EUR"), cost(WEEK_3, "10.00", "800.00", "EUR"),
                        cost(WEEK_4, "10.00", "800.00", "EUR")))));
    }

    @Test
    void sumsTheConfirmedAllocationsOfAProjectPerWeek() {
        deliver(annasEvents);
        deliver(bensEvents);

        ProjectResourceCosts costs = apollo(WEEK_1, LocalDate.of(2027, 3, 31));
        assertThat(costs.weeks()).extracting(Week::weekStart).containsExactly(WEEK_1, WEEK_2, WEEK_3, WEEK_4);
        assertThat(costs.weeks()).allSatisfy(week -> {
            assertThat(week.hours()).isEqualByComparingTo("30.00");
            assertThat(week.costs()).singleElement().satisfies(money -> assertThat(money)
                    .isEqualTo(eur("2800.00")));
            assertThat(week.allocations()).isEqualTo(2);
        });
        assertThat(costs.totals()).containsExactly(eur("11200.00"));
        assertThat(queries.project(TENANT_A, other, WEEK_1, WEEK_4).orElseThrow().totals())
                .containsExactly(eur("2000.00"));
    }

    /** A range selects the weeks overlapping it: Wednesday 10 March to Monday 15 March is weeks 2 and 3. */
    @Test
    void answersTheWeeksOverlappingTheRange() {
        deliver(annasEvents);
        deliver(bensEvents);

        ProjectResourceCosts costs = apollo(LocalDate.of(2027, 3, 10), WEEK_3);

        assertThat(costs.weeks()).extracting(Week::weekStart).containsExactly(WEEK_2, WEEK_3);
        assertThat(costs.totals()).containsExactly(eur("5600.00"));
    }

    /** Released from Monday 15 March: Anna's weeks 3 and 4 are taken off, 4,000.00 less. */
    @Test
    void aReleaseFromAMondayDropsThatWeekAndTheRest() {
        annasEvents.add(cloudEvent(released(TENANT_A, anna, annaOnApollo, apollo, WEEK_3), annasEvents.size()));
        deliver(annasEvents);
        deliver(bensEvents);

        ProjectResourceCosts costs = apollo(WEEK_1, WEEK_4);
        assertThat(costs.weeks()).extracting(week -> week.costs().get(0)).containsExactly(eur("2800.00"),
                eur("2800.00"), eur("800.00"), eur("800.00"));
        assertThat(costs.totals()).containsExactly(eur("7200.00"));
    }

    /**
     * Released from Wednesday 10 March: without the resource's calendar the week cannot be split, so week 2 keeps
     * Anna's cost in full (the approximation) and weeks 3 and 4 lose it.
     */
    @Test
    void aReleaseMidWeekKeepsThatWeekInFull() {
        annasEvents.add(cloudEvent(released(TENANT_A, anna, annaOnApollo, apollo, LocalDate.of(2027, 3, 10)),
                annasEvents.size()));
        deliver(annasEvents);
        deliver(bensEvents);

        assertThat(apollo(WEEK_1, WEEK_4).totals()).containsExactly(eur("7200.00"));
        assertThat(apollo(WEEK_2, WEEK_2).weeks()).singleElement()
                .satisfies(week -> assertThat(week.costs()).containsExactly(eur("2800.00")));
    }

    @Test
    void aReleaseFromTheAllocationsFirstDayDropsAllOfIt() {
        annasEvents.add(cloudEvent(released(TENANT_A, anna, annaOnApollo, apollo, WEEK_1), annasEvents.size()));
        deliver(annasEvents);
        deliver(bensEvents);

        assertThat(apollo(WEEK_1, WEEK_4).totals()).containsExactly(eur("3200.00"));
        assertThat(apollo(WEEK_1, WEEK_4).weeks()).allSatisfy(week -> assertThat(week.allocations()).isEqualTo(1));
    }

    /** A suspended allocation costs nothing, as resource-service counts no load of it; resumed, it costs again. */
    @Test
    void aSuspendedAllocationCostsNothingUntilResumed() {
        deliver(annasEvents);
        deliver(bensEvents);
        List<CloudEvent> hold = List.of(
                cloudEvent(new AllocationSuspended(ben, TENANT_A, benOnApollo, apollo, "Project on hold"), 3),
                cloudEvent(new AllocationResumed(ben, TENANT_A, benOnApollo, apollo), 4));

        deliver(hold.subList(0, 1));
        assertThat(apollo(WEEK_1, WEEK_4).totals()).containsExactly(eur("8000.00"));

        deliver(hold.subList(1, 2));
        assertThat(apollo(WEEK_1, WEEK_4).totals()).containsExactly(eur("11200.00"));
    }

    @Test
    void redeliveringAnAllocationsEventsAfterItsReleaseChangesNothing() {
        annasEvents.add(cloudEvent(released(TENANT_A, anna, annaOnApollo, apollo, WEEK_3), annasEvents.size()));
        deliver(annasEvents);
        deliver(bensEvents);
        List<Document> weeks = rawWeeks();
        List<Document> allocations = rawAllocations();

        deliver(List.of(annasEvents.get(2), annasEvents.get(5), annasEvents.get(1), bensEvents.get(2)));

        assertThat(rawWeeks()).isEqualTo(weeks);
        assertThat(rawAllocations()).isEqualTo(allocations);
        assertThat(apollo(WEEK_1, WEEK_4).totals()).containsExactly(eur("7200.00"));
    }

    /** No exchange rate in the platform: a project paying in two currencies gets a sum per currency. */
    @Test
    void sumsEachCurrencyApart() {
        String carla = newResourceId();
        String carlaOnApollo = newAllocationId();
        deliver(annasEvents);
        deliver(ResourceEventsMother.history(List.of(
                ResourceEventsMother.person(TENANT_A, carla, "user-carla", "Designer"),
                confirmed(TENANT_A, carla, carlaOnApollo, apollo, cost(WEEK_1, "5.00", "600.00", "USD")))));

        ProjectResourceCosts costs = apollo(WEEK_1, WEEK_4);
        assertThat(costs.weeks().get(0).costs()).containsExactly(eur("2000.00"), Money.of("600.00", "USD"));
        assertThat(costs.weeks().get(0).hours()).isEqualByComparingTo("25.00");
        assertThat(costs.totals()).containsExactly(eur("8000.00"), Money.of("600.00", "USD"));
    }

    /**
     * The resources of a project are on different partitions, handled at once: twelve resources' allocations in
     * the same two weeks, delivered from six threads, must all be in the sums (12 x 100.00 a week).
     */
    @Test
    void sumsEveryAllocationWhenTheProjectsResourcesAreHandledAtOnce() throws Exception {
        List<List<CloudEvent>> resources = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String resource = newResourceId();
            String allocation = newAllocationId();
            resources.add(ResourceEventsMother.history(List.of(
                    requested(TENANT_A, resource, allocation, apollo, WEEK_1, LocalDate.of(2027, 3, 12)),
                    confirmed(TENANT_A, resource, allocation, apollo, cost(WEEK_1, "1.00", "100.00", "EUR"),
                            cost(WEEK_2, "1.00", "100.00", "EUR")))));
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<CloudEvent> history : resources) {
                done.add(threads.submit(() -> deliver(history)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        }
        finally {
            threads.shutdown();
        }

        ProjectResourceCosts costs = apollo(WEEK_1, WEEK_2);
        assertThat(costs.weeks()).allSatisfy(week -> {
            assertThat(week.allocations()).isEqualTo(12);
            assertThat(week.costs()).containsExactly(eur("1200.00"));
            assertThat(week.hours()).isEqualByComparingTo("12.00");
        });
    }

    /**
     * A sum from entries read before another allocation changed its own is refused: week 1 is read with Anna's
     * entry and no sums yet (as between her entry's write and her sum), Ben's confirmation lands, then Anna's sum
     * of what she read (2,000.00) must not replace the one Ben's handler wrote (2,800.00).
     */
    @Test
    void refusesASumFromEntriesReadBeforeAnotherAllocationChangedThem() {
        deliver(annasEvents);
        ResourceCostWeek read = mongo.template().findById(ResourceCostWeek.idOf(apollo, WEEK_1),
                ResourceCostWeek.class);
        ResourceCostWeek unsummed = new ResourceCostWeek(read.id(), read.tenantId(), read.projectId(),
                read.weekStart(), null, List.of(), read.allocations(), read.inputsVersion());
        deliver(bensEvents);

        assertThat(projection.sum(unsummed)).isFalse();

        ResourceCostWeek week = mongo.template().findById(read.id(), ResourceCostWeek.class);
        assertThat(week.allocations()).containsOnlyKeys(annaOnApollo, benOnApollo);
        assertThat(week.costs()).containsExactly(eur("2800.00"));
        assertThat(week.hours()).isEqualByComparingTo("30.00");
    }

    @Test
    void knowsNoProjectOfAnotherTenant() {
        deliver(annasEvents);

        assertThat(queries.project("tenant-b", apollo, WEEK_1, WEEK_4)).isEmpty();
        assertThat(queries.project(TENANT_A, newProjectId(), WEEK_1, WEEK_4)).isEmpty();
    }

    private void deliver(List<CloudEvent> events) {
        for (CloudEvent envelope : events) {
            var received = ResourceEventsMother.received(envelope);
            projection.apply(received.event(), received);
        }
    }

    private ProjectResourceCosts apollo(LocalDate from, LocalDate to) {
        return queries.project(TENANT_A, apollo, from, to).orElseThrow();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<Document> rawWeeks() {
        return mongo.template().find(new Query().with(Sort.by("_id")), Document.class, ResourceCostWeek.COLLECTION);
    }

    private static List<Document> rawAllocations() {
        return mongo.template().find(new Query().with(Sort.by("_id")), Document.class, AllocationCost.COLLECTION);
    }
}
