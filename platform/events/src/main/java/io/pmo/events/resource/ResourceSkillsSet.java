package io.pmo.events.resource;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A resource's skills were set; the event carries the whole list, by skill name. */
@Revision("1")
public record ResourceSkillsSet(String resourceId, String tenantId, List<Skill> skills) implements ResourceEvent {

    public ResourceSkillsSet {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
