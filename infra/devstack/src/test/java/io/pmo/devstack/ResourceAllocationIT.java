package io.pmo.devstack;

import static io.pmo.devstack.Json.nested;
import static io.pmo.devstack.Json.object;
import static io.pmo.devstack.TopicProbe.isA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.OverAllocationDetected;
import io.pmo.events.resource.WeeklyCost;

/**
 * Issue 12's flow through the gateway: a project manager's active project, a resource manager's person (8 h a day,
 * 100.00 EUR an hour, java at level 4) and two requests on the same two ISO weeks of March 2027 (30 and 20 h a
 * week). Under the tenant's default WARN policy both are confirmed and the second is reported over-allocated
 * (50 of 40 h in each week) in its answer, the read model, the utilisation and on {@code pmo.resource.events}; under
 * REFUSE (tenant globex) the same second confirmation is refused and stores nothing; cancelling the project on
 * project-service releases its allocations in resource-service. Demand vs capacity counts the person, and a
 * what-if with two hires changes only the weeks after they start while storing nothing. Refused input names its
 * field and stores nothing; a viewer may not register a resource.
 */
class ResourceAllocationIT {

    private static final String FIRST_WEEK = "2027-03-01";

    private static final String SECOND_WEEK = "2027-03-08";

    private static final String LAST_DAY = "2027-03-14";

    private final DevStack stack = TestStack.get();

    private final Api projectManager = Api.as("acme", "project_manager");

    private final Api resourceManager = Api.as("acme", "resource_manager");

    private final StoreProbe store = new StoreProbe(stack.jdbcUrl("pmo_resource"));

    @Test
    void aSecondConfirmationIsWarnedAsOverAllocatedAndCancellingTheProjectReleasesBoth() {
        String projectId = activeProject(projectManager, "Staffed " + UUID.randomUUID());
        String resourceId = person(resourceManager, 4);
        String resource = "/api/v1/resources/" + resourceId;

        String first = request(projectManager, resourceId, projectId, 30);
        JsonNode firstConfirmed = confirm(resourceManager, resourceId, first).ok().json();
        assertThat(firstConfirmed.get("id").asText()).isEqualTo(first);
        assertThat(firstConfirmed.get("overAllocated")).isEmpty();

        String second = request(projectManager, resourceId, projectId, 20);
        JsonNode secondConfirmed = confirm(resourceManager, resourceId, second).ok().json();
        assertOverAllocatedInBothWeeks(secondConfirmed.get("overAllocated"));
        long version = secondConfirmed.get("version").asLong();

        JsonNode view = resourceManager.get(resource + "?minVersion=" + version).ok().json();
        assertThat(texts(view.get("allocations").findValues("status"))).containsExactly("CONFIRMED", "CONFIRMED");
        JsonNode overAllocation = view.get("overAllocations").get(0);
        assertThat(view.get("overAllocations")).hasSize(1);
        assertThat(overAllocation.get("allocationId").asText()).isEqualTo(second);
        assertThat(overAllocation.get("projectId").asText()).isEqualTo(projectId);
        assertOverAllocatedInBothWeeks(overAllocation.get("weeks"));

        JsonNode weeks = utilisation(resourceId);
        assertThat(texts(weeks.findValues("start"))).containsExactly(FIRST_WEEK, SECOND_WEEK);
        assertThat(decimals(weeks.findValues("capacityHours"))).containsExactly(hours("40.00"), hours("40.00"));
        assertThat(decimals(weeks.findValues("confirmedHours"))).containsExactly(hours("50.00"), hours("50.00"));
        assertThat(texts(weeks.findValues("overAllocated"))).containsExactly("true", "true");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<CloudEvent> published = published(resourceId);
            assertThat(published).hasSize((int) version + 1);
            assertThat(published).filteredOn(event -> isA(event, OverAllocationDetected.class))
                    .map(event -> event.dataAs(OverAllocationDetected.class).allocationId())
                    .containsExactly(second);
            List<AllocationConfirmed> confirmed = published.stream()
                    .filter(event -> isA(event, AllocationConfirmed.class))
                    .map(event -> event.dataAs(AllocationConfirmed.class)).toList();
            assertThat(confirmed).extracting(AllocationConfirmed::allocationId).containsExactly(first, second);
            assertWeeklyCost(confirmed.get(0), "30.00", "3000.00");
            assertWeeklyCost(confirmed.get(1), "20.00", "2000.00");
        });

        projectManager.post("/api/v1/projects/" + projectId + "/status-changes",
                object("status", "CANCELLED", "reason", "The customer withdrew")).ok();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode released = resourceManager.get(resource).ok().json().get("allocations");
            assertThat(texts(released.findValues("allocationId"))).containsExactly(first, second);
            assertThat(texts(released.findValues("status"))).containsExactly("RELEASED", "RELEASED");
        });
        JsonNode afterCancellation = utilisation(resourceId);
        assertThat(decimals(afterCancellation.findValues("confirmedHours"))).containsExactly(hours("0"), hours("0"));
        assertThat(texts(afterCancellation.findValues("overAllocated"))).containsExactly("false", "false");
        JsonNode ofProject = resourceManager.get("/api/v1/allocations?projectId=" + projectId).ok().json();
        assertThat(texts(ofProject.findValues("status"))).containsExactly("RELEASED", "RELEASED");
    }

    /** The REFUSE policy on tenant globex, so acme's WARN stays as the other tests expect it. */
    @Test
    void underTheRefusingPolicyAnOverAllocatingConfirmationIsRefusedAndStoresNothing() {
        Api admin = Api.as("globex", "pmo_admin");
        Api globexManager = Api.as("globex", "resource_manager");
        String projectId = activeProject(Api.as("globex", "project_manager"), "Refused " + UUID.randomUUID());
        String resourceId = person(globexManager, 3);
        String first = request(Api.as("globex", "project_manager"), resourceId, projectId, 30);
        confirm(globexManager, resourceId, first).ok();
        String second = request(Api.as("globex", "project_manager"), resourceId, projectId, 20);
        // the confirmation reads the policy from the settings read model: wait until it holds REFUSE
        long settingsVersion = admin.put("/api/v1/settings/resource", settings("REFUSE")).ok().json().get("version")
                .asLong();
        try {
            assertThat(admin.get("/api/v1/settings/resource?minVersion=" + settingsVersion).ok().json()
                    .get("overAllocationPolicy").asText()).isEqualTo("REFUSE");
            long version = storedVersion(resourceId);

            Api.Response refused = confirm(globexManager, resourceId, second);

            assertRefused(refused, 422, "allocationId");
            assertOverAllocatedInBothWeeks(refused.json().get("overAllocated"));
            JsonNode view = globexManager.get("/api/v1/resources/" + resourceId + "?minVersion=" + version).ok()
                    .json();
            assertThat(view.get("version").asLong()).isEqualTo(version);
            assertThat(texts(view.get("allocations").findValues("status"))).containsExactly("CONFIRMED", "REQUESTED");
            assertThat(store.events(resourceId)).as("events of the resource").hasSize((int) version + 1);
        }
        finally {
            admin.put("/api/v1/settings/resource", settings("WARN")).ok();
        }
    }

    @Test
    void demandVersusCapacityCountsThePersonAndAWhatIfWithHiresStoresNothing() {
        String weeks = "skill=java&from=2027-05-03&to=2027-05-30";
        JsonNode before = resourceManager.get("/api/v1/capacity?" + weeks).ok().json();
        String resourceId = person(resourceManager, 4);

        JsonNode withPerson = await().atMost(Duration.ofSeconds(30)).until(
                () -> resourceManager.get("/api/v1/capacity?" + weeks).ok().json(),
                capacity -> capacity.get("resources").asInt() == before.get("resources").asInt() + 1);
        assertThat(capacities(withPerson)).containsExactlyElementsOf(plus(capacities(before), "40.00", "40.00",
                "40.00", "40.00"));
        long version = storedVersion(resourceId);

        JsonNode whatIf = resourceManager.post("/api/v1/capacity/what-if", object("skill", "java", "from",
                "2027-05-03", "to", "2027-05-30", "hires", Map.of("count", 2, "hoursPerDay", 8, "from",
                        "2027-05-17"))).ok().json();

        assertThat(texts(whatIf.get("periods").findValues("start"))).containsExactly("2027-05-03", "2027-05-10",
                "2027-05-17", "2027-05-24");
        assertThat(capacities(whatIf)).containsExactlyElementsOf(plus(capacities(withPerson), "0", "0", "80.00",
                "80.00"));
        assertThat(capacities(resourceManager.get("/api/v1/capacity?" + weeks).ok().json()))
                .containsExactlyElementsOf(capacities(withPerson));
        assertThat(resourceManager.get("/api/v1/resources/" + resourceId + "?minVersion=" + version).ok().json()
                .get("version").asLong()).isEqualTo(version);
        assertThat(store.events(resourceId)).as("events of the resource").hasSize((int) version + 1);
    }

    @Test
    void badInputNamesItsFieldAndStoresNothing() {
        String userId = "u-" + UUID.randomUUID();
        assertRefused(resourceManager.post("/api/v1/resources", personBody(userId, 25)), 400, "hoursPerDay");
        assertNothingStoredFor(userId);

        String projectId = activeProject(projectManager, "Bad input " + UUID.randomUUID());
        String resourceId = person(resourceManager, 2);
        long version = storedVersion(resourceId);
        assertRefused(onceProjectKnown(projectManager, resourceId, object("projectId", projectId, "from",
                FIRST_WEEK, "to", LAST_DAY, "hoursPerWeek", 20, "percent", 50)), 422, "hoursPerWeek");
        assertRefused(resourceManager.get("/api/v1/resources/" + resourceId + "/utilization?from=" + FIRST_WEEK
                + "&to=" + LAST_DAY + "&granularity=day"), 400, "granularity");

        assertThat(resourceManager.get("/api/v1/resources/" + resourceId + "?minVersion=" + version).ok().json()
                .get("version").asLong()).isEqualTo(version);
        assertThat(store.events(resourceId)).as("events of the resource").hasSize((int) version + 1);
    }

    @Test
    void aViewerCannotRegisterAResource() {
        String userId = "u-" + UUID.randomUUID();

        Api.Response refused = Api.as("acme", "viewer").post("/api/v1/resources", personBody(userId, 8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertNothingStoredFor(userId);
    }

    /** The gateway routes resource-service's settings, its consumer's and its processing groups' dead letters. */
    @Test
    void theGatewayRoutesResourceSettingsAndDeadLettersToResourceService() {
        Api admin = Api.as("acme", "pmo_admin");

        Api.Response settings = admin.get("/api/v1/settings/resource");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.json().get("overAllocationPolicy").asText()).isEqualTo("WARN");
        Api.Response consumer = admin.get("/api/v1/admin/consumers/resource-service/dlq");
        assertThat(consumer.status()).as(consumer.body()).isEqualTo(200);
        assertThat(consumer.json().get("total").asLong()).isZero();
        for (String group : List.of("resource-views", "resource-settings")) {
            Api.Response listed = admin.get("/api/v1/admin/processors/" + group + "/dlq");
            assertThat(listed.status()).as(group + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.json().get("total").asLong()).as(group).isZero();
        }
    }

    /** A project the caller creates (and so manages), moved to APPROVED and then ACTIVE. */
    private static String activeProject(Api manager, String name) {
        String projectId = manager.createProject(name);
        for (String status : List.of("APPROVED", "ACTIVE")) {
            manager.post("/api/v1/projects/" + projectId + "/status-changes", object("status", status)).ok();
        }
        return projectId;
    }

    /** A person of 8 h a day at 100.00 EUR an hour with the skill java at {@code javaLevel}. */
    private static String person(Api manager, int javaLevel) {
        String resourceId = manager.post("/api/v1/resources", personBody("u-" + UUID.randomUUID(), 8)).createdId();
        manager.put("/api/v1/resources/" + resourceId + "/skills", object("skills",
                List.of(Map.of("skill", "java", "level", javaLevel)))).ok();
        return resourceId;
    }

    private static String personBody(String userId, int hoursPerDay) {
        return object("kind", "PERSON", "userId", userId, "role", "Developer", "hoursPerDay", hoursPerDay,
                "costRate", nested(object("amount", "100.00", "currency", "EUR")));
    }

    /** Requests the resource for the two March weeks at {@code hoursPerWeek}; answers the allocation id. */
    private static String request(Api manager, String resourceId, String projectId, int hoursPerWeek) {
        return onceProjectKnown(manager, resourceId, object("projectId", projectId, "from", FIRST_WEEK, "to",
                LAST_DAY, "hoursPerWeek", hoursPerWeek)).createdId();
    }

    /**
     * An allocation request's answer once resource-service knows the project and its manager: it learns both from
     * pmo.project.events, the project ({@code ProjectCreated}) a moment before its manager
     * ({@code ProjectManagerAssigned}), so a project created a moment ago is 422 naming projectId and then, for the
     * manager who created it, 403 for a moment.
     */
    private static Api.Response onceProjectKnown(Api manager, String resourceId, String body) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> manager.post("/api/v1/resources/" + resourceId + "/allocations", body),
                response -> response.status() != 403 && (response.status() != 422
                        || !texts(response.json().get("errors").findValues("field")).contains("projectId")));
    }

    private static Api.Response confirm(Api manager, String resourceId, String allocationId) {
        return manager.post("/api/v1/resources/" + resourceId + "/allocations/" + allocationId + "/confirmation",
                "{}");
    }

    private JsonNode utilisation(String resourceId) {
        return resourceManager.get("/api/v1/resources/" + resourceId + "/utilization?from=" + FIRST_WEEK + "&to="
                + LAST_DAY + "&granularity=week").ok().json().get("periods");
    }

    private static String settings(String policy) {
        return object("workingWeekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "holidays", List.of(), "overAllocationPolicy", policy);
    }

    /** The resource's messages on its topic, each checked to be a CloudEvent whose data fits its JSON Schema. */
    private List<CloudEvent> published(String resourceId) throws IOException {
        return new TopicProbe(stack.kafkaBootstrapServers()).cloudEvents("pmo.resource.events", resourceId);
    }

    private static void assertWeeklyCost(AllocationConfirmed confirmed, String hours, String cost) {
        assertThat(confirmed.weeks()).map(week -> week.weekStart().toString())
                .containsExactly(FIRST_WEEK, SECOND_WEEK);
        for (WeeklyCost week : confirmed.weeks()) {
            assertThat(week.hours()).isEqualByComparingTo(hours);
            assertThat(week.cost().amount()).isEqualByComparingTo(cost);
            assertThat(week.cost().currency()).isEqualTo("EUR");
        }
    }

    private static void assertOverAllocatedInBothWeeks(JsonNode weeks) {
        assertThat(texts(weeks.findValues("weekStart"))).containsExactly(FIRST_WEEK, SECOND_WEEK);
        assertThat(decimals(weeks.findValues("capacityHours"))).containsExactly(hours("40.00"), hours("40.00"));
        assertThat(decimals(weeks.findValues("loadHours"))).containsExactly(hours("50.00"), hours("50.00"));
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(texts(response.json().get("errors").findValues("field"))).contains(field);
    }

    /** The resource's version as its event store holds it (its first event is version 0). */
    private long storedVersion(String resourceId) {
        return store.events(resourceId).size() - 1;
    }

    /** No event anywhere in resource-service's store mentions the user id of a refused registration. */
    private void assertNothingStoredFor(String userId) {
        assertThat(store.events()).noneMatch(event -> event.payload().contains(userId));
    }

    private static List<BigDecimal> capacities(JsonNode capacity) {
        return decimals(capacity.get("periods").findValues("capacityHours"));
    }

    private static List<BigDecimal> plus(List<BigDecimal> base, String... added) {
        List<BigDecimal> sums = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            sums.add(base.get(i).add(new BigDecimal(added[i])).stripTrailingZeros());
        }
        return sums;
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    /** Decimals without trailing zeros, so that 40.00 and 40 compare equal in list assertions. */
    private static List<BigDecimal> decimals(List<JsonNode> nodes) {
        return nodes.stream().map(node -> node.decimalValue().stripTrailingZeros()).toList();
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
