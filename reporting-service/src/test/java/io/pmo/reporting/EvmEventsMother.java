package io.pmo.reporting;

import static io.pmo.reporting.ProjectEventsMother.T0;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectEvent;

/**
 * A small earned-value history of one project, as project-service publishes it, one event a minute from
 * {@link ProjectEventsMother#T0}. The baseline starts Monday 4 January 2027 (Monday to Friday): task A,
 * PERCENT_COMPLETE, 4 to 8 January, EUR 1,000.00; task B, FIFTY_FIFTY, 11 to 15 January, EUR 2,000.00
 * (BAC 3,000.00). Sequences:
 * <ol start="0">
 * <li>created, 1 details (EUR), 2 baseline saved, 3 designated the performance baseline,</li>
 * <li value="4">A 40 % effective 8 January, 5 cost of A 500.00 effective 8 January,</li>
 * <li value="6">B started 11 January, 10 % effective 12 January, 7 cost of B 300.00 effective 12 January,</li>
 * <li value="8">late corrections: A was 60 % on 8 January (not 40), 9 A's cost was 450.00 (not 500.00).</li>
 * </ol>
 * At the end of Tuesday 12 January: PV = 1,000.00 + 2/5 x 2,000.00 = 1,800.00; EV = 60 % x 1,000.00 + 50 % x
 * 2,000.00 = 1,600.00; AC = 450.00 + 300.00 = 750.00. As of {@link #BEFORE_CORRECTIONS}: EV 1,400.00, AC 800.00.
 */
public final class EvmEventsMother {

    public static final LocalDate MON = LocalDate.of(2027, 1, 4);

    public static final LocalDate STATUS_DATE = LocalDate.of(2027, 1, 12);

    /** Between the recording of sequence 7 and of the first correction (sequence 8). */
    public static final Instant BEFORE_CORRECTIONS = T0.plusSeconds(7 * 60 + 30);

    private EvmEventsMother() {
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** The project's baseline {@code baselineId}: the two tasks, with task B's cost as given. */
    public static BaselineSaved baseline(String tenantId, String projectId, String baselineId, String costOfB) {
        List<BaselineTask> tasks = List.of(
                new BaselineTask("A", null, "Design", false, 5, MON, MON.plusDays(4), eur("1000.00"),
                        EarnedValueMethod.PERCENT_COMPLETE, List.of()),
                new BaselineTask("B", null, "Build", false, 5, MON.plusDays(7), MON.plusDays(11), eur(costOfB),
                        EarnedValueMethod.FIFTY_FIFTY, List.of()));
        Money bac = eur(new BigDecimal("1000.00").add(new BigDecimal(costOfB)).toPlainString());
        return new BaselineSaved(projectId, tenantId, baselineId, "Plan " + baselineId, MON, MON.plusDays(11), bac,
                List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), List.of(), tasks);
    }

    /** The history above as CloudEvents, sequences 0 to 9, one a minute from {@link ProjectEventsMother#T0}. */
    public static List<CloudEvent> history(String tenantId, String projectId) {
        List<ProjectEvent> events = events(tenantId, projectId);
        List<CloudEvent> history = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            history.add(cloudEvent(events.get(sequence), sequence));
        }
        return history;
    }

    /** The history above as records, sequences 0 to 9; fact ids derive from the project id, so they are unique. */
    public static List<ProjectEvent> events(String tenantId, String projectId) {
        String p1 = "p1-" + projectId;
        String c1 = "c1-" + projectId;
        return List.of(created(tenantId, projectId, "Earned " + projectId.substring(0, 8)),
                new ProjectDetailsChanged(projectId, tenantId, null, null, Methodology.WATERFALL, "EUR"),
                baseline(tenantId, projectId, "b1-" + projectId, "2000.00"),
                new PerformanceBaselineDesignated(projectId, tenantId, "b1-" + projectId, null),
                new ProgressReported(projectId, tenantId, "A", p1, MON.plusDays(4), new BigDecimal("40"), MON, null,
                        List.of()),
                new ActualCostRecorded(projectId, tenantId, "A", c1, MON.plusDays(4), eur("500.00")),
                new ProgressReported(projectId, tenantId, "B", "p2-" + projectId, STATUS_DATE, new BigDecimal("10"),
                        MON.plusDays(7), null, List.of()),
                new ActualCostRecorded(projectId, tenantId, "B", "c2-" + projectId, STATUS_DATE, eur("300.00")),
                new ProgressCorrected(projectId, tenantId, "A", "p3-" + projectId, p1, MON.plusDays(4),
                        new BigDecimal("60"), MON, null, List.of(), "reported on the wrong sheet"),
                new ActualCostCorrected(projectId, tenantId, "A", "c3-" + projectId, c1, MON.plusDays(4),
                        eur("450.00"), "credit note"));
    }
}
