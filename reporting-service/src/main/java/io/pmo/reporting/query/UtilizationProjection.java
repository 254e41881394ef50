package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.resource.ResourceEvent;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.events.resource.WeeklyLoad;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;

/**
 * Materialises {@link UtilizationWeek} and {@link ResourceProfile} from {@code pmo.resource.events}.
 *
 * <p>{@code UtilizationChanged} carries the touched weeks' figures as they are now, so applying it is an upsert
 * of each week, no arithmetic. Dedupe is per week document ({@link SourceGuard}, source = the resource): a week
 * keeps the sequence of the resource's event that wrote it, and an event writes only the weeks whose sequence is
 * lower. A redelivered or older event thus never overwrites a week a newer one wrote, yet still fills a week no
 * newer event touched (its figures are then still the current ones: any later change of that week would have
 * been published with it). A guard per resource would instead drop such weeks of an event applied late.
 *
 * <p>Who the resource is (kind, user id or label, role) is kept in the resource's {@link ResourceProfile} and
 * copied onto its weeks: on a week's creation from the profile, on a profile change onto every week of the
 * resource not written from a newer profile ({@code profileSequence}). A resource's events come in order on one
 * partition, so its weeks and profile are never written by two handlers at once.
 *
 * <p>Every event of the resource ends with the profile's {@code lastSequence} (the resource's version), after the
 * event's other writes: a reader waiting for version N sees everything N changed.
 */
@Component
public class UtilizationProjection {

    private static final Logger log = LoggerFactory.getLogger(UtilizationProjection.class);

    private final MongoTemplate mongo;

    public UtilizationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies one of a resource's events.
     * @return whether a document changed
     * @throws IllegalArgumentException for a week that does not start on a Monday, which breaks the resource
     *         context's contract: it is dead-lettered with that reason
     */
    public boolean apply(ResourceEvent event, ReceivedEvent<?> received) {
        boolean changed = false;
        Update profile = new Update().set("tenantId", event.tenantId()).set("lastSequence", received.sequence());
        if (event instanceof ResourceRegistered registered) {
            changed = copyToWeeks(registered.resourceId(), who(registered, new Update(), received), received);
            who(registered, profile, received);
        }
        else if (event instanceof ResourceProfileChanged profileChanged) {
            changed = copyToWeeks(profileChanged.resourceId(), who(profileChanged, new Update(), received),
                    received);
            who(profileChanged, profile, received);
        }
        else {
            profile.setOnInsert("profileSequence", -1L);
        }
        if (event instanceof UtilizationChanged utilization) {
            changed = weeks(utilization, received);
        }
        boolean stamped = SourceGuard.upsert(mongo, ResourceProfile.class, event.resourceId(), profile, received);
        if (!stamped) {
            log.debug("{} of resource {} at sequence {} is already applied", received.type(), event.resourceId(),
                    received.sequence());
        }
        return changed || stamped;
    }

    private boolean weeks(UtilizationChanged event, ReceivedEvent<?> received) {
        for (WeeklyLoad week : event.weeks()) {
            if (week.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("UtilizationChanged " + received.id() + " of resource "
                        + event.resourceId() + " has a week starting on " + week.weekStart() + ", not a Monday");
            }
        }
        ResourceProfile profile = mongo.findById(event.resourceId(), ResourceProfile.class);
        boolean changed = false;
        for (WeeklyLoad week : event.weeks()) {
            Update figures = new Update().set("tenantId", event.tenantId()).set("resourceId", event.resourceId())
                    .set("weekStart", week.weekStart()).set("capacityHours", week.capacityHours())
                    .set("confirmedHours", week.confirmedHours()).set("requestedHours", week.requestedHours())
                    .set("utilization", utilization(week)).set("overAllocated", overAllocated(week))
                    .set("lastSequence", received.sequence());
            if (profile != null && profile.tenantId().equals(event.tenantId())) {
                figures.setOnInsert("kind", profile.kind()).setOnInsert("userId", profile.userId())
                        .setOnInsert("label", profile.label()).setOnInsert("role", profile.role())
                        .setOnInsert("profileSequence", profile.profileSequence());
            }
            else {
                figures.setOnInsert("profileSequence", -1L);
            }
            changed |= SourceGuard.upsert(mongo, UtilizationWeek.class,
                    UtilizationWeek.idOf(event.resourceId(), week.weekStart()), figures, received);
        }
        return changed;
    }

    private static Update who(ResourceRegistered registered, Update update, ReceivedEvent<?> received) {
        return update.set("kind", registered.kind()).set("userId", registered.userId())
                .set("label", registered.label()).set("role", registered.role())
                .set("profileSequence", received.sequence());
    }

    /** A profile change carries the role; kind, user id and label stay as registered. */
    private static Update who(ResourceProfileChanged changed, Update update, ReceivedEvent<?> received) {
        return update.set("role", changed.role()).set("profileSequence", received.sequence());
    }

    /** The profile fields onto every week of the resource that has them from an older event (or none). */
    private boolean copyToWeeks(String resourceId, Update who, ReceivedEvent<?> received) {
        Query older = Query.query(Criteria.where("resourceId").is(resourceId).orOperator(
                Criteria.where("profileSequence").exists(false),
                Criteria.where("profileSequence").lt(received.sequence())));
        return mongo.updateMulti(older, who, UtilizationWeek.class).getModifiedCount() > 0;
    }

    /** Confirmed over capacity, four decimals; none without capacity. */
    static BigDecimal utilization(WeeklyLoad week) {
        if (week.capacityHours() == null || week.capacityHours().signum() == 0 || week.confirmedHours() == null) {
            return null;
        }
        return week.confirmedHours().divide(week.capacityHours(), 4, RoundingMode.HALF_UP);
    }

    static boolean overAllocated(WeeklyLoad week) {
        BigDecimal capacity = week.capacityHours() == null ? BigDecimal.ZERO : week.capacityHours();
        return week.confirmedHours() != null && week.confirmedHours().compareTo(capacity) > 0;
    }
}
