package io.pmo.resource.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.OverAllocationDetected;
import io.pmo.events.resource.OverloadedWeek;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.Skill;
import io.pmo.platform.query.TenantQueries;
import io.pmo.resource.capacity.Granularity;
import io.pmo.resource.capacity.PeriodUtilisation;
import io.pmo.resource.capacity.SkillPeriod;
import io.pmo.resource.capacity.WhatIf;

/**
 * The resource read model on the dev stack's MongoDB-wire server and what is computed from it: allocations through
 * their states, the resources of a project, utilisation per week and demand vs capacity with a what-if.
 */
class ResourceReadModelsTests {

    private static final String ANN = "a1000000-0000-4000-8000-000000000001";

    private static final String DEV = "a2000000-0000-4000-8000-000000000002";

    private static final String ERP = "e1000000-0000-4000-8000-000000000001";

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private MongoServer server;

    private MongoClient client;

    private MongoTemplate mongo;

    private ResourceViewProjection projection;

    private CapacityQueries capacity;

    private ProjectAllocations projectAllocations;

    private long sequence;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "pmo_resource");
        projection = new ResourceViewProjection(mongo);
        TenantQueries queries = new TenantQueries(mongo);
        capacity = new CapacityQueries(new ResourceQueries(queries), new ResourceSettingsQueries(queries));
        projectAllocations = new ProjectAllocations(mongo);
        sequence = 0;
        register(ANN, ResourceKind.PERSON, "ann.lee", null);
        register(DEV, ResourceKind.PLACEHOLDER, null, "Java developer (to hire)");
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private void register(String id, ResourceKind kind, String userId, String label) {
        projection.on(new ResourceRegistered(id, "acme", kind, userId, label, "Developer", new BigDecimal("8"),
                Money.of("100.00", "EUR"), null, null), sequence++);
        projection.on(new ResourceSkillsSet(id, "acme", List.of(new Skill("java", 4))), sequence++);
    }

    private void allocate(String resourceId, String allocationId, String hoursPerWeek, boolean confirm) {
        projection.on(new AllocationRequested(resourceId, "acme", allocationId, ERP, MONDAY, MONDAY.plusDays(11),
                new BigDecimal(hoursPerWeek), null, "pm-1"), sequence++);
        if (confirm) {
            projection.on(new AllocationConfirmed(resourceId, "acme", allocationId, ERP, "rm-1", List.of()),
                    sequence++);
        }
    }

    @Test
    void followsAllocationsThroughTheirStatesOnceEach() {
        allocate(ANN, "al-1", "30", true);
        AllocationReleased released = new AllocationReleased(ANN, "acme", "al-1", ERP, MONDAY.plusDays(7), "Cut");
        long at = sequence++;
        projection.on(released, at);
        projection.on(released, at);
        projection.on(new OverAllocationDetected(ANN, "acme", "al-1", ERP, List.of(new OverloadedWeek(MONDAY,
                new BigDecimal("40.00"), new BigDecimal("50.00")))), sequence++);

        ResourceView ann = new ResourceQueries(new TenantQueries(mongo)).find("acme", ANN).orElseThrow();
        assertThat(ann.allocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.status()).isEqualTo("RELEASED");
            assertThat(allocation.releasedFrom()).isEqualTo(MONDAY.plusDays(7));
            assertThat(allocation.confirmedBy()).isEqualTo("rm-1");
        });
        assertThat(ann.overAllocations()).hasSize(1);
        assertThat(projectAllocations.resourcesOf("acme", ERP)).containsExactly(ANN);
        assertThat(projectAllocations.resourcesOf("globex", ERP)).isEmpty();
    }

    @Test
    void computesUtilisationPerWeekFromTheReadModel() {
        allocate(ANN, "al-1", "30", true);
        allocate(ANN, "al-2", "20", true);
        allocate(ANN, "al-3", "10", false);
        ResourceView ann = new ResourceQueries(new TenantQueries(mongo)).find("acme", ANN).orElseThrow();

        List<PeriodUtilisation> weeks = capacity.utilisation("acme", ann, MONDAY, MONDAY.plusDays(13),
                Granularity.WEEK).periods();

        assertThat(weeks).hasSize(2).allSatisfy(week -> {
            assertThat(week.capacityHours()).isEqualByComparingTo("40");
            assertThat(week.confirmedHours()).isEqualByComparingTo("50");
            assertThat(week.requestedHours()).isEqualByComparingTo("10");
            assertThat(week.overAllocated()).isTrue();
        });
    }

    @Test
    void demandOnThePlaceholderIsAGapThatHiresClose() {
        allocate(DEV, "al-9", "40", true);

        List<SkillPeriod> plan = capacity.skill("acme", "java", 1, MONDAY, MONDAY.plusDays(13), Granularity.WEEK,
                WhatIf.NONE).periods();
        // Ann: 40 h capacity, no load; the placeholder: no capacity counted, 40 h demand
        assertThat(plan).allSatisfy(week -> {
            assertThat(week.capacityHours()).isEqualByComparingTo("40");
            assertThat(week.demandHours()).isEqualByComparingTo("40");
        });
        List<SkillPeriod> hired = capacity.skill("acme", "java", 1, MONDAY, MONDAY.plusDays(13), Granularity.WEEK,
                new WhatIf(new WhatIf.Hires(1, new BigDecimal("8"), MONDAY.plusDays(7)), null)).periods();
        assertThat(hired.get(0).capacityHours()).isEqualByComparingTo("40");
        assertThat(hired.get(1).capacityHours()).isEqualByComparingTo("80");
        assertThat(capacity.skill("acme", "java", 5, MONDAY, MONDAY.plusDays(13), Granularity.WEEK, WhatIf.NONE)
                .resources()).isZero();
    }
}
