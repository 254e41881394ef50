package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;
import io.pmo.platform.metrics.GaugeQuery;
import org.junit.jupiter.api.Test;

/**
 * Every metric that a Grafana panel or a Prometheus alert rule of {@code infra/deploy} names is one the services of
 * the embedded stack export: found on their {@code /actuator/prometheus} after some traffic, or (for the business
 * gauges, which have series only once a tenant has such data) declared by a {@link GaugeQuery} bean. A renamed
 * metric, or a query with a typo, fails here instead of showing an empty panel or an alert that never fires.
 */
class DashboardMetricsIT {

    /** Metrics Prometheus itself makes, not the services. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    /** PromQL words that look like metric names but are functions' keywords, aggregations or operators. */
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "sum", "min", "max", "avg", "count", "topk",
            "bottomk", "quantile", "stddev", "stdvar", "count_values", "group", "inf", "nan");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void everyMetricThatADashboardOrAnAlertNamesIsExportedByTheServices() {
        TreeMap<String, Set<String>> referenced = referencedMetrics();
        assertThat(referenced).as("metrics named by the dashboards and rules").hasSizeGreaterThan(20)
                .containsKeys("http_server_requests_seconds_bucket", "pmo_consumer_lag_seconds_bucket",
                        "pmo_projects", "pmo_risks_open");
        api.createProject("Dashboards " + UUID.randomUUID());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Set<String> exported = exportedMetrics();
            TreeMap<String, Set<String>> missing = new TreeMap<>(referenced);
            missing.keySet().removeAll(exported);
            missing.keySet().removeAll(PROMETHEUS_OWN);
            assertThat(missing).as("metrics that dashboards or rules name (with the files naming them) but no "
                    + "service exports").isEmpty();
        });
    }

    @Test
    void theBusinessGaugesCarryABoundedTenantTagOnTheScrape() {
        api.createProject("Gauges " + UUID.randomUUID());
        Api reporting = Api.anonymous("http://localhost:" + stack.ports().reporting());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reporting.get("/actuator/prometheus")
                .body()).containsPattern("pmo_projects\\{service=\"reporting-service\",status=\"PROPOSED\","
                        + "tenant=\"acme\"} [1-9]"));
    }

    @Test
    void extractsMetricNamesFromPromQlAndNothingElse() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (service, le) (rate(http_server_requests_seconds_bucket"
                + "{service=~\"$service\",status=~\"5..\"}[$__rate_interval])))")).containsExactly(
                        "http_server_requests_seconds_bucket");
        assertThat(metricNames("sum by (tenant) (pmo_a{tenant=~\"$tenant\"}) / on (tenant) group_left pmo_b > 0.5"))
                .containsExactly("pmo_a", "pmo_b");
        assertThat(metricNames("increase(pmo_c_total{outcome=~\"dead_lettered|parked\"}[15m]) > 0 and up == 1"))
                .containsExactly("pmo_c_total", "up");
    }

    /** Metric name to the dashboard or rule files naming it. */
    private static TreeMap<String, Set<String>> referencedMetrics() {
        TreeMap<String, Set<String>> referenced = new TreeMap<>();
        Path deploy = deployDirectory();
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path file : files(deploy.resolve("grafana/dashboards"), ".json")) {
            read(json, file).findValues("expr").forEach(expr -> metricNames(expr.asText())
                    .forEach(name -> referenced.computeIfAbsent(name, n -> new TreeSet<>()).add(file.toString())));
        }
        for (Path file : files(deploy.resolve("prometheus/rules"), ".yml")) {
            read(yaml, file).findValues("expr").forEach(expr -> metricNames(expr.asText())
                    .forEach(name -> referenced.computeIfAbsent(name, n -> new TreeSet<>()).add(file.toString())));
        }
        return referenced;
    }

    /** The metric names of a PromQL expression: identifiers outside strings, label matchers, ranges and groupings. */
    static Set<String> metricNames(String promQl) {
        String bare = promQl.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String word = matcher.group();
            boolean function = bare.substring(matcher.end()).stripLeading().startsWith("(");
            boolean number = matcher.start() > 0 && Character.isDigit(bare.charAt(matcher.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    private Set<String> exportedMetrics() {
        Set<String> exported = new TreeSet<>();
        for (int port : List.of(stack.ports().gateway(), stack.ports().project(), stack.ports().portfolio(),
                stack.ports().resource(), stack.ports().risk(), stack.ports().reporting())) {
            Api.Response scrape = Api.anonymous("http://localhost:" + port).get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            scrape.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(exported::add);
        }
        PrometheusNamingConvention naming = new PrometheusNamingConvention();
        for (String service : List.of(DevStack.PROJECT, DevStack.PORTFOLIO, DevStack.RESOURCE, DevStack.RISK,
                DevStack.REPORTING)) {
            stack.context(service).getBeansOfType(GaugeQuery.class).values()
                    .forEach(query -> exported.add(naming.name(query.name(), Meter.Type.GAUGE)));
        }
        return exported;
    }

    private static Path deployDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here.resolve("../deploy"), here.resolve("infra/deploy"))) {
            if (Files.isDirectory(candidate.resolve("grafana"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("infra/deploy not found from " + here);
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as(suffix + " files in " + directory).isNotEmpty();
            return found;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
