package io.pmo.events.project;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.serialization.Revision;

/**
 * A project's custom field values were set; the map replaces the previous one (a field left out has no value).
 * Keys are custom field keys of the tenant's settings at the time; values are in the canonical string form of
 * their {@link CustomFieldType}. Every value was valid against the definitions in force when it was written.
 */
@Revision("1")
public record ProjectCustomFieldsChanged(String projectId, String tenantId, Map<String, String> values)
        implements ProjectEvent {

    public ProjectCustomFieldsChanged {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
