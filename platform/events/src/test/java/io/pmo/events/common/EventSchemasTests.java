package io.pmo.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.ResourceRegistered;

/**
 * The JSON Schemas and the AsyncAPI document describe exactly the JSON that {@link PmoJson} writes for every
 * published event, inside the envelope {@link CloudEvent#toBytes()} writes.
 */
class EventSchemasTests {

    static Stream<Class<?>> publishedEvents() {
        return EventCatalog.published().stream();
    }

    // --- one schema per published event -------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void everyPublishedEventHasADraft202012SchemaAtItsCatalogPath(Class<?> eventClass) throws IOException {
        JsonNode schema = readJson(EventCatalog.schemaResource(eventClass));

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://pmo.io" + EventCatalog.schemaResource(eventClass));
        assertThat(schema.path("title").asText()).startsWith(eventClass.getSimpleName());
        assertThat(schema.path("description").asText()).contains(EventCatalog.cloudEventType(eventClass));
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void schemaRequiresAndDescribesExactlyTheRecordComponents(Class<?> eventClass) throws IOException {
        JsonNode schema = readJson(EventCatalog.schemaResource(eventClass));
        List<String> components = Arrays.stream(eventClass.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(textValues(schema.path("required"))).containsExactlyElementsOf(components);
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactlyElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void sampleEventWrittenByPmoJsonIsValid(Class<?> eventClass) {
        Object sample = EventsMother.sampleOf(eventClass);

        assertThat(EventSchemas.validate(EventCatalog.cloudEventType(eventClass), EventsMother.dataOf(sample)))
                .isEmpty();
    }

    @Test
    void statusChangeWithoutReasonIsValidWithReasonNull() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectApproved());

        assertThat(data.get("reason").isNull()).isTrue();
        assertThat(EventSchemas.validate(type(ProjectStatusChanged.class), data)).isEmpty();
    }

    @Test
    void rejectionIsValidWithToGateNull() {
        ObjectNode data = EventsMother.dataOf(EventsMother.gateRejected());

        assertThat(data.get("toGate").isNull()).isTrue();
        assertThat(EventSchemas.validate(type(GateDecided.class), data)).isEmpty();
    }

    @Test
    void aPersonIsValidWithLabelNullAndAPlaceholderWithUserIdNull() {
        ObjectNode person = EventsMother.dataOf(EventsMother.personRegistered());
        ObjectNode placeholder = EventsMother.dataOf(EventsMother.placeholderRegistered());

        assertThat(person.get("label").isNull()).isTrue();
        assertThat(placeholder.get("userId").isNull()).isTrue();
        assertThat(List.of(person, placeholder)).allSatisfy(data -> assertThat(
                EventSchemas.validate(type(ResourceRegistered.class), data)).isEmpty());
    }

    @Test
    void anAllocationRequestedInPercentIsValidWithHoursPerWeekNull() {
        ObjectNode data = EventsMother.dataOf(EventsMother.allocationRequestedInPercent());

        assertThat(data.get("hoursPerWeek").isNull()).isTrue();
        assertThat(EventSchemas.validate(type(AllocationRequested.class), data)).isEmpty();
    }

    // --- what the schemas refuse ----------------------------------------------------------------------

    @Test
    void rejectsAResourceNamedOtherwiseThanItsKindSays() {
        ObjectNode personWithoutUserId = EventsMother.dataOf(EventsMother.personRegistered());
        personWithoutUserId.putNull("userId");
        ObjectNode placeholderWithAUserId = EventsMother.dataOf(EventsMother.placeholderRegistered());
        placeholderWithAUserId.put("userId", "user-7");
        ObjectNode personWithALabel = EventsMother.dataOf(EventsMother.personRegistered());
        personWithALabel.put("label", "Java developer");

        assertThat(List.of(personWithoutUserId, placeholderWithAUserId)).allSatisfy(data -> assertThat(
                EventSchemas.validate(type(ResourceRegistered.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("userId")));
        assertThat(EventSchemas.validate(type(ResourceRegistered.class), personWithALabel)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("label"));
    }

    @Test
    void rejectsAnAllocationRequestedInBothOrNeitherOfHoursAndPercent() {
        ObjectNode both = EventsMother.dataOf(EventsMother.allocationRequestedInHours());
        both.put("percent", 50);
        ObjectNode neither = EventsMother.dataOf(EventsMother.allocationRequestedInPercent());
        neither.putNull("percent");

        assertThat(List.of(both, neither)).allSatisfy(data -> assertThat(
                EventSchemas.validate(type(AllocationRequested.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("percent")));
    }


    @Test
    void rejectsAToGateOfNullExceptForARejection() {
        ObjectNode approvalToNoGate = EventsMother.dataOf(EventsMother.gateApprovedIntoFunding());
        approvalToNoGate.putNull("toGate");
        ObjectNode rejectionToAGate = EventsMother.dataOf(EventsMother.gateRejected());
        rejectionToAGate.put("toGate", "IDEA");

        assertThat(List.of(approvalToNoGate, rejectionToAGate)).allSatisfy(data -> assertThat(
                EventSchemas.validate(type(GateDecided.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("toGate")));
    }

    @Test
    void rejectsAnInfeasibleFrontierPointWithAValue() {
        ObjectNode data = EventsMother.dataOf(EventsMother.scenarioEvaluated());
        ObjectNode infeasible = (ObjectNode) data.get("frontier").get(0);
        assertThat(infeasible.get("feasible").asBoolean()).isFalse();
        infeasible.put("value", 3.5);

        assertThat(EventSchemas.validate(type(ScenarioEvaluated.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("value"));
    }

    @Test
    void rejectsARatingsKeyThatIsNotACriterionKey() {
        ObjectNode data = EventsMother.dataOf(EventsMother.sampleOf(CandidateScored.class));
        ((ObjectNode) data.get("ratings")).put("Strategic fit", 8);

        assertThat(EventSchemas.validate(type(CandidateScored.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("ratings"));
    }

    @Test
    void rejectsDataWithoutARequiredField() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());
        data.remove("tenantId");

        assertThat(EventSchemas.validate(type(ProjectCreated.class), data)).singleElement().asString()
                .contains("tenantId");
    }

    @Test
    void rejectsNullInAFieldThatIsNotNullable() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());
        data.putNull("name");

        assertThat(EventSchemas.validate(type(ProjectCreated.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "01.03.2026", "2026-3-1", "20260301", "2026-03-01T00:00:00Z", "2026-13-01", "2026-02-30" })
    void rejectsPlannedStartThatIsNotAnIsoLocalDate(String plannedStart) {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());
        data.put("plannedStart", plannedStart);

        assertThat(EventSchemas.validate(type(ProjectCreated.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("plannedStart"));
    }

    @Test
    void rejectsAStatusThatIsNotAProjectStatus() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectPutOnHold());
        data.put("to", "ARCHIVED");

        assertThat(EventSchemas.validate(type(ProjectStatusChanged.class), data)).singleElement().asString()
                .contains("to");
    }

    @Test
    void rejectsAProjectIdThatIsNotAUuid() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());
        data.put("projectId", "project-1");

        assertThat(EventSchemas.validate(type(ProjectCreated.class), data)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("projectId"));
    }

    @Test
    void rejectsAPropertyTheSchemaDoesNotKnow() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());
        data.put("managerName", "Ada Lovelace");

        assertThat(EventSchemas.validate(type(ProjectCreated.class), data)).singleElement().asString()
                .contains("managerName");
    }

    @Test
    void reportsATypeThatIsNotPublished() {
        ObjectNode data = EventsMother.dataOf(EventsMother.projectCreated());

        assertThat(EventSchemas.validate("io.pmo.project.ProjectCreated.v99", data)).singleElement().asString()
                .contains("unknown CloudEvents type");
    }

    // --- the CloudEvents envelope ---------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void cloudEventOfASampleIsAValidEnvelopeWithValidData(Class<?> eventClass) throws IOException {
        CloudEvent cloudEvent = EventsMother.cloudEventOf(EventsMother.sampleOf(eventClass));
        JsonNode published = PmoJson.mapper().readTree(cloudEvent.toBytes());

        assertThat(EventSchemas.validateEnvelope(published)).isEmpty();
        assertThat(EventSchemas.validate(published.path("type").asText(), published.get("data"))).isEmpty();
        assertThat(EventSchemas.validateMessage(published)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void cloudEventRoundTripsThroughItsBytes(Class<?> eventClass) {
        Object sample = EventsMother.sampleOf(eventClass);
        CloudEvent cloudEvent = EventsMother.cloudEventOf(sample);

        CloudEvent parsed = CloudEvent.parse(cloudEvent.toBytes());

        assertThat(parsed).isEqualTo(cloudEvent);
        assertThat(parsed.dataAs(eventClass)).isEqualTo(sample);
        assertThat(EventCatalog.forType(parsed.type())).contains(eventClass);
    }

    @ParameterizedTest
    @ValueSource(strings = { "io.pmo.project.ProjectCreated", "io.pmo.project.ProjectCreated.1",
            "com.acme.project.ProjectCreated.v1", "io.pmo.Project.ProjectCreated.v1" })
    void rejectsAnEnvelopeWhoseTypeDoesNotFollowTheNaming(String type) {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        envelope.put("type", type);

        assertThat(EventSchemas.validateEnvelope(envelope)).singleElement().asString().contains("type");
    }

    @Test
    void rejectsAnEnvelopeWithANegativeAggregateSequence() {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        envelope.put("aggregatesequence", -1);

        assertThat(EventSchemas.validateEnvelope(envelope)).singleElement().asString().contains("aggregatesequence");
    }

    @Test
    void rejectsAnEnvelopeWithoutTenant() {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        envelope.remove("tenantid");

        assertThat(EventSchemas.validateEnvelope(envelope)).singleElement().asString().contains("tenantid");
    }

    @Test
    void rejectsAnEnvelopeWithATimeThatIsNotAnRfc3339Instant() {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        envelope.put("time", "2026-03-01 09:15");

        assertThat(EventSchemas.validateEnvelope(envelope)).singleElement().asString().contains("time");
    }

    @Test
    void acceptsAnEnvelopeWithoutPrincipalWhenThePlatformActedOnItsOwn() {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        envelope.putNull("principal");

        assertThat(EventSchemas.validateEnvelope(envelope)).isEmpty();
    }

    @Test
    void validateMessageReportsViolationsOfTheData() {
        ObjectNode envelope = envelopeOf(EventsMother.projectCreated());
        ((ObjectNode) envelope.get("data")).put("status", "ARCHIVED");

        assertThat(EventSchemas.validateEnvelope(envelope)).isEmpty();
        assertThat(EventSchemas.validateMessage(envelope)).singleElement().asString().startsWith("data: ")
                .contains("status");
    }

    // --- the AsyncAPI document ------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void asyncApiDocumentListsEveryPublishedEventOnItsTopicWithItsSchema(Class<?> eventClass) throws IOException {
        JsonNode asyncApi;
        try (InputStream in = EventSchemasTests.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            asyncApi = new YAMLMapper().readTree(in);
        }
        String name = eventClass.getSimpleName();
        JsonNode message = asyncApi.path("components").path("messages").path(name);
        JsonNode payload = message.path("payload").path("allOf");

        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(message.path("name").asText()).isEqualTo(EventCatalog.cloudEventType(eventClass));
        assertThat(payload.path(0).path("$ref").asText()).isEqualTo("./schemas/cloudevent.json");
        assertThat(payload.path(1).path("properties").path("type").path("const").asText())
                .isEqualTo(EventCatalog.cloudEventType(eventClass));
        assertThat(payload.path(1).path("properties").path("data").path("$ref").asText())
                .isEqualTo("." + EventCatalog.schemaResource(eventClass));
        JsonNode channel = asyncApi.path("channels").path(EventCatalog.context(eventClass) + "Events");
        assertThat(channel.path("address").asText()).isEqualTo(EventCatalog.topic(EventCatalog.context(eventClass)));
        assertThat(channel.path("messages").path(name).path("$ref").asText())
                .isEqualTo("#/components/messages/" + name);
        assertThat(channel.path("bindings").path("kafka").path("topicConfiguration").path("retention.ms").asLong())
                .isEqualTo(-1);
    }

    private static ObjectNode envelopeOf(Object event) {
        try {
            return (ObjectNode) PmoJson.mapper().readTree(EventsMother.cloudEventOf(event).toBytes());
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    private static String type(Class<?> eventClass) {
        return EventCatalog.cloudEventType(eventClass);
    }

    private static JsonNode readJson(String resource) throws IOException {
        try (InputStream in = EventSchemasTests.class.getResourceAsStream(resource)) {
            assertThat(in).as("schema on the classpath at %s", resource).isNotNull();
            return PmoJson.mapper().readTree(in);
        }
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
