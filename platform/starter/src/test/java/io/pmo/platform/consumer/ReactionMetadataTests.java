package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.project.ProjectCreated;
import io.pmo.platform.messaging.PmoMetadata;

class ReactionMetadataTests {

    /** Two local commands one event might cause. */
    record ApproveProject(String projectId) {
    }

    record NotifyOwner(String projectId) {
    }

    @Test
    void carriesTheEventsTenantPrincipalAndCorrelationWithTheEventAsCause() {
        CloudEvent event = created(TENANT, newId(), 0);

        Map<String, Object> metadata = ReactionMetadata.of(received(event), ApproveProject.class);

        assertThat(metadata).containsOnlyKeys(PmoMetadata.COMMAND_ID, PmoMetadata.TENANT_ID, PmoMetadata.PRINCIPAL,
                PmoMetadata.CORRELATION_ID, PmoMetadata.CAUSATION_ID);
        assertThat(metadata).containsEntry(PmoMetadata.TENANT_ID, TENANT)
                .containsEntry(PmoMetadata.PRINCIPAL, event.principal())
                .containsEntry(PmoMetadata.CORRELATION_ID, event.correlationid())
                .containsEntry(PmoMetadata.CAUSATION_ID, event.id())
                .containsEntry(PmoMetadata.COMMAND_ID, ReactionMetadata.commandId(event.id(), ApproveProject.class));
    }

    @Test
    void derivesTheSameCommandIdOnEveryRedeliveryAndAnotherForAnotherCommandOrEvent() {
        CloudEvent event = created(TENANT, newId(), 0);
        String commandId = ReactionMetadata.commandId(event.id(), ApproveProject.class);

        assertThat(ReactionMetadata.of(received(event), ApproveProject.class).get(PmoMetadata.COMMAND_ID))
                .isEqualTo(commandId);
        assertThat(ReactionMetadata.commandId(event.id(), NotifyOwner.class)).isNotEqualTo(commandId);
        assertThat(ReactionMetadata.commandId(newId(), ApproveProject.class)).isNotEqualTo(commandId);
        assertThat(UUID.fromString(commandId).version()).isEqualTo(3);
    }

    @Test
    void isTheNameBasedUuidOfTheEventIdAndTheCommandClass() {
        assertThat(ReactionMetadata.commandId("e-1", ApproveProject.class)).isEqualTo(UUID
                .nameUUIDFromBytes(("e-1|" + ApproveProject.class.getName()).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Test
    void oneEventCausingTheSameCommandOnSeveralAggregatesGivesEachItsOwnStableId() {
        ReceivedEvent<ProjectCreated> event = received(created(TENANT, newId(), 0));

        Object first = ReactionMetadata.of(event, NotifyOwner.class, "resource-1").get(PmoMetadata.COMMAND_ID);
        Object second = ReactionMetadata.of(event, NotifyOwner.class, "resource-2").get(PmoMetadata.COMMAND_ID);

        assertThat(first).isNotEqualTo(second).isNotEqualTo(ReactionMetadata.of(event, NotifyOwner.class)
                .get(PmoMetadata.COMMAND_ID));
        assertThat(ReactionMetadata.of(event, NotifyOwner.class, "resource-1").get(PmoMetadata.COMMAND_ID))
                .isEqualTo(first);
    }

    @Test
    void actsAsTheConsumerGroupWhenTheEventNamesNoPrincipal() {
        CloudEvent withPrincipal = created(TENANT, newId(), 0);
        CloudEvent anonymous = new CloudEvent(withPrincipal.id(), withPrincipal.source(), withPrincipal.type(),
                withPrincipal.subject(), withPrincipal.time(), TENANT, null, null, null, 0, withPrincipal.data());

        Map<String, Object> metadata = ReactionMetadata.of(received(anonymous), NotifyOwner.class);

        assertThat(metadata).containsEntry(PmoMetadata.PRINCIPAL, "system:" + GROUP)
                .containsEntry(PmoMetadata.CAUSATION_ID, anonymous.id())
                .doesNotContainKey(PmoMetadata.CORRELATION_ID);
    }

    private static ReceivedEvent<ProjectCreated> received(CloudEvent event) {
        return ReceivedEvent.of(GROUP, event, event.dataAs(ProjectCreated.class));
    }
}
