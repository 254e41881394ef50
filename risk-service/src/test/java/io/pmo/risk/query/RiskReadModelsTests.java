package io.pmo.risk.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.MitigationActionAdded;
import io.pmo.events.risk.MitigationActionOverdue;
import io.pmo.events.risk.ResponsePlanned;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskRaised;
import io.pmo.events.risk.RiskStatus;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.query.TenantQueries;

/** The risk register's read models on the MongoDB-wire server: the register row, the history of scores, replays. */
class RiskReadModelsTests {

    private static final String R = "f1000000-0000-4000-8000-000000000001";

    private static final String R2 = "f2000000-0000-4000-8000-000000000002";

    private static final String ERP = "e1000000-0000-4000-8000-000000000001";

    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

    private MongoServer server;

    private MongoClient client;

    private RiskViewProjection views;

    private RiskAssessmentProjection assessments;

    private RiskQueries queries;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoTemplate mongo = new MongoTemplate(client, "pmo_risk");
        views = new RiskViewProjection(mongo);
        assessments = new RiskAssessmentProjection(mongo);
        queries = new RiskQueries(new TenantQueries(mongo), mongo);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private static RiskRaised raised(String id) {
        return new RiskRaised(id, "acme", ERP, null, RiskKind.THREAT, "Vendor delay", null, "Supply", null, null,
                "ro-1", null);
    }

    private void assess(String id, long sequence, AssessmentKind kind, int probability, int impact, Band band) {
        RiskAssessed event = new RiskAssessed(R, "acme", id, kind, probability, impact, probability * impact, band,
                Money.of("10000.00", "EUR"), Money.of("5000.00", "EUR"), DAY, null);
        views.on(event, sequence);
        assessments.on(event, sequence, AT, GenericEventMessage.asEventMessage(event)
                .andMetaData(Map.of(PmoMetadata.PRINCIPAL, "ro-1")));
    }

    @Test
    void theRegisterRowFollowsTheRiskAndTheHistoryKeepsEveryScore() {
        views.on(raised(R), 0);
        assess("as-1", 1, AssessmentKind.INHERENT, 4, 4, Band.HIGH);
        views.on(new RiskEscalated(R, "acme", EscalationReason.EXPOSURE, 16, Band.HIGH, 15), 2);
        views.on(new ResponsePlanned(R, "acme", ResponseStrategy.MITIGATE, "Second vendor"), 3);
        views.on(new MitigationActionAdded(R, "acme", "ac-1", "Sign", "ro-2", DAY.plusDays(5)), 4);
        views.on(new MitigationActionOverdue(R, "acme", "ac-1", DAY.plusDays(5), DAY.plusDays(6)), 5);
        views.on(new MitigationActionOverdue(R, "acme", "ac-1", DAY.plusDays(5), DAY.plusDays(6)), 5);
        assess("as-2", 6, AssessmentKind.RESIDUAL, 2, 4, Band.MEDIUM);
        assess("as-2", 6, AssessmentKind.RESIDUAL, 2, 4, Band.MEDIUM);

        RiskView risk = queries.find("acme", R).orElseThrow();
        assertThat(risk.status()).isEqualTo(RiskStatus.RESPONDING);
        assertThat(risk.inherent().score()).isEqualTo(16);
        assertThat(risk.residual().band()).isEqualTo(Band.MEDIUM);
        assertThat(risk.escalated()).isEqualTo(EscalationReason.EXPOSURE);
        assertThat(risk.actions()).singleElement().satisfies(action -> assertThat(action.overdue()).isTrue());
        assertThat(queries.assessments("acme", R, 0, 50).items()).extracting(RiskAssessmentView::score)
                .containsExactly(16, 8);
        assertThat(queries.assessments("acme", R, 0, 50).items().get(0).assessedBy()).isEqualTo("ro-1");
        assertThat(queries.find("globex", R)).isEmpty();
    }

    @Test
    void aProjectsOpenRisksLeaveOutTheClosedOnes() {
        views.on(raised(R), 0);
        views.on(raised(R2), 0);
        views.on(new RiskClosed(R2, "acme", "Passed", DAY), 1);

        assertThat(queries.openRisksOf("acme", ERP)).containsExactly(R);
        assertThat(queries.list("acme", ERP, null, RiskStatus.CLOSED, null, 0, 50).items())
                .extracting(RiskView::riskId).containsExactly(R2);
        assertThat(queries.openRisksOf("globex", ERP)).isEmpty();
    }
}
