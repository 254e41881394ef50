package io.pmo.events.resource;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A resource's part-time periods were set; the whole list, by start date, without overlaps. */
@Revision("1")
public record PartTimeSet(String resourceId, String tenantId, List<PartTimePeriod> periods) implements ResourceEvent {

    public PartTimeSet {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
