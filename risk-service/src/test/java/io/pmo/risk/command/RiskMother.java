package io.pmo.risk.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.pmo.events.project.ProjectStatus;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskRaised;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.testing.FakeProjects;
import io.pmo.risk.query.RiskPolicies;
import io.pmo.risk.query.RiskSettingsView;

/**
 * Risk R of tenant acme on project ERP (managed by pm-1), owned by ro-1; "today" is Monday 4 January 2027; the
 * tenant's settings are the defaults (escalation from 15, 10 days for a HIGH risk to get a response).
 */
final class RiskMother {

    static final String TENANT_ID = "acme";

    static final String R = "f1000000-0000-4000-8000-000000000001";

    static final String ERP = "e1000000-0000-4000-8000-000000000001";

    static final String OLD = "e3000000-0000-4000-8000-000000000003";

    static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC);

    private RiskMother() {
    }

    static RiskRaised raised() {
        return new RiskRaised(R, TENANT_ID, ERP, null, RiskKind.THREAT, "Vendor delay", null, "Supply", null, null,
                "ro-1", LocalDate.of(2027, 3, 1));
    }

    static RiskAssessed assessed(String id, AssessmentKind kind, int probability, int impact, int score, Band band) {
        return new RiskAssessed(R, TENANT_ID, id, kind, probability, impact, score, band, null, null, TODAY, null);
    }

    static Map<String, Object> as(String principal, String roles) {
        return Map.of(PmoMetadata.TENANT_ID, TENANT_ID, PmoMetadata.PRINCIPAL, principal, PmoMetadata.ROLES, roles);
    }

    static Map<String, Object> owner() {
        return as("ro-1", "RISK_OWNER");
    }

    /** The projects and settings the aggregates are given. */
    static final class World extends FakeProjects implements RiskPolicies {

        RiskSettingsView settings = RiskSettingsView.defaults(TENANT_ID);

        World() {
            super(new KnownProject(ERP, TENANT_ID, "ERP", ProjectStatus.ACTIVE, "pm-1", Map.of()),
                    new KnownProject(OLD, TENANT_ID, "Old", ProjectStatus.COMPLETED, "pm-1", Map.of()));
        }

        @Override
        public RiskSettingsView settings(String tenantId) {
            return settings;
        }
    }
}
