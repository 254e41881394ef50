package io.pmo.platform.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;

/**
 * Empty on purpose: Axon 4.13's JDBC auto-configuration orders itself after Boot 3's DataSource classes only,
 * so on Boot 4 it would be evaluated before a DataSource exists and be skipped (STACK.md pitfall 10). Sitting
 * between Boot 4's DataSource configuration and Axon's, this class pulls Axon's after it.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class },
        beforeName = { "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration" })
@ConditionalOnClass(name = { "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
public class AxonJdbcOrderingAutoConfiguration {
}
