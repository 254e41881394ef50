package io.pmo.events.project;

import java.util.List;

/**
 * A custom field of the tenant's projects, as defined in the project context's settings.
 *
 * @param key how values name the field: {@code [a-z][a-zA-Z0-9_]{0,63}}, unique within the settings
 * @param choices the allowed values of a CHOICE field (non-empty, unique); empty for every other type
 * @param required whether every write of a project's custom field values must give one
 */
public record CustomFieldDefinition(String key, String label, CustomFieldType type, List<String> choices,
        boolean required) {

    public CustomFieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
