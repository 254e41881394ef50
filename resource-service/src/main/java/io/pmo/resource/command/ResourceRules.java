package io.pmo.resource.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.pmo.events.common.Money;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.Skill;
import io.pmo.platform.bounds.InputBounds;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.UserId;
import io.pmo.platform.projects.KnownProject;

/** The resource's rules on what a command carries, each naming the field at fault. */
final class ResourceRules {

    /** The longest allocation or absence: three years (a longer engagement is several allocations). */
    static final int MAX_RANGE_DAYS = 1_096;

    static final int MAX_SKILLS = 50;

    static final int MAX_PART_TIME_PERIODS = 50;

    private static final Pattern SKILL = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private static final BigDecimal HOURS_PER_WEEK = BigDecimal.valueOf(168);

    private static final BigDecimal PERCENT = BigDecimal.valueOf(200);

    private ResourceRules() {
    }

    static void checkIdentity(ResourceKind kind, String userId, String label) {
        if (kind == ResourceKind.PERSON) {
            UserId.require(userId, "userId");
            if (label != null) {
                throw new RuleViolated("A person is named by a user id, not a label", "label",
                        "must be absent for a person");
            }
        }
        else if (label == null || label.isBlank()) {
            throw new RuleViolated("A placeholder needs a label", "label", "is required for a placeholder");
        }
        else if (userId != null) {
            throw new RuleViolated("A placeholder is nobody yet", "userId", "must be absent for a placeholder");
        }
    }

    static void checkProfile(BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom, LocalDate availableUntil) {
        if (hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0
                || hoursPerDay.stripTrailingZeros().scale() > 2) {
            throw new RuleViolated("Hours per day are above 0, at most 24, in hundredths", "hoursPerDay",
                    "must be above 0 and at most 24 with at most 2 decimals");
        }
        if (InputBounds.currency(costRate.currency()) == null) {
            throw new RuleViolated("No currency " + costRate.currency(), "costRate.currency",
                    "must be an ISO 4217 currency code such as EUR");
        }
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            throw new RuleViolated("A resource leaves after it arrives", "availableUntil",
                    "must not be before availableFrom");
        }
    }

    static List<Skill> checkSkills(List<Skill> skills) {
        if (skills.size() > MAX_SKILLS) {
            throw new RuleViolated("At most " + MAX_SKILLS + " skills", "skills", "must hold at most " + MAX_SKILLS);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            Skill skill = skills.get(i);
            if (!SKILL.matcher(skill.skill()).matches() || !names.add(skill.skill())) {
                throw new RuleViolated("Skills are unique names matching [a-z][a-z0-9-]{0,63}",
                        "skills[" + i + "].skill", "must be a unique skill name");
            }
            if (skill.level() < 1 || skill.level() > 5) {
                throw new RuleViolated("A level is 1 to 5", "skills[" + i + "].level", "must be between 1 and 5");
            }
        }
        List<Skill> sorted = new ArrayList<>(skills);
        sorted.sort(Comparator.comparing(Skill::skill));
        return List.copyOf(sorted);
    }

    /** The periods by start date; none overlapping another, each from before its end, factor in (0, 1]. */
    static List<PartTimePeriod> checkPartTime(List<PartTimePeriod> periods) {
        if (periods.size() > MAX_PART_TIME_PERIODS) {
            throw new RuleViolated("At most " + MAX_PART_TIME_PERIODS + " part-time periods", "periods",
                    "must hold at most " + MAX_PART_TIME_PERIODS);
        }
        for (int i = 0; i < periods.size(); i++) {
            PartTimePeriod period = periods.get(i);
            if (period.to() != null && period.to().isBefore(period.from())) {
                throw new RuleViolated("A period ends on or after its start", "periods[" + i + "].to",
                        "must not be before from");
            }
            if (period.factor().signum() <= 0 || period.factor().compareTo(BigDecimal.ONE) > 0) {
                throw new RuleViolated("A part-time factor is above 0 and at most 1", "periods[" + i + "].factor",
                        "must be above 0 and at most 1");
            }
            for (int j = 0; j < i; j++) {
                if (overlap(periods.get(j), period)) {
                    throw new RuleViolated("Part-time periods do not overlap", "periods[" + i + "]",
                            "overlaps periods[" + j + "]");
                }
            }
        }
        List<PartTimePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(PartTimePeriod::from));
        return List.copyOf(sorted);
    }

    private static boolean overlap(PartTimePeriod a, PartTimePeriod b) {
        return (a.to() == null || !a.to().isBefore(b.from())) && (b.to() == null || !b.to().isBefore(a.from()));
    }

    /** A range of at most three years, ends on or after its start; {@code field} names its end. */
    static void checkRange(LocalDate from, LocalDate to, String field) {
        if (to.isBefore(from)) {
            throw new RuleViolated("A range ends on or after its start", field, "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new RuleViolated("A range spans at most " + MAX_RANGE_DAYS + " days", field,
                    "must be within " + MAX_RANGE_DAYS + " days of from");
        }
    }

    /**
     * A project manager asks only for projects they manage. A project whose manager this service has not seen yet
     * (its assignment follows its creation on the topic) is a rule broken for now (422, retry), not a refusal.
     */
    static void requireManager(KnownProject project, Caller caller) {
        if (project.managerId() == null) {
            throw new RuleViolated("The manager of project " + project.projectId() + " is not known here yet",
                    "projectId", "must be a project whose manager is known (retry in a moment)");
        }
        if (!caller.is(project.managerId())) {
            throw new NotAllowed("A project manager requests resources only for projects they manage");
        }
    }

    static void checkAllocation(LocalDate from, LocalDate to, BigDecimal hoursPerWeek, BigDecimal percent) {
        checkRange(from, to, "to");
        if ((hoursPerWeek == null) == (percent == null)) {
            throw new RuleViolated("An allocation is hours per week or a percent of capacity", "hoursPerWeek",
                    "give exactly one of hoursPerWeek and percent");
        }
        if (hoursPerWeek != null && (hoursPerWeek.signum() < 0 || hoursPerWeek.compareTo(HOURS_PER_WEEK) > 0)) {
            throw new RuleViolated("Hours per week are 0 to 168", "hoursPerWeek", "must be between 0 and 168");
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(PERCENT) > 0)) {
            throw new RuleViolated("A percent of capacity is 0 to 200", "percent", "must be between 0 and 200");
        }
    }
}
