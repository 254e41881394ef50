package io.pmo.portfolio.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StrategicObjectivesSet;

/**
 * Materialises {@link PortfolioView} and the {@link ScoringModelVersion}s. Each change is written only if the view
 * has not applied the event's sequence yet (a replayed event changes nothing); every other event of the portfolio
 * just moves the version, so a read with {@code ?minVersion=} after any write finds the view.
 */
@Component
@ProcessingGroup("portfolio-views")
class PortfolioViewProjection {

    private final MongoTemplate mongo;

    PortfolioViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PortfolioCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.portfolioId(), PortfolioView.class) == null) {
            mongo.save(new PortfolioView(event.portfolioId(), event.tenantId(), event.name(), event.description(),
                    event.ownerId(), event.currency(), at, List.of(), List.of(), null, List.of(), Map.of(), Map.of(),
                    sequence));
        }
    }

    @EventHandler
    void on(PortfolioDetailsChanged event, @SequenceNumber long sequence) {
        write(event, sequence, new Update().set("name", event.name()).set("description", event.description())
                .set("ownerId", event.ownerId()));
    }

    @EventHandler
    void on(ProgramAdded event, @SequenceNumber long sequence) {
        write(event, sequence, new Update().push("programs",
                new PortfolioView.Program(event.programId(), event.name(), event.managerId())));
    }

    @EventHandler
    void on(StrategicObjectivesSet event, @SequenceNumber long sequence) {
        write(event, sequence, new Update().set("objectives", event.objectives()));
    }

    @EventHandler
    void on(ScoringModelChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        mongo.save(new ScoringModelVersion(ScoringModelVersion.idOf(event.portfolioId(), event.modelVersion()),
                event.portfolioId(), event.tenantId(), event.modelVersion(), event.criteria(), at));
        write(event, sequence, new Update().set("modelVersion", event.modelVersion())
                .set("criteria", event.criteria()));
    }

    @EventHandler
    void on(BudgetEnvelopeSet event, @SequenceNumber long sequence) {
        budget(event, sequence, event.fiscalYear(), current -> new PortfolioView.Budget(event.fiscalYear(),
                event.amount(), current.funded(), null));
    }

    @EventHandler
    void on(CandidateProposed event, @SequenceNumber long sequence) {
        write(event, sequence, new Update().set("candidateYears." + event.projectId(), event.fiscalYear()));
    }

    @EventHandler
    void on(FundingApproved event, @SequenceNumber long sequence) {
        PortfolioView view = mongo.findById(event.portfolioId(), PortfolioView.class);
        Integer year = view == null ? null : view.candidateYears().get(event.projectId());
        if (year == null) {
            throw new IllegalStateException("Funding of " + event.projectId() + " before its proposal");
        }
        budget(event, sequence, year, current -> new PortfolioView.Budget(year, current.envelope(),
                current.funded().add(event.amount().amount()), null));
    }

    /** Any other event of the portfolio: the version follows. */
    @EventHandler
    void on(PortfolioEvent event, @SequenceNumber long sequence) {
        write(event, sequence, new Update());
    }

    private void budget(PortfolioEvent event, long sequence, int year,
            java.util.function.UnaryOperator<PortfolioView.Budget> change) {
        PortfolioView view = mongo.findById(event.portfolioId(), PortfolioView.class);
        if (view == null || view.version() >= sequence) {
            return;
        }
        Map<String, PortfolioView.Budget> budgets = new LinkedHashMap<>(view.budgets());
        PortfolioView.Budget current = budgets.getOrDefault(String.valueOf(year),
                new PortfolioView.Budget(year, null, BigDecimal.ZERO, null));
        budgets.put(String.valueOf(year), change.apply(current));
        write(event, sequence, new Update().set("budgets", budgets));
    }

    private void write(PortfolioEvent event, long sequence, Update change) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.portfolioId()).and("version").lt(sequence)),
                change.set("version", sequence), PortfolioView.class);
    }
}
