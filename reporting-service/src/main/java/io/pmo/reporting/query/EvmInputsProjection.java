package io.pmo.reporting.query;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.reporting.query.EvmInputs.CostEntry;
import io.pmo.reporting.query.EvmInputs.ProgressEntry;

/**
 * Materialises {@link EvmInputs} from {@code pmo.project.events}. Each event is one conditional upsert through
 * {@link SourceGuard} ("only if this project's last applied sequence is below the event's"), so a duplicate or
 * an older redelivered event changes nothing. Every project event stamps the document, not only the ones that
 * carry earned-value inputs, so its {@code lastSequence} is the project's version and a read with
 * {@code ?minVersion=} after any write of the project finds it. The document is upserted by whichever event
 * comes first: it needs nothing from the project's creation.
 */
@Component
public class EvmInputsProjection {

    private static final Logger log = LoggerFactory.getLogger(EvmInputsProjection.class);

    private final MongoTemplate mongo;

    public EvmInputsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies one project event.
     * @return whether the document was created or changed
     */
    public boolean apply(ProjectEvent event, ReceivedEvent<?> received) {
        Update change = new Update().set("tenantId", event.tenantId()).set("lastSequence", received.sequence());
        String recordedAt = received.time().toString();
        long sequence = received.sequence();
        if (event instanceof ProjectDetailsChanged details) {
            change.set("currency", details.currency());
        }
        else if (event instanceof BaselineSaved baseline) {
            change.set("baselines." + key(baseline.baselineId()), json(baseline));
        }
        else if (event instanceof PerformanceBaselineDesignated designated) {
            change.set("performanceBaselineId", designated.baselineId());
        }
        else if (event instanceof ProgressReported reported) {
            change.set("progress." + key(reported.factId()), new ProgressEntry(reported.factId(), null,
                    reported.taskId(), reported.effectiveDate(), decimal(reported.percentComplete()),
                    reported.actualStart(), reported.actualFinish(), reported.checkpointsDone(), recordedAt,
                    sequence));
        }
        else if (event instanceof ProgressCorrected corrected) {
            change.set("progress." + key(corrected.factId()), new ProgressEntry(corrected.factId(),
                    corrected.correctsFactId(), corrected.taskId(), corrected.effectiveDate(),
                    decimal(corrected.percentComplete()), corrected.actualStart(), corrected.actualFinish(),
                    corrected.checkpointsDone(), recordedAt, sequence));
        }
        else if (event instanceof ActualCostRecorded recorded) {
            change.set("costs." + key(recorded.factId()), new CostEntry(recorded.factId(), null, recorded.taskId(),
                    recorded.effectiveDate(), decimal(recorded.amount().amount()), recorded.amount().currency(),
                    recordedAt, sequence));
        }
        else if (event instanceof ActualCostCorrected corrected) {
            change.set("costs." + key(corrected.factId()), new CostEntry(corrected.factId(),
                    corrected.correctsFactId(), corrected.taskId(), corrected.effectiveDate(),
                    decimal(corrected.amount().amount()), corrected.amount().currency(), recordedAt, sequence));
        }
        if (SourceGuard.upsert(mongo, EvmInputs.class, event.projectId(), change, received)) {
            return true;
        }
        log.debug("{} of project {} at sequence {} is already in the earned-value inputs", received.type(),
                event.projectId(), received.sequence());
        return false;
    }

    /** A fact or baseline id as a field name: like a source id, no {@code .} and no leading {@code $}. */
    private static String key(String id) {
        SourceGuard.field(id);
        return id;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String json(BaselineSaved baseline) {
        try {
            return PmoJson.mapper().writeValueAsString(baseline);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException("Baseline " + baseline.baselineId() + " does not serialize", ex);
        }
    }
}
