package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static io.pmo.project.command.WorkBreakdownMother.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.FactLedger.Fact;
import io.pmo.project.command.FactLedger.FactKind;
import io.pmo.project.command.ProjectCommands.FileStatusReport;

/** The fact ledger on its own: ids are never reused, only an original fact is corrected, reports are complete. */
class FactLedgerTests {

    private static final LocalDate MARCH_13 = LocalDate.of(2026, 3, 13);

    private final FactLedger ledger = new FactLedger();

    private void recordProgressAndCostWithCorrections() {
        ledger.on(new ProgressReported(PROJECT_ID, TENANT_ID, "design", "p1", MARCH_13, BigDecimal.TEN, null, null,
                List.of()));
        ledger.on(new ProgressCorrected(PROJECT_ID, TENANT_ID, "design", "p2", "p1", MARCH_13, BigDecimal.ONE, null,
                null, List.of(), null));
        ledger.on(new ActualCostRecorded(PROJECT_ID, TENANT_ID, "code", "c1", MARCH_13, euros("100.00")));
        ledger.on(new ActualCostCorrected(PROJECT_ID, TENANT_ID, "code", "c2", "c1", MARCH_13, euros("120.00"), null));
    }

    @Test
    void aCorrectionNamesAnOriginalFactOfItsKindAndAnswersItsTask() {
        recordProgressAndCostWithCorrections();

        assertThat(ledger.correctable("p1", FactKind.PROGRESS)).isEqualTo(new Fact(FactKind.PROGRESS, "design"));
        assertThat(ledger.correctable("c1", FactKind.COST)).isEqualTo(new Fact(FactKind.COST, "code"));
        assertThatThrownBy(() -> ledger.correctable("p2", FactKind.PROGRESS)).isInstanceOf(NotFound.class)
                .hasMessage("No progress fact p2 to correct in this project");
        assertThatThrownBy(() -> ledger.correctable("c2", FactKind.COST))
                .hasMessage("No cost fact c2 to correct in this project");
        assertThatThrownBy(() -> ledger.correctable("p1", FactKind.COST)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> ledger.correctable(null, FactKind.COST)).isInstanceOf(NotFound.class);
    }

    @Test
    void noFactIdIsUsedTwiceWhateverItsKind() {
        recordProgressAndCostWithCorrections();

        ledger.requireNewFact("p3");
        for (String known : List.of("p1", "p2", "c1", "c2")) {
            assertThatThrownBy(() -> ledger.requireNewFact(known)).isInstanceOf(StateConflict.class)
                    .hasMessage("Fact " + known + " already exists");
        }
    }

    @Test
    void aCostHasADateAndAnAmountInTheProjectsCurrency() {
        FactLedger.checkCost(MARCH_13, euros("0.00"), "EUR");
        assertThatThrownBy(() -> FactLedger.checkCost(null, euros("1.00"), "EUR"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("effectiveDate"));
        assertThatThrownBy(() -> FactLedger.checkCost(MARCH_13, null, "EUR"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields).isEqualTo(List.of("amount"));
        assertThatThrownBy(() -> FactLedger.checkCost(MARCH_13, Money.of("1.00", "USD"), "EUR"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("amount.currency"));
        assertThatThrownBy(() -> FactLedger.checkCost(MARCH_13, euros("-1.00"), "EUR"))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields)
                .isEqualTo(List.of("amount.amount"));
    }

    private static FileStatusReport report(String id, Rag risk, String summary) {
        return new FileStatusReport(PROJECT_ID, id, MARCH_13, Rag.GREEN, Rag.AMBER, Rag.GREEN, risk, summary, null);
    }

    @Test
    void aStatusReportRatesEveryDimensionHasASummaryAndANewId() {
        ledger.checkReport(report("r1", Rag.RED, "On track"));
        assertThatThrownBy(() -> ledger.checkReport(report("r1", null, "On track")))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields).isEqualTo(List.of("risk"));
        assertThatThrownBy(() -> ledger.checkReport(report("r1", Rag.RED, " ")))
                .asInstanceOf(type(RuleViolated.class)).extracting(RuleViolated::fields).isEqualTo(List.of("summary"));

        ledger.on(new StatusReportFiled(PROJECT_ID, TENANT_ID, "r1", MARCH_13, Rag.GREEN, Rag.AMBER, Rag.GREEN,
                Rag.RED, "On track"));

        assertThatThrownBy(() -> ledger.checkReport(report("r1", null, null))).isInstanceOf(StateConflict.class)
                .hasMessage("Status report r1 already exists");
        ledger.checkReport(report("r2", Rag.RED, "Still on track"));
    }
}
