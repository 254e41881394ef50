package io.pmo.reporting.query;

import static io.pmo.reporting.EvmEventsMother.BEFORE_CORRECTIONS;
import static io.pmo.reporting.EvmEventsMother.STATUS_DATE;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.received;
import static io.pmo.reporting.ProjectEventsMother.renamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.evm.EarnedValue;

/** The earned-value inputs read model on the Mongo-wire server: what it keeps, and that it keeps it once. */
class EvmInputsProjectionTests {

    @RegisterExtension
    static final TestMongo MONGO = new TestMongo();

    private final EvmInputsProjection projection = new EvmInputsProjection(MONGO.template());

    private String projectId;

    private List<ProjectEvent> events;

    @BeforeEach
    void aProjectWithAnEarnedValueHistory() {
        projectId = newProjectId();
        events = EvmEventsMother.events(TENANT_A, projectId);
    }

    @Test
    void keepsBaselineFactsAndCorrectionsSoTheCalculatorSeesTheCorrectedFiguresAndAsOfTheOldOnes() {
        applyAll();

        EvmInputs inputs = inputs();
        assertThat(inputs.tenantId()).isEqualTo(TENANT_A);
        assertThat(inputs.currency()).isEqualTo("EUR");
        assertThat(inputs.performanceBaselineId()).isEqualTo("b1-" + projectId);
        assertThat(inputs.progress()).hasSize(3);
        assertThat(inputs.costs()).hasSize(3);
        assertThat(inputs.costs().get("c3-" + projectId).amount()).isEqualTo("450.00");
        assertThat(inputs.lastSequence()).isEqualTo(9);
        assertThat(inputs.sources()).containsEntry(projectId, 9L);

        var calculator = inputs.calculator(inputs.performanceBaseline().orElseThrow());
        // see EvmEventsMother: PV 1,800.00, EV 600.00 + 1,000.00, AC 450.00 + 300.00
        EarnedValue now = calculator.at(STATUS_DATE);
        assertThat(now.bac()).isEqualByComparingTo("3000.00");
        assertThat(now.pv()).isEqualByComparingTo("1800.00");
        assertThat(now.ev()).isEqualByComparingTo("1600.00");
        assertThat(now.ac()).isEqualByComparingTo("750.00");
        // before the corrections were recorded: A was 40 % (EV 400.00 + 1,000.00) and cost 500.00
        EarnedValue before = calculator.at(STATUS_DATE, BEFORE_CORRECTIONS);
        assertThat(before.ev()).isEqualByComparingTo("1400.00");
        assertThat(before.ac()).isEqualByComparingTo("800.00");
    }

    @Test
    void aRedeliveredOlderEventOrTheLastOneAgainChangesNothing() {
        applyAll();
        Document applied = raw();

        assertThat(apply(events.get(4), 4, Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThat(apply(events.get(9), 9, Instant.parse("2030-01-01T00:00:00Z"))).isFalse();

        assertThat(raw()).isEqualTo(applied);
    }

    @Test
    void everyProjectEventAdvancesTheVersionEvenWithoutEarnedValueInputs() {
        applyAll();

        assertThat(apply(renamed(TENANT_A, projectId, "Earned", "Earned 2"), 10, Instant.now())).isTrue();

        assertThat(inputs().lastSequence()).isEqualTo(10);
        assertThat(inputs().costs()).hasSize(3);
    }

    @Test
    void aLaterDesignationSwitchesThePerformanceBaselineAndKeepsTheEarlierOne() {
        applyAll();
        apply(EvmEventsMother.baseline(TENANT_A, projectId, "b2-" + projectId, "4000.00"), 10, Instant.now());
        apply(new PerformanceBaselineDesignated(projectId, TENANT_A, "b2-" + projectId, "b1-" + projectId), 11,
                Instant.now());

        EvmInputs inputs = inputs();
        assertThat(inputs.baselines()).containsOnlyKeys("b1-" + projectId, "b2-" + projectId);
        assertThat(inputs.performanceBaseline().orElseThrow().budgetAtCompletion().amount())
                .isEqualByComparingTo("5000.00");
    }

    @Test
    void hasNoPerformanceBaselineUntilOneIsDesignated() {
        for (int sequence = 0; sequence < 3; sequence++) {
            apply(events.get(sequence), sequence, Instant.now());
        }

        assertThat(inputs().baselines()).hasSize(1);
        assertThat(inputs().performanceBaseline()).isEmpty();
    }

    /** Instants as Mongo dates would keep milliseconds only; an asOf between two nanoseconds must still tell. */
    @Test
    void keepsTheRecordingInstantToTheNanosecond() {
        applyAll();
        Instant recorded = Instant.parse("2027-01-13T10:00:00.123456789Z");
        apply(new ActualCostRecorded(projectId, TENANT_A, "B", "c4-" + projectId, STATUS_DATE,
                EvmEventsMother.eur("10.00")), 10, recorded);

        var calculator = inputs().calculator(inputs().performanceBaseline().orElseThrow());
        assertThat(calculator.at(STATUS_DATE, recorded.minusNanos(1)).ac()).isEqualByComparingTo("750.00");
        assertThat(calculator.at(STATUS_DATE, recorded).ac()).isEqualByComparingTo(new BigDecimal("760.00"));
    }

    @Test
    void refusesAFactIdThatCannotBeAFieldNameSoTheEventIsDeadLetteredNotMangled() {
        ProjectEvent dotted = new ActualCostRecorded(projectId, TENANT_A, "A", "c.1", STATUS_DATE,
                EvmEventsMother.eur("1.00"));

        assertThatThrownBy(() -> apply(dotted, 0, Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThat(MONGO.template().findById(projectId, EvmInputs.class)).isNull();
    }

    private void applyAll() {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            assertThat(apply(events.get(sequence), sequence, null)).isTrue();
        }
    }

    /** Applies the event at its sequence, recorded at {@code time} (null: the mother's minute). */
    private boolean apply(ProjectEvent event, long sequence, Instant time) {
        var envelope = time == null ? cloudEvent(event, sequence) : cloudEvent(event, sequence, time);
        return projection.apply(event, received(envelope, event));
    }

    private EvmInputs inputs() {
        return MONGO.template().findById(projectId, EvmInputs.class);
    }

    private Document raw() {
        return MONGO.template().findById(projectId, Document.class, EvmInputs.COLLECTION);
    }
}
