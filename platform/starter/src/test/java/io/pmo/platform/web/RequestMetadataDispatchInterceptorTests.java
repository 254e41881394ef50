package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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
        SecurityContextHolder.clearContext();
    }

    @Test
    void stampsTheIdentityOfTheCurrentRequestOnACommand() {
        handling("acme", "user-42", "corr-7f3a", "VIEWER", "PROJECT_MANAGER");

        CommandMessage<?> sent = dispatch(GenericCommandMessage.asCommandMessage(new ApproveProject("p-1")));

        assertThat(PmoMetadata.of(sent.getMetaData()))
                .isEqualTo(new PmoMetadata("acme", "user-42", "corr-7f3a", null));
        assertThat(sent.getMetaData().get(PmoMetadata.ROLES)).isEqualTo("PROJECT_MANAGER,VIEWER");
    }

    @Test
    void stampsAnEmptyRoleListForACallerWithoutRoles() {
        handling("acme", "user-42", "corr-7f3a");

        CommandMessage<?> sent = dispatch(GenericCommandMessage.asCommandMessage(new ApproveProject("p-1")));

        assertThat(sent.getMetaData().get(PmoMetadata.ROLES)).isEqualTo("");
    }

    @Test
    void leavesMetadataTheSenderSetExplicitly() {
        handling("acme", "user-42", "corr-7f3a", "PMO_ADMIN");
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

    /** A request whose token the security chain has validated, and whose correlation id the filter kept. */
    private static void handling(String tenant, String principal, String correlationId, String... roles) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/projects/p-1/approve");
        request.setAttribute(RequestIdentity.CORRELATION_ATTRIBUTE, correlationId);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(principal).claim("tenant", tenant).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), principal));
    }

    private CommandMessage<?> dispatch(CommandMessage<?> command) {
        return interceptor.handle(List.of(command)).apply(0, command);
    }
}
