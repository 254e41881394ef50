package io.pmo.reporting.command;

import java.math.BigDecimal;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.reporting.rag.RagThresholds;

/** A tenant's RAG definition: each change is the next version; bad thresholds break a rule naming the field. */
class RagDefinitionTests {

    private static final String ID = DefineRagThresholds.definitionIdOf("acme");

    private static final RagThresholds STRICT = new RagThresholds(new BigDecimal("1.00"), new BigDecimal("0.90"),
            new BigDecimal("0.98"), new BigDecimal("0.90"), 1, 1);

    private FixtureConfiguration<RagDefinition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RagDefinition.class);
    }

    @Test
    void theFirstDefinitionIsVersionOneEvenWithTheDefaultThresholds() {
        fixture.givenNoPriorActivity()
                .when(new DefineRagThresholds(ID, "acme", RagThresholds.DEFAULT, null))
                .expectEvents(new RagThresholdsDefined(ID, "acme", 1, RagThresholds.DEFAULT))
                .expectResultMessagePayload(0L);
    }

    @Test
    void eachChangeIsTheNextVersionAndTheSameThresholdsChangeNothing() {
        fixture.given(new RagThresholdsDefined(ID, "acme", 1, RagThresholds.DEFAULT))
                .when(new DefineRagThresholds(ID, "acme", STRICT, null))
                .expectEvents(new RagThresholdsDefined(ID, "acme", 2, STRICT));
        fixture.given(new RagThresholdsDefined(ID, "acme", 1, RagThresholds.DEFAULT),
                new RagThresholdsDefined(ID, "acme", 2, STRICT))
                .when(new DefineRagThresholds(ID, "acme", STRICT, null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesThresholdsOutOfOrderOrRange() {
        refused(new RagThresholds(new BigDecimal("0.80"), new BigDecimal("0.90"), BigDecimal.ONE, BigDecimal.ONE, 1, 2),
                "spiRedBelow");
        refused(new RagThresholds(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2.5"), BigDecimal.ONE, 1, 2),
                "cpiAmberBelow");
        refused(new RagThresholds(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, 1, 2),
                "spiRedBelow");
        refused(new RagThresholds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 0, 2),
                "missedMilestonesAmberFrom");
        refused(new RagThresholds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 3, 2),
                "missedMilestonesRedFrom");
        refused(withRisks(0, null), "highRisksAmberFrom");
        refused(withRisks(null, 0), "highRisksRedFrom");
        refused(withRisks(3, 2), "highRisksRedFrom");
    }

    @Test
    void thresholdsCountingHighRisksAreANewVersionWhileEarlierOnesStayAsDefined() {
        fixture.given(new RagThresholdsDefined(ID, "acme", 1, RagThresholds.DEFAULT))
                .when(new DefineRagThresholds(ID, "acme", withRisks(1, null), null))
                .expectEvents(new RagThresholdsDefined(ID, "acme", 2, withRisks(1, null)));
    }

    private static RagThresholds withRisks(Integer amberFrom, Integer redFrom) {
        RagThresholds d = RagThresholds.DEFAULT;
        return new RagThresholds(d.spiAmberBelow(), d.spiRedBelow(), d.cpiAmberBelow(), d.cpiRedBelow(),
                d.missedMilestonesAmberFrom(), d.missedMilestonesRedFrom(), amberFrom, redFrom);
    }

    @Test
    void anotherTenantCannotChangeItAndSeesNothing() {
        fixture.given(new RagThresholdsDefined(ID, "acme", 1, RagThresholds.DEFAULT))
                .when(new DefineRagThresholds(ID, "globex", STRICT, null), Map.of(PmoMetadata.TENANT_ID, "globex"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    private void refused(RagThresholds thresholds, String field) {
        fixture.givenNoPriorActivity()
                .when(new DefineRagThresholds(ID, "acme", thresholds, null))
                .expectNoEvents()
                .expectException(ruleBrokenAt(field));
    }

    private static Matcher<RuleViolated> ruleBrokenAt(String field) {
        return new CustomTypeSafeMatcher<>("a rule broken at " + field) {
            @Override
            protected boolean matchesSafely(RuleViolated ex) {
                return ex.fields().contains(field);
            }
        };
    }
}
