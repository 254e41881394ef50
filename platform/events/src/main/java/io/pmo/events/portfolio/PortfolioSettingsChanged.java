package io.pmo.events.portfolio;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A tenant's portfolio settings were set; the event carries them whole: the stage gates, in order. */
@Revision("1")
public record PortfolioSettingsChanged(String settingsId, String tenantId, List<StageGate> gates)
        implements PortfolioSettingsEvent {

    public PortfolioSettingsChanged {
        gates = gates == null ? List.of() : List.copyOf(gates);
    }
}
