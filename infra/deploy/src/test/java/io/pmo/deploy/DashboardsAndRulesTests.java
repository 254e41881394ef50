package io.pmo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboards and Prometheus rules parse and are complete: every panel has a place, a title and
 * PromQL targets on the provisioned datasource; every alert has a severity and a summary; every expression's
 * brackets balance. That each metric they name is exported is checked on the running stack (DashboardMetricsIT).
 */
class DashboardsAndRulesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theFourDashboardsAreProvisionedFromTheDashboardsFolder() throws IOException {
        assertThat(files("grafana/dashboards", ".json")).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("pmo-platform-health.json", "pmo-event-flow.json", "pmo-api-latency.json",
                        "pmo-business-overview.json");
        JsonNode provider = YAML.readTree(DeployFiles.file("grafana/provisioning/dashboards/pmo.yaml").toFile());
        assertThat(provider.at("/providers/0/options/path").asText()).isEqualTo("/var/lib/grafana/dashboards");
        JsonNode datasource = YAML.readTree(
                DeployFiles.file("grafana/provisioning/datasources/prometheus.yaml").toFile());
        assertThat(datasource.at("/datasources/0/uid").asText()).isEqualTo("pmo-prometheus");
    }

    @Test
    void everyPanelHasAPlaceATitleAndPromQlTargetsOnTheProvisionedDatasource() throws IOException {
        Set<String> uids = new HashSet<>();
        for (Path file : files("grafana/dashboards", ".json")) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid in " + file).isTrue();
            assertThat(dashboard.path("title").asText()).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            assertThat(dashboard.path("panels")).as("panels of " + file).isNotEmpty();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file.getFileName() + " panel " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as("unique id: " + where).isTrue();
                assertThat(panel.path("title").asText()).as(where).isNotBlank();
                assertThat(panel.path("gridPos").path("w").asInt()).as(where).isBetween(1, 24);
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("pmo-prometheus");
                assertThat(panel.path("targets")).as(where).isNotEmpty().allSatisfy(target -> {
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo("pmo-prometheus");
                    assertBalanced(target.path("expr").asText(), where);
                });
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                assertBalanced(variable.path("query").path("query").asText(), file + " variable");
            }
        }
    }

    @Test
    void everyAlertHasAnExpressionASeverityAndASummary() throws IOException {
        List<String> alerts = new ArrayList<>();
        for (Path file : files("prometheus/rules", ".yml")) {
            JsonNode rules = YAML.readTree(file.toFile());
            assertThat(rules.path("groups")).as("groups of " + file).isNotEmpty();
            for (JsonNode group : rules.path("groups")) {
                assertThat(group.path("name").asText()).isNotBlank();
                for (JsonNode rule : group.path("rules")) {
                    String alert = rule.path("alert").asText();
                    alerts.add(alert);
                    assertThat(alert).as("alert name in " + file).matches("Pmo[A-Za-z]+");
                    assertBalanced(rule.path("expr").asText(), alert);
                    assertThat(rule.path("labels").path("severity").asText()).as(alert)
                            .isIn("critical", "warning", "info");
                    assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
                    if (rule.has("for")) {
                        assertThat(rule.path("for").asText()).as(alert).matches("\\d+[smh]");
                    }
                }
            }
        }
        assertThat(alerts).doesNotHaveDuplicates().contains("PmoServiceDown", "PmoReadModelLagHigh",
                "PmoConsumerDeadLetters", "PmoProcessorDeadLettersNotEmpty", "PmoHighErrorRate");
    }

    @Test
    void anUnbalancedExpressionIsCaught() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertBalanced("sum(rate(x[5m])", "broken"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertBalanced("x{a=\"b\"]", "broken"))
                .isInstanceOf(AssertionError.class);
    }

    /** Brackets outside string literals open and close in order. */
    private static void assertBalanced(String promQl, String where) {
        assertThat(promQl).as("expression of " + where).isNotBlank();
        StringBuilder open = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < promQl.length(); i++) {
            char c = promQl.charAt(i);
            if (c == '"' && (i == 0 || promQl.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            else if (!quoted && "([{".indexOf(c) >= 0) {
                open.append(c);
            }
            else if (!quoted && ")]}".indexOf(c) >= 0) {
                assertThat(open).as("bracket %s at %d of %s in %s", c, i, promQl, where).isNotEmpty();
                assertThat(open.charAt(open.length() - 1)).as("bracket %s at %d of %s in %s", c, i, promQl, where)
                        .isEqualTo("([{".charAt(")]}".indexOf(c)));
                open.setLength(open.length() - 1);
            }
        }
        assertThat(quoted).as("unterminated string in " + where).isFalse();
        assertThat(open).as("unclosed brackets in " + promQl + " of " + where).isEmpty();
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(DeployFiles.file(folder))) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
