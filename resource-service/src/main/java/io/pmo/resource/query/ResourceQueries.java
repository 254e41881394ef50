package io.pmo.resource.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.events.resource.ResourceKind;
import io.pmo.platform.query.TenantQueries;

/** Reads of {@link ResourceView}s, always within one tenant. */
@Component
public class ResourceQueries {

    /** The most resources one capacity question reads (a tenant's resources with one skill). */
    public static final int MAX_RESOURCES = 5_000;

    private final TenantQueries queries;

    ResourceQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<ResourceView> find(String tenantId, String resourceId) {
        return queries.findById(tenantId, resourceId, ResourceView.class);
    }

    /** A page of the tenant's resources, optionally of one kind or with one skill, in a stable order. */
    public TenantQueries.Page<ResourceView> list(String tenantId, ResourceKind kind, String skill, int page, int size) {
        Criteria criteria = new Criteria();
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        if (skill != null) {
            criteria = criteria.and("skills.skill").is(skill);
        }
        return queries.page(tenantId, kind == null && skill == null ? null : criteria, Sort.by("_id"), page, size,
                ResourceView.class);
    }

    /** The tenant's resources among these ids, read by key in batches (in no particular order). */
    public List<ResourceView> findAll(String tenantId, java.util.Collection<String> resourceIds) {
        return queries.findByKeys(tenantId, "_id", resourceIds, ResourceView.class);
    }

    /** Every resource of the tenant with this skill (at most {@link #MAX_RESOURCES}). */
    public List<ResourceView> withSkill(String tenantId, String skill) {
        return queries.page(tenantId, Criteria.where("skills.skill").is(skill), Sort.by("_id"), 0, MAX_RESOURCES,
                ResourceView.class).items();
    }
}
