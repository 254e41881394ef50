package io.pmo.project.query;

import java.util.List;

import io.pmo.events.project.CustomFieldDefinition;

/**
 * The port through which the project aggregate learns its tenant's custom field definitions: Axon injects the
 * Spring bean that implements it (over the settings read model) as a command handler parameter, so the rule
 * lives in the aggregate without a repository in it. The definitions are as current as that read model.
 */
public interface CustomFieldDefinitions {

    /** The tenant's definitions, in their order; empty if the tenant has no settings yet. */
    List<CustomFieldDefinition> of(String tenantId);
}
