package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.T0;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.rag.RagThresholds;

/** A tenant's current RAG definition: its highest version, never another tenant's, the built-in one before any. */
class RagDefinitionQueriesTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final RagThresholds THRESHOLDS = RagThresholds.DEFAULT;

    @Test
    void theCurrentDefinitionIsTheTenantsHighestVersion() {
        RagDefinitionQueries definitions = new RagDefinitionQueries(new TenantQueries(mongo.template()));
        for (long version : new long[] { 1, 3, 2 }) {
            mongo.template().save(new RagDefinitionVersion(TENANT_A + "|" + version, TENANT_A, version, THRESHOLDS, T0,
                    "admin"));
        }
        mongo.template().save(new RagDefinitionVersion("globex|7", "globex", 7, THRESHOLDS, T0, "admin"));

        assertThat(definitions.current(TENANT_A).version()).isEqualTo(3);
        assertThat(definitions.current("globex").version()).isEqualTo(7);
        assertThat(definitions.current("initech")).isEqualTo(RagDefinitionVersion.defaultFor("initech"));
    }
}
