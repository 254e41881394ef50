package io.pmo.resource.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resource aggregate's cache: a resource manager confirming a run of allocations does not replay the
 * resource's history each time. Another instance's write is caught by the sequence check (409) and retried.
 */
@Configuration(proxyBeanMethods = false)
class ResourceAggregateConfiguration {

    static final String CACHE = "resourceCache";

    @Bean(CACHE)
    Cache resourceCache() {
        return new WeakReferenceCache();
    }
}
