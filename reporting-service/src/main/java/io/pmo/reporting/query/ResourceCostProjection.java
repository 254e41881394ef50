package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.AllocationResumed;
import io.pmo.events.resource.AllocationSuspended;
import io.pmo.events.resource.ResourceEvent;
import io.pmo.events.resource.WeeklyCost;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.reporting.query.ResourceCostWeek.Share;

/**
 * Materialises each project's resource cost per ISO week ({@link ResourceCostWeek}) from the allocation events of
 * {@code pmo.resource.events}, so that reports compare resource cost with project budgets.
 *
 * <p>Each event first changes its allocation's {@link AllocationCost} (deduped per source aggregate, the
 * resource, with {@link SourceGuard}); then the allocation's share of every one of its weeks is derived from that
 * document alone, never from the event: written where it costs something, removed where it no longer does (see
 * {@link AllocationCost#costs} for releases and suspensions). A redelivered or older event leaves the allocation
 * as it was and so writes the same shares again, which changes nothing; a crash between the two steps is mended by
 * the redelivery, which repeats the second.
 *
 * <p>An allocation writes only its own entry of a week, so allocations of one project on different resources
 * (different partitions, handled at the same time) never overwrite each other's cost; the week's sums are then
 * recomputed from its entries, guarded against a concurrent change of them (see {@link ResourceCostWeek}).
 */
@Component
public class ResourceCostProjection {

    private static final Logger log = LoggerFactory.getLogger(ResourceCostProjection.class);

    private static final String ALLOCATIONS = "allocations";

    private static final String INPUTS_VERSION = "inputsVersion";

    private final MongoTemplate mongo;

    public ResourceCostProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies one of a resource's events; only allocation events that change cost concern it.
     * @return whether a document changed
     * @throws IllegalArgumentException for a confirmed week that does not start on a Monday, which breaks the
     *         resource context's contract: it is dead-lettered with that reason
     */
    public boolean apply(ResourceEvent event, ReceivedEvent<?> received) {
        String allocationId;
        String projectId;
        Update change = new Update();
        if (event instanceof AllocationRequested requested) {
            allocationId = requested.allocationId();
            projectId = requested.projectId();
            change.set("from", requested.from());
        }
        else if (event instanceof AllocationConfirmed confirmed) {
            allocationId = confirmed.allocationId();
            projectId = confirmed.projectId();
            mondays(confirmed.weeks(), received);
            change.set("confirmed", true).set("weeks", confirmed.weeks());
        }
        else if (event instanceof AllocationReleased released) {
            allocationId = released.allocationId();
            projectId = released.projectId();
            change.set("releasedFrom", released.releasedFrom());
        }
        else if (event instanceof AllocationSuspended suspended) {
            allocationId = suspended.allocationId();
            projectId = suspended.projectId();
            change.set("suspended", true);
        }
        else if (event instanceof AllocationResumed resumed) {
            allocationId = resumed.allocationId();
            projectId = resumed.projectId();
            change.set("suspended", false);
        }
        else {
            return false;
        }
        change.set("tenantId", event.tenantId()).set("resourceId", event.resourceId()).set("projectId", projectId)
                .set("lastSequence", received.sequence());
        defaults(change);
        field(allocationId); // refused before anything is written
        boolean changed = SourceGuard.upsert(mongo, AllocationCost.class, allocationId, change, received);
        if (!changed) {
            log.debug("{} of allocation {} at sequence {} is already applied", received.type(), allocationId,
                    received.sequence());
        }
        return spread(allocationId) || changed;
    }

    /** What a new allocation document holds where the event says nothing. */
    private static void defaults(Update change) {
        Document set = change.getUpdateObject().get("$set", Document.class);
        if (!set.containsKey("confirmed")) {
            change.setOnInsert("confirmed", false).setOnInsert("weeks", List.of());
        }
        if (!set.containsKey("suspended")) {
            change.setOnInsert("suspended", false);
        }
    }

    /** The allocation's share written into each of its weeks that costs something, removed from the others. */
    private boolean spread(String allocationId) {
        AllocationCost allocation = mongo.findById(allocationId, AllocationCost.class);
        String field = field(allocationId);
        boolean changed = false;
        for (WeeklyCost week : allocation.weeks()) {
            String weekId = ResourceCostWeek.idOf(allocation.projectId(), week.weekStart());
            ResourceCostWeek current = mongo.findById(weekId, ResourceCostWeek.class);
            Share written = current == null ? null : current.allocations().get(allocationId);
            if (allocation.costs(week.weekStart())) {
                // only this allocation writes its entry, and one event at a time: what was read is still there
                if (written == null || written.sequence() != allocation.lastSequence()) {
                    Share share = new Share(allocation.resourceId(), week.hours(), week.cost(),
                            allocation.lastSequence(), allocation.lastEventId(), allocation.lastEventAt());
                    changed |= write(weekId, new Update().set(field, share).inc(INPUTS_VERSION, 1)
                            .setOnInsert("tenantId", allocation.tenantId())
                            .setOnInsert("projectId", allocation.projectId())
                            .setOnInsert("weekStart", week.weekStart()));
                }
            }
            else if (written != null) {
                changed |= mongo.updateFirst(Query.query(Criteria.where("_id").is(weekId)),
                        new Update().unset(field).inc(INPUTS_VERSION, 1), ResourceCostWeek.class)
                        .getModifiedCount() > 0;
            }
            changed |= sum(weekId);
        }
        return changed;
    }

    private boolean sum(String weekId) {
        ResourceCostWeek week = mongo.findById(weekId, ResourceCostWeek.class);
        return week != null && sum(week);
    }

    /**
     * The week's sums from its entries as read, written unless an entry changed since they were read.
     * @return whether the sums changed
     */
    boolean sum(ResourceCostWeek week) {
        String weekId = week.id();
        BigDecimal hours = BigDecimal.ZERO;
        Map<String, BigDecimal> costs = new TreeMap<>();
        for (Share share : week.allocations().values()) {
            hours = hours.add(share.hours());
            costs.merge(share.cost().currency(), share.cost().amount(), BigDecimal::add);
        }
        List<Money> byCurrency = costs.entrySet().stream()
                .map(cost -> new Money(cost.getValue(), cost.getKey())).toList();
        if (week.hours() != null && week.hours().equals(hours) && week.costs().equals(byCurrency)) {
            return false;
        }
        Query unchanged = Query.query(Criteria.where("_id").is(weekId).and(INPUTS_VERSION).is(week.inputsVersion()));
        boolean written = mongo.updateFirst(unchanged, new Update().set("hours", hours).set("costs", byCurrency),
                ResourceCostWeek.class).getModifiedCount() > 0;
        if (!written) {
            log.debug("Entries of {} changed while summing them; whoever changed them sums again", weekId);
        }
        return written;
    }

    /** The allocation's entry in a week; its id becomes a field name, so it must be usable as one (UUIDs are). */
    private static String field(String allocationId) {
        if (allocationId == null || allocationId.isEmpty() || allocationId.contains(".") || allocationId.startsWith("$")) {
            throw new IllegalArgumentException("Not usable as a field name of " + ALLOCATIONS + ": " + allocationId);
        }
        return ALLOCATIONS + "." + allocationId;
    }

    private boolean write(String weekId, Update share) {
        Query week = Query.query(Criteria.where("_id").is(weekId));
        try {
            var result = mongo.upsert(week, share, ResourceCostWeek.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        }
        catch (DuplicateKeyException ex) {
            // another allocation of the project created the week at the same moment: it exists now
            return mongo.updateFirst(week, share, ResourceCostWeek.class).getModifiedCount() > 0;
        }
    }

    private static void mondays(List<WeeklyCost> weeks, ReceivedEvent<?> received) {
        for (WeeklyCost week : weeks) {
            if (week.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("AllocationConfirmed " + received.id() + " has a week starting on "
                        + week.weekStart() + ", not a Monday");
            }
        }
    }
}
