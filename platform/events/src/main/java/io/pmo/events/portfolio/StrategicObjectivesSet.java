package io.pmo.events.portfolio;

import java.util.List;

import org.axonframework.serialization.Revision;

/** The portfolio's strategic objectives were set; the event carries the whole list, weights summing to 100. */
@Revision("1")
public record StrategicObjectivesSet(String portfolioId, String tenantId, List<StrategicObjective> objectives)
        implements PortfolioEvent {

    public StrategicObjectivesSet {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
