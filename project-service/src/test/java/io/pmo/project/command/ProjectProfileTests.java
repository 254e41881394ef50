package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.FINISH;
import static io.pmo.project.command.ProjectMother.MANAGER;
import static io.pmo.project.command.ProjectMother.NAME;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.START;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;

/** The profile on its own: its checks, and that an unchanged value is no change. */
class ProjectProfileTests {

    private final ProjectProfile profile = profile();

    private static ProjectProfile profile() {
        ProjectProfile profile = new ProjectProfile();
        profile.on(ProjectMother.projectCreated());
        profile.on(ProjectMother.managerAssigned(MANAGER, null));
        profile.on(WorkBreakdownMother.detailsInEuro());
        return profile;
    }

    private static SetProjectDetails details(String sponsor, String unit, String currency) {
        return new SetProjectDetails(PROJECT_ID, sponsor, unit, Methodology.WATERFALL, currency, null);
    }

    @Test
    void anUnchangedValueIsNoChange() {
        assertThat(profile.renames(NAME)).isFalse();
        assertThat(profile.renames("Move")).isTrue();
        assertThat(profile.changesDates(START, FINISH)).isFalse();
        assertThat(profile.changesDates(START, FINISH.plusDays(1))).isTrue();
        assertThat(profile.changesManager(MANAGER)).isFalse();
        assertThat(profile.changesManager("pm-bob")).isTrue();
        assertThat(profile.changesDetails(details("sponsor-1", null, "EUR"), "Infrastructure")).isFalse();
        assertThat(profile.changesDetails(details("sponsor-2", null, "EUR"), "Infrastructure")).isTrue();
    }

    @Test
    void theCurrencyChangesOnlyWhileTheProjectHasNoAmounts() {
        assertThat(profile.checkDetails(details(null, "  Infra  ", "USD"), false)).isEqualTo("Infra");
        assertThat(profile.checkDetails(details(null, " ", "EUR"), true)).isNull();
        assertThatThrownBy(() -> profile.checkDetails(details(null, null, "USD"), true))
                .hasMessage("The project already has amounts in EUR: its currency cannot change");
        assertThatThrownBy(() -> profile.checkDetails(details(null, null, "XYZ"), false))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields).isEqualTo(List.of("currency"));
        assertThatThrownBy(() -> profile.checkDetails(details("not a user id", null, "EUR"), false))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("sponsorId"));
    }

    @Test
    void namesDatesAndManagersAreChecked() {
        assertThatThrownBy(() -> profile.renames(" ")).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("name"));
        assertThatThrownBy(() -> profile.changesDates(FINISH, START)).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("plannedFinish"));
        assertThatThrownBy(() -> profile.changesDates(null, FINISH)).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("plannedStart"));
        assertThatThrownBy(() -> profile.changesManager("a b")).asInstanceOf(type(RuleViolated.class))
                .extracting(RuleViolated::fields).isEqualTo(List.of("managerId"));
    }

    @Test
    void aProjectManagerCreatesOnlyProjectsTheyManage() {
        Caller manager = Caller.of(MANAGER, List.of("PROJECT_MANAGER"));
        assertThat(ProjectProfile.managerFor(ProjectMother.createProject(), manager)).isEqualTo(MANAGER);
        assertThatThrownBy(() -> ProjectProfile.managerFor(ProjectMother.createProjectManagedBy("pm-bob"), manager))
                .isInstanceOf(NotAllowed.class);
        assertThat(ProjectProfile.managerFor(ProjectMother.createProjectManagedBy("pm-bob"),
                Caller.of("admin-1", List.of("PMO_ADMIN")))).isEqualTo("pm-bob");
        assertThatThrownBy(() -> ProjectProfile.managerFor(ProjectMother.createProject(),
                Caller.of("viewer", List.of("VIEWER")))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void theOwnCalendarLiesOnTheEnterpriseCalendarByDate() {
        List<CalendarDay> days = List.of(new CalendarDay(LocalDate.of(2026, 3, 6), false),
                new CalendarDay(LocalDate.of(2026, 3, 7), true));
        assertThat(profile.changesCalendar(days)).isTrue();
        profile.on(new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, days));

        assertThat(profile.changesCalendar(days)).isFalse();
        assertThat(profile.ownCalendar()).containsExactly(Map.entry(LocalDate.of(2026, 3, 6), false),
                Map.entry(LocalDate.of(2026, 3, 7), true));
        assertThat(profile.changesCustomFields(Map.of())).isFalse();
    }
}
