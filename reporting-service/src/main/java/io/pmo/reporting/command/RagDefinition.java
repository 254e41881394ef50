package io.pmo.reporting.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.reporting.rag.RagThresholds;

/**
 * A tenant's definition of computed RAG (reporting-service owns every KPI definition, CONVENTIONS.md): each
 * change is a new version, so that a computed result can name the version that produced it and earlier results
 * keep naming theirs.
 */
@Aggregate
class RagDefinition implements TenantOwned {

    private static final BigDecimal MAX_INDEX = BigDecimal.valueOf(2);

    @AggregateIdentifier
    private String definitionId;

    private String tenantId;

    private long version;

    private RagThresholds thresholds = RagThresholds.DEFAULT;

    RagDefinition() {
        // for Axon, and for the creation policy
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(DefineRagThresholds command) {
        check(command.thresholds());
        if (!command.thresholds().equals(thresholds) || definitionId == null) {
            apply(new RagThresholdsDefined(command.definitionId(), command.tenantId(), version + 1,
                    command.thresholds()));
        }
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(RagThresholdsDefined event) {
        definitionId = event.definitionId();
        tenantId = event.tenantId();
        version = event.version();
        thresholds = event.thresholds();
    }

    private static void check(RagThresholds thresholds) {
        if (thresholds == null) {
            throw new RuleViolated("Thresholds are needed", "thresholds", "must not be null");
        }
        checkIndex("spi", thresholds.spiAmberBelow(), thresholds.spiRedBelow());
        checkIndex("cpi", thresholds.cpiAmberBelow(), thresholds.cpiRedBelow());
        if (thresholds.missedMilestonesAmberFrom() < 1) {
            throw new RuleViolated("A milestone count of 0 cannot be AMBER", "missedMilestonesAmberFrom",
                    "must be 1 or more");
        }
        if (thresholds.missedMilestonesRedFrom() < thresholds.missedMilestonesAmberFrom()) {
            throw new RuleViolated("RED cannot start below AMBER", "missedMilestonesRedFrom",
                    "must not be below missedMilestonesAmberFrom");
        }
        checkRiskCount("highRisksAmberFrom", thresholds.highRisksAmberFrom());
        checkRiskCount("highRisksRedFrom", thresholds.highRisksRedFrom());
        if (thresholds.highRisksAmberFrom() != null && thresholds.highRisksRedFrom() != null
                && thresholds.highRisksRedFrom() < thresholds.highRisksAmberFrom()) {
            throw new RuleViolated("RED cannot start below AMBER", "highRisksRedFrom",
                    "must not be below highRisksAmberFrom");
        }
    }

    private static void checkRiskCount(String field, Integer from) {
        if (from != null && from < 1) {
            throw new RuleViolated("A risk count of 0 cannot be AMBER or RED", field, "must be 1 or more");
        }
    }

    private static void checkIndex(String index, BigDecimal amberBelow, BigDecimal redBelow) {
        requireIndex(index + "AmberBelow", amberBelow);
        requireIndex(index + "RedBelow", redBelow);
        if (redBelow.compareTo(amberBelow) > 0) {
            throw new RuleViolated("RED cannot start above AMBER for " + index.toUpperCase(),
                    index + "RedBelow", "must not be above " + index + "AmberBelow");
        }
    }

    private static void requireIndex(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_INDEX) > 0) {
            throw new RuleViolated("An index threshold lies between 0 and 2", field,
                    "must be more than 0 and at most 2");
        }
    }
}
