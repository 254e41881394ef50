package io.pmo.project.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectCommands.DetectMissedMilestones;

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

    private final MongoTemplate mongo;

    private final CommandGateway commands;

    private final Clock clock;

    MilestoneWatch(MongoTemplate mongo, CommandGateway commands, Clock clock) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pmo.project.milestone-watch.interval:PT1H}",
            initialDelayString = "${pmo.project.milestone-watch.interval:PT1H}")
    void detectMissedMilestones() {
        LocalDate today = LocalDate.now(clock);
        Query overdue = Query.query(Criteria.where("tasks").elemMatch(Criteria.where("targetDate").lt(today)
                .and("reachedOn").is(null).and("missed").is(false)));
        overdue.fields().include("_id").include("tenantId");
        for (Document plan : mongo.find(overdue, Document.class, "project_plans")) {
            String projectId = plan.getString("_id");
            try {
                commands.sendAndWait(new DetectMissedMilestones(projectId, today), MetaData.from(Map.of(
                        PmoMetadata.TENANT_ID, plan.getString("tenantId"), PmoMetadata.PRINCIPAL, PRINCIPAL)));
            }
            catch (RuntimeException ex) {
                log.warn("Could not check the milestones of project {}; the next run tries again: {}", projectId,
                        ex.getMessage());
            }
        }
    }
}
