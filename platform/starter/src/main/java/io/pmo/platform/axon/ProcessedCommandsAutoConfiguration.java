package io.pmo.platform.axon;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commands with a {@code commandId} run at most once (reactions to other contexts' events), recorded in the
 * service's own event store database. Axon registers {@code MessageHandlerInterceptor} beans on the command
 * bus.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = { "org.springframework.jdbc.core.JdbcTemplate",
        "org.axonframework.commandhandling.CommandBus" })
@ConditionalOnBean(DataSource.class)
public class ProcessedCommandsAutoConfiguration {

    @Bean
    ProcessedCommands pmoProcessedCommands(DataSource dataSource) {
        return new ProcessedCommands(new JdbcTemplate(dataSource), Clock.systemUTC());
    }
}
