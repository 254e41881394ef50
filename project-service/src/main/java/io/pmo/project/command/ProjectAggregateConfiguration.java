package io.pmo.project.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The project aggregate's cache: loaded projects stay in memory while something references them, so a burst
 * of commands on one project does not replay its history each time. Weak references let the JVM reclaim
 * projects nobody works on. Another instance's write to a cached project is caught by the event store's
 * sequence check (409, the cache entry is dropped) and the retry loads it afresh.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAggregateConfiguration {

    static final String CACHE = "projectCache";

    @Bean(CACHE)
    Cache projectCache() {
        return new WeakReferenceCache();
    }
}
