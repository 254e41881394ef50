package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ResourceEventsMother.WEEK_1;
import static io.pmo.reporting.ResourceEventsMother.WEEK_2;
import static io.pmo.reporting.ResourceEventsMother.WEEK_3;
import static io.pmo.reporting.ResourceEventsMother.cloudEvent;
import static io.pmo.reporting.ResourceEventsMother.load;
import static io.pmo.reporting.ResourceEventsMother.newResourceId;
import static io.pmo.reporting.ResourceEventsMother.person;
import static io.pmo.reporting.ResourceEventsMother.placeholder;
import static io.pmo.reporting.ResourceEventsMother.utilization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.resource.ResourceKind;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.reporting.ResourceEventsMother;
import io.pmo.reporting.TestMongo;

/**
 * The utilisation weeks of a resource from its {@code UtilizationChanged} events, on the Mongo-wire server. Anna
 * (a developer, user-anna) has 40 hours a week in March 2027; her events are numbered by her resource's sequence.
 */
class UtilizationProjectionTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private UtilizationProjection projection;

    private final String anna = newResourceId();

    @BeforeEach
    void freshReadModel() {
        projection = new UtilizationProjection(mongo.template());
    }

    @Test
    void replacesTheWeeksANewerUtilizationChangedCarriesAndKeepsTheOthers() {
        deliver(List.of(
                cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00"),
                        load(WEEK_2, "40.00", "20.00", "0.00")), 1),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_2, "32.00", "28.00", "4.00"),
                        load(WEEK_3, "40.00", "8.00", "0.00")), 2)));

        assertThat(week(anna, WEEK_1)).satisfies(week -> {
            assertThat(week.confirmedHours()).isEqualByComparingTo("20.00");
            assertThat(week.lastSequence()).isEqualTo(1);
        });
        assertThat(week(anna, WEEK_2)).satisfies(week -> {
            assertThat(week.capacityHours()).isEqualByComparingTo("32.00");
            assertThat(week.confirmedHours()).isEqualByComparingTo("28.00");
            assertThat(week.requestedHours()).isEqualByComparingTo("4.00");
            assertThat(week.utilization()).isEqualByComparingTo("0.8750");
            assertThat(week.lastSequence()).isEqualTo(2);
            assertThat(week.tenantId()).isEqualTo(TENANT_A);
            assertThat(week.id()).isEqualTo(anna + ":2027-03-08");
        });
        assertThat(week(anna, WEEK_3).confirmedHours()).isEqualByComparingTo("8.00");
        assertThat(profile(anna).lastSequence()).isEqualTo(2);
    }

    @Test
    void anOlderUtilizationChangedRedeliveredAfterANewerOneChangesNothing() {
        CloudEvent older = cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00"),
                load(WEEK_2, "40.00", "20.00", "0.00")), 1);
        CloudEvent newer = cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "36.00", "0.00"),
                load(WEEK_2, "40.00", "36.00", "0.00")), 2);
        deliver(List.of(cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0), older, newer));
        List<Document> before = rawWeeks();
        Document profileBefore = rawProfile(anna);

        deliver(List.of(older, newer, older));

        assertThat(rawWeeks()).isEqualTo(before);
        assertThat(rawProfile(anna)).isEqualTo(profileBefore);
        assertThat(week(anna, WEEK_1).confirmedHours()).isEqualByComparingTo("36.00");
        assertThat(week(anna, WEEK_2).confirmedHours()).isEqualByComparingTo("36.00");
    }

    /**
     * Out of order for the first time (a parked event replayed late, say): the older event still fills the week no
     * newer event touched, since that week's figures are still its, but leaves the newer week alone.
     */
    @Test
    void anOlderEventAppliedLateFillsOnlyTheWeeksNoNewerEventWrote() {
        deliver(List.of(
                cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_2, "40.00", "36.00", "0.00")), 2),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00"),
                        load(WEEK_2, "40.00", "20.00", "0.00")), 1)));

        assertThat(week(anna, WEEK_1).confirmedHours()).isEqualByComparingTo("20.00");
        assertThat(week(anna, WEEK_2).confirmedHours()).isEqualByComparingTo("36.00");
        assertThat(week(anna, WEEK_2).lastSequence()).isEqualTo(2);
        assertThat(profile(anna).lastSequence()).isEqualTo(2);
    }

    /** Utilisation is confirmed / capacity to four decimals (half up); over-allocated is confirmed above capacity. */
    @Test
    void computesUtilizationAndOverAllocationPerWeek() {
        LocalDate week4 = ResourceEventsMother.WEEK_4;
        LocalDate week5 = LocalDate.of(2027, 3, 29);
        deliver(List.of(cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0),
                cloudEvent(utilization(TENANT_A, anna,
                        load(WEEK_1, "40.00", "30.00", "10.00"),
                        load(WEEK_2, "40.00", "50.00", "0.00"),
                        load(WEEK_3, "0.00", "8.00", "0.00"),
                        load(week4, "0.00", "0.00", "8.00"),
                        load(week5, "30.00", "20.00", "0.00")), 1)));

        assertThat(week(anna, WEEK_1).utilization()).isEqualByComparingTo("0.7500");
        assertThat(week(anna, WEEK_1).overAllocated()).isFalse();
        assertThat(week(anna, WEEK_2).utilization()).isEqualByComparingTo("1.2500");
        assertThat(week(anna, WEEK_2).overAllocated()).isTrue();
        assertThat(week(anna, WEEK_3).utilization()).isNull();
        assertThat(week(anna, WEEK_3).overAllocated()).isTrue();
        assertThat(week(anna, week4).utilization()).isNull();
        assertThat(week(anna, week4).overAllocated()).isFalse();
        // 20 / 30 = 0.66666... -> 0.6667
        assertThat(week(anna, week5).utilization()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(week(anna, week5).overAllocated()).isFalse();
    }

    @Test
    void copiesWhoTheResourceIsOntoItsWeeksAndFollowsARoleChange() {
        String placeholderId = newResourceId();
        deliver(List.of(
                cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00")), 1),
                cloudEvent(ResourceEventsMother.newRole(TENANT_A, anna, "Architect"), 2),
                cloudEvent(utilization(TENANT_A, anna, load(WEEK_2, "40.00", "10.00", "0.00")), 3),
                cloudEvent(placeholder(TENANT_A, placeholderId, "Java developer", "Developer"), 0),
                cloudEvent(utilization(TENANT_A, placeholderId, load(WEEK_1, "40.00", "0.00", "40.00")), 1)));

        assertThat(List.of(week(anna, WEEK_1), week(anna, WEEK_2))).allSatisfy(week -> {
            assertThat(week.kind()).isEqualTo(ResourceKind.PERSON);
            assertThat(week.userId()).isEqualTo("user-anna");
            assertThat(week.label()).isNull();
            assertThat(week.role()).isEqualTo("Architect");
        });
        assertThat(week(placeholderId, WEEK_1)).satisfies(week -> {
            assertThat(week.kind()).isEqualTo(ResourceKind.PLACEHOLDER);
            assertThat(week.userId()).isNull();
            assertThat(week.label()).isEqualTo("Java developer");
            assertThat(week.role()).isEqualTo("Developer");
        });
        assertThat(profile(anna)).satisfies(profile -> {
            assertThat(profile.role()).isEqualTo("Architect");
            assertThat(profile.kind()).isEqualTo(ResourceKind.PERSON);
            assertThat(profile.profileSequence()).isEqualTo(2);
            assertThat(profile.lastSequence()).isEqualTo(3);
        });

        // the registration redelivered does not bring the old role back
        deliver(List.of(cloudEvent(person(TENANT_A, anna, "user-anna", "Developer"), 0)));
        assertThat(week(anna, WEEK_1).role()).isEqualTo("Architect");
        assertThat(profile(anna).role()).isEqualTo("Architect");
    }

    @Test
    void refusesAWeekThatDoesNotStartOnAMondayAndWritesNoneOfTheEvent() {
        CloudEvent broken = cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00"),
                load(LocalDate.of(2027, 3, 10), "40.00", "20.00", "0.00")), 0);

        assertThatThrownBy(() -> deliver(List.of(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-03-10, not a Monday");
        assertThat(rawWeeks()).isEmpty();
    }

    /** The guard is per week: each week keeps the sequence of the resource's event that wrote it. */
    @Test
    void keepsTheResourcesSequencePerWeekAsTheGuard() {
        deliver(List.of(cloudEvent(utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00")), 4)));

        assertThat(rawWeeks()).singleElement().satisfies(week -> assertThat(week.get(SourceGuard.SOURCES,
                Document.class)).containsEntry(anna, 4L));
    }

    private void deliver(List<CloudEvent> events) {
        for (CloudEvent envelope : events) {
            var received = ResourceEventsMother.received(envelope);
            projection.apply(received.event(), received);
        }
    }

    private static UtilizationWeek week(String resourceId, LocalDate weekStart) {
        return mongo.template().findById(UtilizationWeek.idOf(resourceId, weekStart), UtilizationWeek.class);
    }

    private static ResourceProfile profile(String resourceId) {
        return mongo.template().findById(resourceId, ResourceProfile.class);
    }

    private static Document rawProfile(String resourceId) {
        return mongo.template().findById(resourceId, Document.class, ResourceProfile.COLLECTION);
    }

    private static List<Document> rawWeeks() {
        return mongo.template().find(new Query().with(Sort.by("_id")), Document.class, UtilizationWeek.COLLECTION);
    }
}
