package io.pmo.project.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectCommands.DetectMissedMilestones;
import io.pmo.project.query.OverdueMilestones;

/**
 * Notices milestones whose target date passed unreached: every {@code pmo.project.milestone-watch.interval}
 * (an hour) it looks in the plans for milestones with a target before today that are neither reached nor
 * missed, and asks each such project to record them as missed. The project decides (and records each one once),
 * so a watch that runs twice, or on two instances, changes nothing more. Today is the UTC date until tenants
 * have a time zone in their settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MilestoneWatch {

    static final String PRINCIPAL = "system:milestone-watch";

    private static final Logger log = LoggerFactory.getLogger(MilestoneWatch.class);

    private final OverdueMilestones plans;

    private final CommandGateway commands;

    private final Clock clock;

    MilestoneWatch(OverdueMilestones plans, CommandGateway commands, Clock clock) {
        this.plans = plans;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pmo.project.milestone-watch.interval:PT1H}",
            initialDelayString = "${pmo.project.milestone-watch.interval:PT1H}")
    void detectMissedMilestones() {
        LocalDate today = LocalDate.now(clock);
        for (OverdueMilestones.OverdueProject project : plans.projectsWithOverdueMilestones(today)) {
            String projectId = project.projectId();
            try {
                commands.sendAndWait(new DetectMissedMilestones(projectId, today), MetaData.from(Map.of(
                        PmoMetadata.TENANT_ID, project.tenantId(), PmoMetadata.PRINCIPAL, PRINCIPAL)));
            }
            catch (RuntimeException ex) {
                log.warn("Could not check the milestones of project {}; the next run tries again: {}", projectId,
                        ex.getMessage());
            }
        }
    }
}
