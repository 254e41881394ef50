package io.pmo.platform.web;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Identity and correlation on every API request, command metadata from it, problem+json errors. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(PmoProblemAdvice.class)
public class PmoWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdentityFilter> pmoRequestIdentityFilter() {
        FilterRegistrationBean<RequestIdentityFilter> registration = new FilterRegistrationBean<>(new RequestIdentityFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
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
        };
    }
}
