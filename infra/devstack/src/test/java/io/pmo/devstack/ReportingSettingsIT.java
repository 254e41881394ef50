package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * reporting-service's RAG thresholds through the gateway: a PMO admin defines them, each change is a new
 * definition version, and an earlier version stays readable as it was (what results computed with it name).
 * Other roles read but do not write; bad thresholds are 422 naming the field.
 */
class ReportingSettingsIT {

    private static final String PATH = "/api/v1/settings/reporting";

    private final Api admin = Api.as("globex", "pmo_admin");

    @Test
    void eachChangeOfTheThresholdsIsANewVersionAndEarlierVersionsStayAsTheyWere() {
        Api.Response first = admin.put(PATH, thresholds("0.97", "0.90"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long firstVersion = first.json().get("definitionVersion").asLong();
        Api.Response second = admin.put(PATH, thresholds("0.99", "0.93"));
        assertThat(second.status()).isEqualTo(200);
        long secondVersion = second.json().get("definitionVersion").asLong();
        assertThat(secondVersion).isEqualTo(firstVersion + 1);

        JsonNode current = Api.as("globex", "viewer").get(PATH + "?minDefinitionVersion=" + secondVersion).json();
        assertThat(current.get("definitionVersion").asLong()).isEqualTo(secondVersion);
        assertThat(current.get("ragThresholds").get("spiAmberBelow").decimalValue()).isEqualByComparingTo("0.99");
        assertThat(current.get("definedBy").asText()).isEqualTo("dev-globex-pmo_admin");
        JsonNode earlier = admin.get(PATH + "/versions/" + firstVersion).json();
        assertThat(earlier.get("ragThresholds").get("spiAmberBelow").decimalValue()).isEqualByComparingTo("0.97");
        assertThat(admin.get(PATH + "/versions/0").json().get("ragThresholds").get("spiAmberBelow").decimalValue())
                .as("the built-in version 0").isEqualByComparingTo("0.95");
    }

    @Test
    void onlyAPmoAdminWritesAndBadThresholdsNameTheField() {
        assertThat(Api.as("globex", "viewer").put(PATH, thresholds("0.97", "0.90")).status()).isEqualTo(403);
        assertThat(Api.as("globex", "project_manager").put(PATH, thresholds("0.97", "0.90")).status()).isEqualTo(403);
        Api.Response refused = admin.put(PATH, thresholds("0.80", "0.90"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("spiRedBelow");
        assertThat(admin.get(PATH + "/versions/9999").status()).isEqualTo(404);
    }

    private static String thresholds(String amber, String red) {
        return "{\"ragThresholds\":{\"spiAmberBelow\":" + amber + ",\"spiRedBelow\":" + red + ",\"cpiAmberBelow\":"
                + amber + ",\"cpiRedBelow\":" + red + ",\"missedMilestonesAmberFrom\":1,\"missedMilestonesRedFrom\":2}}";
    }
}
