package io.pmo.project.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.DateRange;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.UserId;
import io.pmo.platform.security.PmoRole;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;

/**
 * What the project is: its name, planned dates, manager, sponsor, business unit, methodology, currency, its own
 * calendar exceptions and its custom field values. A part of the {@link Project}: it checks a new value and says
 * whether it changes anything (an unchanged value records no event), and is handed the events that change it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class ProjectProfile {

    /** User ids as tokens carry them in {@code sub}. */

    private String name;

    private LocalDate plannedStart;

    private LocalDate plannedFinish;

    private String managerId;

    private String sponsorId;

    private String businessUnit;

    private Methodology methodology;

    /** ISO 4217; null until the details are first set. Every amount of the project is in it. */
    private String currency;

    /*
     * Collections are declared with their concrete types: a snapshot restores the declared type, and a plain
     * Map would come back in another order.
     */

    /** The project's own calendar exceptions, ascending by date. */
    private ArrayList<CalendarDay> calendarExceptions = new ArrayList<>();

    /** Custom field values in canonical form, by key. */
    private TreeMap<String, String> customFieldValues = new TreeMap<>();

    /**
     * The manager of a new project. A project manager creates only projects they manage: they become the manager,
     * and naming someone else is not allowed. An admin (or the platform itself) may name any manager, or none yet.
     */
    static String managerFor(CreateProject command, Caller caller) {
        if (command.managerId() != null) {
            checkManagerId(command.managerId());
        }
        if (caller.internal() || caller.isAdmin()) {
            return command.managerId();
        }
        if (!caller.hasRole(PmoRole.PROJECT_MANAGER)) {
            throw new NotAllowed("Only a PMO admin or a project manager creates projects");
        }
        if (command.managerId() != null && !caller.is(command.managerId())) {
            throw new NotAllowed("A project manager creates only projects they manage");
        }
        return caller.principal();
    }

    static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolated("A project needs a name", "name", "must not be blank");
        }
    }

    static void checkDates(LocalDate start, LocalDate finish) {
        if (start == null || finish == null) {
            throw new RuleViolated("A project needs a planned start and finish",
                    start == null ? "plannedStart" : "plannedFinish", "must not be null");
        }
        if (!DateRange.isOrdered(start, finish)) {
            throw new RuleViolated("The planned finish " + finish + " is before the planned start " + start,
                    "plannedFinish", "must not be before plannedStart");
        }
    }

    private static void checkManagerId(String userId) {
        if (!UserId.isValid(userId)) {
            throw new RuleViolated("A project manager is named by a user id", "managerId",
                    UserId.RULE);
        }
    }

    boolean renames(String newName) {
        checkName(newName);
        return !Objects.equals(name, newName);
    }

    boolean changesDates(LocalDate start, LocalDate finish) {
        checkDates(start, finish);
        return !Objects.equals(plannedStart, start) || !Objects.equals(plannedFinish, finish);
    }

    boolean changesManager(String newManagerId) {
        checkManagerId(newManagerId);
        return !Objects.equals(managerId, newManagerId);
    }

    /**
     * Checks new details; the currency changes only while the project has no amounts. Answers the business unit as
     * recorded (stripped, null if blank).
     */
    String checkDetails(SetProjectDetails details, boolean hasAmounts) {
        if (details.sponsorId() != null && !UserId.isValid(details.sponsorId())) {
            throw new RuleViolated("A sponsor is named by a user id", "sponsorId",
                    UserId.RULE);
        }
        if (details.methodology() == null) {
            throw new RuleViolated("A project needs a methodology", "methodology", "must not be null");
        }
        Amounts.requireCurrencyCode(details.currency());
        if (currency != null && !currency.equals(details.currency()) && hasAmounts) {
            throw new RuleViolated("The project already has amounts in " + currency
                    + ": its currency cannot change", "currency", "must stay " + currency);
        }
        return details.businessUnit() == null || details.businessUnit().isBlank() ? null
                : details.businessUnit().strip();
    }

    boolean changesDetails(SetProjectDetails details, String unit) {
        return !Objects.equals(sponsorId, details.sponsorId()) || !Objects.equals(businessUnit, unit)
                || methodology != details.methodology() || !Objects.equals(currency, details.currency());
    }

    boolean changesCalendar(List<CalendarDay> exceptions) {
        return !exceptions.equals(calendarExceptions);
    }

    boolean changesCustomFields(Map<String, String> values) {
        return !values.equals(customFieldValues);
    }

    /** The project's own calendar exceptions, to lay on the tenant's enterprise calendar. */
    Map<LocalDate, Boolean> ownCalendar() {
        Map<LocalDate, Boolean> byDate = new LinkedHashMap<>();
        calendarExceptions.forEach(day -> byDate.put(day.date(), day.working()));
        return byDate;
    }

    String name() {
        return name;
    }

    LocalDate plannedStart() {
        return plannedStart;
    }

    String managerId() {
        return managerId;
    }

    String currency() {
        return currency;
    }

    void on(ProjectCreated event) {
        name = event.name();
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
    }

    void on(ProjectRenamed event) {
        name = event.name();
    }

    void on(ProjectPlannedDatesChanged event) {
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
    }

    void on(ProjectManagerAssigned event) {
        managerId = event.managerId();
    }

    void on(ProjectDetailsChanged event) {
        sponsorId = event.sponsorId();
        businessUnit = event.businessUnit();
        methodology = event.methodology();
        currency = event.currency();
    }

    void on(ProjectCalendarChanged event) {
        calendarExceptions = new ArrayList<>(event.exceptions());
    }

    void on(ProjectCustomFieldsChanged event) {
        customFieldValues = new TreeMap<>(event.values());
    }
}
