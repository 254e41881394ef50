package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Correlation on every request, the caller's {@link RequestIdentity} (from its token) for controllers and for
 * command metadata, problem+json errors. The security chain itself is
 * {@link io.pmo.platform.security.PmoServletSecurityAutoConfiguration}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ PmoProblemAdvice.class, ProblemTypes.class })
public class PmoWebAutoConfiguration {

    /** Ahead of the security chain, so that refused requests carry the correlation id too. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> pmoCorrelationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Request bodies within the platform's input bounds, integers strict. */
    @Bean
    PmoRequestJson pmoRequestJson() {
        return new PmoRequestJson();
    }

    /** Right after correlation and ahead of the security chain: an oversized body is refused before anything. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> pmoRequestSizeFilter(
            @Value("${pmo.web.max-request-body:1MB}") String maxRequestBody) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(DataSize.parse(maxRequestBody).toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    RequestMetadataDispatchInterceptor pmoRequestMetadataDispatchInterceptor() {
        return new RequestMetadataDispatchInterceptor();
    }

    @Bean
    WebMvcConfigurer pmoRequestIdentityResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new RequestIdentityArgumentResolver());
            }

            /**
             * Every date in a query parameter or path variable ({@code statusDate}, {@code mustFinishBy}, ...)
             * within {@link InputBounds}, annotated with {@code @DateTimeFormat} or not: added last, this parser
             * is the one Spring asks first.
             */
            @Override
            public void addFormatters(FormatterRegistry registry) {
                BusinessDateFormatter.register(registry);
            }
        };
    }
}
