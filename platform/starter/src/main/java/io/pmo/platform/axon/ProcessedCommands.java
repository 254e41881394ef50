package io.pmo.platform.axon;

import java.sql.Timestamp;
import java.time.Clock;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.pmo.platform.messaging.PmoMetadata;

/**
 * Makes a command that carries a {@code commandId} metadata value idempotent: the first one is handled, any
 * later one with the same id is a no-op that answers {@code null}. Reactions to other contexts' events derive
 * the id from the CloudEvent id, so a redelivered event changes nothing and raises no error.
 *
 * <p>The id is inserted into {@code pmo_processed_command} inside the command's unit of work, whose
 * transaction also appends its events (the command bus attaches the transaction before the interceptors
 * run): if the handler fails, the row is rolled back with the events and a retry runs the handler again; two
 * concurrent duplicates serialize on the primary key and the second one finds the first one's row.
 */
public class ProcessedCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProcessedCommands.class);

    private static final String INSERT = "INSERT INTO pmo_processed_command (command_id, command_name, processed_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (command_id) DO NOTHING";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    public ProcessedCommands(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object commandId = command.getMetaData().get(PmoMetadata.COMMAND_ID);
        if (commandId == null) {
            return chain.proceed();
        }
        int inserted = jdbc.update(INSERT, commandId.toString(), command.getCommandName(),
                Timestamp.from(clock.instant()));
        if (inserted == 0) {
            log.debug("Command {} ({}) was handled before; this one is a no-op", commandId, command.getCommandName());
            return null;
        }
        return chain.proceed();
    }
}
