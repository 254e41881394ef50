package io.pmo.portfolio.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portfolio aggregate's cache: a portfolio under active scoring takes many commands in a row, so it stays in
 * memory while referenced instead of replaying its history each time. Another instance's write is caught by the
 * event store's sequence check (409, the entry is dropped) and the retry loads it afresh.
 */
@Configuration(proxyBeanMethods = false)
class PortfolioAggregateConfiguration {

    static final String CACHE = "portfolioCache";

    @Bean(CACHE)
    Cache portfolioCache() {
        return new WeakReferenceCache();
    }
}
