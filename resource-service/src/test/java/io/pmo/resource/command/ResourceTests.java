package io.pmo.resource.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.resource.command.ResourceMother.ANN;
import static io.pmo.resource.command.ResourceMother.MONDAY;
import static io.pmo.resource.command.ResourceMother.TENANT_ID;
import static io.pmo.resource.command.ResourceMother.WEDNESDAY;
import static io.pmo.resource.command.ResourceMother.ann;
import static io.pmo.resource.command.ResourceMother.confirmed;
import static io.pmo.resource.command.ResourceMother.eur;
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

import io.pmo.events.resource.AbsenceCancelled;
import io.pmo.events.resource.AbsenceKind;
import io.pmo.events.resource.AbsenceRecorded;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.PartTimeSet;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.Skill;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.resource.command.ResourceCommands.CancelAbsence;
import io.pmo.resource.command.ResourceCommands.ChangeResourceProfile;
import io.pmo.resource.command.ResourceCommands.RecordAbsence;
import io.pmo.resource.command.ResourceCommands.RegisterResource;
import io.pmo.resource.command.ResourceCommands.SetPartTime;
import io.pmo.resource.command.ResourceCommands.SetSkills;

/** A resource's registration, skills and calendar: every command and rejection. */
class ResourceTests {

    private FixtureConfiguration<Resource> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Resource.class);
        fixture.registerInjectableResource(new ResourceMother.World());
        fixture.registerInjectableResource(WEDNESDAY);
    }

    private static RegisterResource register(ResourceKind kind, String userId, String label, String hoursPerDay) {
        return new RegisterResource(ANN, TENANT_ID, kind, userId, label, "Developer", new BigDecimal(hoursPerDay),
                eur("100.00"), null, null);
    }

    @Test
    void registersAPersonByUserIdAndAPlaceholderByLabel() {
        fixture.givenNoPriorActivity()
                .when(register(ResourceKind.PERSON, "ann.lee", null, "8"), resourceManager())
                .expectEvents(ann())
                .expectResultMessagePayload(0L);
        fixture.givenNoPriorActivity()
                .when(register(ResourceKind.PLACEHOLDER, null, "Java developer (to hire)", "8"), resourceManager())
                .expectEvents(new ResourceRegistered(ANN, TENANT_ID, ResourceKind.PLACEHOLDER, null,
                        "Java developer (to hire)", "Developer", new BigDecimal("8"), eur("100.00"), null, null));
    }

    @Test
    void refusesAPersonWithoutUserIdAPlaceholderWithOneOrImpossibleHours() {
        expectRefused(register(ResourceKind.PERSON, null, null, "8"), "userId");
        expectRefused(register(ResourceKind.PERSON, "ann.lee", "Ann", "8"), "label");
        expectRefused(register(ResourceKind.PLACEHOLDER, "ann.lee", "Dev", "8"), "userId");
        expectRefused(register(ResourceKind.PLACEHOLDER, null, " ", "8"), "label");
        expectRefused(register(ResourceKind.PERSON, "ann.lee", null, "25"), "hoursPerDay");
        expectRefused(register(ResourceKind.PERSON, "ann.lee", null, "7.333"), "hoursPerDay");
        expectRefused(new RegisterResource(ANN, TENANT_ID, ResourceKind.PERSON, "ann.lee", null, "Dev",
                BigDecimal.ONE, eur("1.00"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)), "availableUntil");
    }

    private void expectRefused(RegisterResource command, String field) {
        fixture.givenNoPriorActivity()
                .when(command, resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }

    @Test
    void skillsAreUniqueWithLevelsOneToFiveKeptByName() {
        fixture.given(ann())
                .when(new SetSkills(ANN, List.of(new Skill("sql", 3), new Skill("java", 5)), null), resourceManager())
                .expectEvents(new ResourceSkillsSet(ANN, TENANT_ID, List.of(new Skill("java", 5), new Skill("sql",
                        3))));
        fixture.given(ann())
                .when(new SetSkills(ANN, List.of(new Skill("java", 5), new Skill("java", 2)), null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "skills[1].skill"));
        fixture.given(ann())
                .when(new SetSkills(ANN, List.of(new Skill("java", 6)), null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "skills[0].level"));
    }

    @Test
    void partTimePeriodsDoNotOverlapAndWorkAtMostFullTime() {
        PartTimePeriod half = new PartTimePeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                new BigDecimal("0.5"));
        fixture.given(ann())
                .when(new SetPartTime(ANN, List.of(half), null), resourceManager())
                .expectEvents(new PartTimeSet(ANN, TENANT_ID, List.of(half)));
        fixture.given(ann())
                .when(new SetPartTime(ANN, List.of(half, new PartTimePeriod(LocalDate.of(2027, 6, 1), null,
                        new BigDecimal("0.8"))), null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "periods[1]"));
        fixture.given(ann())
                .when(new SetPartTime(ANN, List.of(new PartTimePeriod(LocalDate.of(2027, 1, 1), null,
                        new BigDecimal("1.5"))), null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "periods[0].factor"));
    }

    @Test
    void anAbsenceLowersCapacityAndLoadInItsWeeks() {
        // 20 h/week = 4 h a day; absent Tuesday and Wednesday: capacity 3 x 8 = 24 h, load 3 x 4 = 12 h
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate wednesday = MONDAY.plusDays(2);
        fixture.given(ann(), requested("al-1", ResourceMother.ERP, "20"), confirmed("al-1", ResourceMother.ERP,
                "20.00", "2000.00"))
                .when(new RecordAbsence(ANN, "ab-1", tuesday, wednesday, AbsenceKind.TRAINING, null), resourceManager())
                .expectEvents(new AbsenceRecorded(ANN, TENANT_ID, "ab-1", tuesday, wednesday, AbsenceKind.TRAINING),
                        new UtilizationChanged(ANN, TENANT_ID, List.of(week(MONDAY, "24.00", "12.00", "0.00"))));
        fixture.given(ann())
                .when(new RecordAbsence(ANN, "ab-1", wednesday, tuesday, AbsenceKind.LEAVE, null), resourceManager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "to"));
    }

    @Test
    void anotherTenantFindsNoResource() {
        fixture.given(ann())
                .when(new SetSkills(ANN, List.of(), null), java.util.Map.of(
                        io.pmo.platform.messaging.PmoMetadata.TENANT_ID, "globex",
                        io.pmo.platform.messaging.PmoMetadata.PRINCIPAL, "rm-9",
                        io.pmo.platform.messaging.PmoMetadata.ROLES, "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void aProfileChangeRepublishesTheWeeksOfTheAllocations() {
        // 6 h a day: capacity 30 h a week; the confirmed 20 h/week stays 20 h (4 h on each available day)
        fixture.given(ann(), ResourceMother.requested("al-1", ResourceMother.ERP, "20"),
                ResourceMother.confirmed("al-1", ResourceMother.ERP, "20.00", "2000.00"))
                .when(new ChangeResourceProfile(ANN, "Lead developer", new BigDecimal("6"), eur("120.00"), null, null,
                        null), resourceManager())
                .expectEvents(new ResourceProfileChanged(ANN, TENANT_ID, "Lead developer", new BigDecimal("6"),
                        eur("120.00"), null, null), new UtilizationChanged(ANN, TENANT_ID, List.of(
                                week(MONDAY, "30.00", "20.00", "0.00"),
                                week(MONDAY.plusWeeks(1), "30.00", "20.00", "0.00"))));
        fixture.given(ann())
                .when(new ChangeResourceProfile(ANN, "Developer", new BigDecimal("8"), eur("100.00"), null, null,
                        null), resourceManager())
                .expectNoEvents();
    }

    @Test
    void cancellingAnAbsenceRestoresItsWeeksAndAnUnknownOneIsNotFound() {
        LocalDate tuesday = MONDAY.plusDays(1);
        fixture.given(ann(), ResourceMother.requested("al-1", ResourceMother.ERP, "20"),
                ResourceMother.confirmed("al-1", ResourceMother.ERP, "20.00", "2000.00"),
                new AbsenceRecorded(ANN, TENANT_ID, "ab-1", tuesday, tuesday, AbsenceKind.LEAVE))
                .when(new CancelAbsence(ANN, "ab-1", null), resourceManager())
                .expectEvents(new AbsenceCancelled(ANN, TENANT_ID, "ab-1"), new UtilizationChanged(ANN, TENANT_ID,
                        List.of(week(MONDAY, "40.00", "20.00", "0.00"))));
        fixture.given(ann())
                .when(new CancelAbsence(ANN, "ab-9", null), resourceManager())
                .expectNoEvents()
                .expectException(NotFound.class);
    }
}
