package io.pmo.platform.messaging;

import static io.pmo.platform.MessagesMother.CORRELATION_ID;
import static io.pmo.platform.MessagesMother.PRINCIPAL;
import static io.pmo.platform.MessagesMother.TENANT_ID;
import static io.pmo.platform.MessagesMother.domainEvent;
import static io.pmo.platform.MessagesMother.projectCreated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class PmoCorrelationDataProviderTests {

    private final PmoCorrelationDataProvider provider = new PmoCorrelationDataProvider();

    private Map<String, Object> correlationDataFor(Message<?> handled) {
        return Map.copyOf(provider.correlationDataFor(handled));
    }

    record ApproveProject(String projectId) {
    }

    @Test
    void copiesTenantAndPrincipalOfTheHandledMessage() {
        Map<String, Object> data = correlationDataFor(domainEvent(projectCreated(), 0));

        assertThat(data).containsEntry(PmoMetadata.TENANT_ID, TENANT_ID).containsEntry(PmoMetadata.PRINCIPAL, PRINCIPAL);
    }

    @Test
    void keepsTheCorrelationIdOfTheConversation() {
        Map<String, Object> data = correlationDataFor(domainEvent(projectCreated(), 0));

        assertThat(data).containsEntry(PmoMetadata.CORRELATION_ID, CORRELATION_ID);
    }

    @Test
    void setsTheCausationIdToTheHandledMessagesId() {
        Message<?> handled = domainEvent(projectCreated(), 0);

        Map<String, Object> data = correlationDataFor(handled);

        assertThat(data).containsEntry(PmoMetadata.CAUSATION_ID, handled.getIdentifier());
    }

    @Test
    void startsAConversationWithTheHandledMessagesIdWhenItHasNoCorrelationId() {
        Message<?> handled = GenericCommandMessage.asCommandMessage(new ApproveProject("p-1"))
                .andMetaData(MetaData.with(PmoMetadata.TENANT_ID, TENANT_ID));

        Map<String, Object> data = correlationDataFor(handled);

        assertThat(data).containsEntry(PmoMetadata.CORRELATION_ID, handled.getIdentifier())
                .containsEntry(PmoMetadata.CAUSATION_ID, handled.getIdentifier())
                .containsEntry(PmoMetadata.TENANT_ID, TENANT_ID)
                .doesNotContainKey(PmoMetadata.PRINCIPAL);
    }
}
