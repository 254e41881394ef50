package io.pmo.events.resource;

/**
 * A skill of a resource.
 *
 * @param skill {@code [a-z][a-z0-9-]{0,63}}, e.g. "java", "solution-architecture"
 * @param level proficiency 1 (novice) to 5 (expert)
 */
public record Skill(String skill, int level) {
}
