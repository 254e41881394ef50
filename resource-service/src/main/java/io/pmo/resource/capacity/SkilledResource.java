package io.pmo.resource.capacity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource as demand-versus-capacity sees it.
 *
 * @param resourceId  its id
 * @param skills      skill name (matched exactly) to level 1 to 5
 * @param placeholder true for a stand-in for someone not yet staffed: its allocations are demand, but it brings
 *                    no capacity
 * @param profile     its capacity profile
 * @param allocations its allocations, of any status
 */
public record SkilledResource(String resourceId, Map<String, Integer> skills, boolean placeholder,
                              CapacityProfile profile, List<Allocation> allocations) {

    /** The lowest skill level. */
    public static final int MIN_LEVEL = 1;

    /** The highest skill level. */
    public static final int MAX_LEVEL = 5;

    /** @throws IllegalArgumentException for a skill level outside 1 to 5 */
    public SkilledResource {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(profile, "profile");
        skills = Map.copyOf(skills);
        allocations = List.copyOf(allocations);
        skills.forEach((skill, level) -> {
            if (level < MIN_LEVEL || level > MAX_LEVEL) {
                throw new IllegalArgumentException("Skill " + skill + " has a level of 1 to 5; got " + level);
            }
        });
    }

    /** Whether it has {@code skill} at {@code minLevel} or above. */
    public boolean has(String skill, int minLevel) {
        Integer level = skills.get(skill);
        return level != null && level >= minLevel;
    }
}
