package io.pmo.reporting.query;

import java.time.LocalDate;
import java.util.List;

import io.pmo.events.resource.ResourceKind;

/**
 * One resource's utilisation over a range of dates: who it is and its weeks that overlap the range, by week.
 *
 * @param version the resource's last applied event, see {@link ResourceProfile#lastSequence()}
 */
public record ResourceUtilization(String resourceId, ResourceKind kind, String userId, String label, String role,
        LocalDate from, LocalDate to, List<UtilizationWeek> weeks, long version) {

    public ResourceUtilization {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }
}
