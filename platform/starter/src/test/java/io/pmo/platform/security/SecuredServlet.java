package io.pmo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.pmo.platform.web.PmoWebAutoConfiguration;

/**
 * A servlet service's web layer behind the starter's security, for slice tests of the starter's controllers: a
 * context with MVC, Jackson, the security auto-configurations and the starter's web setup, and a {@link MockMvc}
 * on it with Spring Security applied. Tokens come from {@link TestTokens}.
 */
public final class SecuredServlet {

    private SecuredServlet() {
    }

    /** The context with the test tokens' decoder and no controller: add the user configuration under test. */
    public static WebApplicationContextRunner runner() {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                        UserDetailsServiceAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class,
                        PmoWebAutoConfiguration.class))
                .withBean(JwtDecoder.class, TestTokens::decoder);
    }

    /** Runs the test against a started context of the runner. */
    public static void withMvc(WebApplicationContextRunner runner, ThrowingConsumer<MockMvc> test) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context.getSourceApplicationContext())
                    .apply(springSecurity()).build();
            test.accept(mvc);
        });
    }

    /** A test step that may throw. */
    public interface ThrowingConsumer<T> {

        void accept(T value) throws Exception;
    }
}
