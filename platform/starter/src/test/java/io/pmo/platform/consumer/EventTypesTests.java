package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static io.pmo.platform.consumer.ConsumerMother.types;
import static io.pmo.platform.consumer.ConsumerMother.widgetLabel;
import static io.pmo.platform.consumer.ConsumerMother.widgetRenamedV1;
import static io.pmo.platform.consumer.ConsumerMother.widgetTitleToName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.sample.WidgetRenamed;

class EventTypesTests {

    private final EventTypes types = types();

    @Test
    void readsTheCurrentRevisionOfAPublishedEvent() {
        CloudEvent event = created(TENANT, newId(), 0);

        assertThat(types.resolve(event.type())).isEqualTo(ProjectCreated.class);
        assertThat(types.read(event.type(), event.data())).isEqualTo(event.dataAs(ProjectCreated.class));
    }

    @Test
    void upcastsAnOlderRevisionStepByStepToTheCurrentRecord() {
        CloudEvent v1 = widgetRenamedV1(TENANT, "w-1", 3, "Sprocket");

        assertThat(types.read(v1.type(), v1.data())).isEqualTo(new WidgetRenamed("w-1", TENANT, "Sprocket", "unlabelled"));
        assertThat(v1.data().has("title")).as("the published JSON is left as it was").isTrue();
    }

    @Test
    void upcastsFromTheRevisionItWasPublishedIn() {
        ObjectNode v2 = PmoJson.mapper().createObjectNode().put("widgetId", "w-2").put("tenantId", TENANT)
                .put("name", "Gear");

        assertThat(types.read("io.pmo.sample.WidgetRenamed.v2", v2))
                .isEqualTo(new WidgetRenamed("w-2", TENANT, "Gear", "unlabelled"));
    }

    @Test
    void refusesAnOlderRevisionWithoutACompleteChainOfUpcasters() {
        EventTypes withoutLabel = new EventTypes(List.of(WidgetRenamed.class), List.of(widgetTitleToName()));
        CloudEvent v1 = widgetRenamedV1(TENANT, "w-1", 3, "Sprocket");

        assertThatThrownBy(() -> withoutLabel.read(v1.type(), v1.data()))
                .isInstanceOf(UnhandleableEventException.class)
                .hasMessage("No upcaster of io.pmo.sample.WidgetRenamed from v2 to v3: cannot read "
                        + "io.pmo.sample.WidgetRenamed.v1 as v3");
    }

    @Test
    void refusesARevisionNewerThanTheServiceKnows() {
        assertThatThrownBy(() -> types.resolve("io.pmo.project.ProjectCreated.v2"))
                .isInstanceOf(UnhandleableEventException.class)
                .hasMessage("Revision v2 of io.pmo.project.ProjectCreated is newer than this service knows (v1)");
    }

    @Test
    void refusesAnUnknownEventAndATypeNotShapedLikeOurs() {
        assertThatThrownBy(() -> types.resolve("io.pmo.project.ProjectTeleported.v1"))
                .isInstanceOf(UnhandleableEventException.class).hasMessage("Unknown event type io.pmo.project.ProjectTeleported.v1");
        assertThatThrownBy(() -> types.resolve("com.example.Created"))
                .isInstanceOf(UnhandleableEventException.class).hasMessageStartingWith("Not a PMO CloudEvents type");
        assertThatThrownBy(() -> types.resolve("io.pmo.project.ProjectCreated.v0"))
                .isInstanceOf(UnhandleableEventException.class).hasMessageContaining("Revisions start at v1");
    }

    @Test
    void refusesDataThatDoesNotFitItsType() {
        ObjectNode data = PmoJson.mapper().createObjectNode().put("projectId", newId()).put("plannedStart", "soon");

        assertThatThrownBy(() -> types.read(EventCatalog.cloudEventType(ProjectCreated.class), data))
                .isInstanceOf(UnhandleableEventException.class)
                .hasMessageStartingWith("The data does not fit io.pmo.project.ProjectCreated.v1");
        assertThatThrownBy(() -> types.read(EventCatalog.cloudEventType(ProjectCreated.class),
                PmoJson.mapper().getNodeFactory().textNode("hello")))
                .isInstanceOf(UnhandleableEventException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void refusesTwoUpcastersOfTheSameStep() {
        assertThatThrownBy(() -> new EventTypes(List.of(WidgetRenamed.class), List.of(widgetLabel(), widgetLabel())))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Two upcasters of");
    }
}
