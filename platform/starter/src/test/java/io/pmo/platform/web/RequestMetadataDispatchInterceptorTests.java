package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.pmo.platform.messaging.PmoMetadata;

class RequestMetadataDispatchInterceptorTests {

    private final RequestMetadataDispatchInterceptor interceptor = new RequestMetadataDispatchInterceptor();

    record ApproveProject(String projectId) {
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void stampsTheIdentityOfTheCurrentRequestOnACommand() {
        handling(new RequestIdentity("acme", "user-42", "corr-7f3a"));

        CommandMessage<?> sent = dispatch(GenericCommandMessage.asCommandMessage(new ApproveProject("p-1")));

        assertThat(PmoMetadata.of(sent.getMetaData()))
                .isEqualTo(new PmoMetadata("acme", "user-42", "corr-7f3a", null));
    }

    @Test
    void leavesMetadataTheSenderSetExplicitly() {
        handling(new RequestIdentity("acme", "user-42", "corr-7f3a"));
        MetaData explicit = new PmoMetadata("globex", "system", "corr-1", null).toMetaData();

        CommandMessage<?> sent = dispatch(
                GenericCommandMessage.asCommandMessage(new ApproveProject("p-1")).andMetaData(explicit));

        assertThat(sent.getMetaData()).isEqualTo(explicit);
    }

    @Test
    void leavesACommandSentOutsideAnHttpRequestAlone() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(new ApproveProject("p-1"));

        assertThat(dispatch(command).getMetaData()).isEmpty();
    }

    private static void handling(RequestIdentity identity) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/projects/p-1/approve");
        request.setAttribute(RequestIdentity.ATTRIBUTE, identity);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private CommandMessage<?> dispatch(CommandMessage<?> command) {
        return interceptor.handle(List.of(command)).apply(0, command);
    }
}
