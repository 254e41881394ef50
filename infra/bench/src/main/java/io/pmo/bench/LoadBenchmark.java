package io.pmo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.springframework.core.env.MapPropertySource;

import io.pmo.devstack.DevStack;
import io.pmo.platform.kafka.KafkaEventPublisher;
import io.pmo.platform.testing.EventStoreProbes;
import io.pmo.platform.testing.KafkaProbes;
import io.pmo.platform.testing.Quiescence;

/**
 * Issue 15's load benchmark of the embedded dev stack, in one process and one run: the stack's cold start and
 * memory, the raw baselines (bare inserts into its PostgreSQL, a bare Kafka round trip on its broker, a bare read of
 * the project topic), then an open-model load of a realistic request mix over thousands of projects through the
 * gateway: the saturation rate, the latency at 70 % of it, the gateway's cost against the services called directly,
 * and the event-to-read-model lag. Figures come as ratios to the baselines, in a table on stdout and a JSON file.
 *
 * <p>Run: {@code java -jar infra/bench/target/pmo-bench.jar [--quick] [--projects=N] [--out=DIR]
 * [--property=<service>:<key>=<value>]...}. Measured, not
 * asserted: nothing here fails on a slow figure.
 */
public final class LoadBenchmark {

    private static final String PROJECT_TOPIC = "pmo.project.events";

    private static final SaturationSearch.Criteria PASSES = new SaturationSearch.Criteria(0.95, 0.01, 1_000);

    /** How long each phase runs: full, or quick (a few minutes in all). */
    record Settings(boolean quick, int projects, Duration step, Duration steady, Duration compare, int bisections,
            Duration insertRun, int kafkaMessages) {

        static Settings of(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            int projects = quick ? 300 : 2_000;
            for (String arg : args) {
                if (arg.startsWith("--projects=")) {
                    projects = Integer.parseInt(arg.substring("--projects=".length()));
                }
            }
            return quick ? new Settings(true, projects, Duration.ofSeconds(6), Duration.ofSeconds(20),
                    Duration.ofSeconds(10), 2, Duration.ofSeconds(3), 1_000)
                    : new Settings(false, projects, Duration.ofSeconds(10), Duration.ofSeconds(60),
                            Duration.ofSeconds(20), 3, Duration.ofSeconds(5), 3_000);
        }
    }

    private static final double START_RATE = 25;

    private static final double MAX_RATE = 20_000;

    private static final int MAX_IN_FLIGHT = 128;

    private static final double KAFKA_RATE = 200;

    /** How many windows each side of the gateway/direct comparison runs, alternating. */
    private static final int COMPARE_WINDOWS = 4;

    private final Settings settings;

    private final DevStack stack;

    private final Http http = new Http();

    private final OpenLoad load = new OpenLoad(OpenLoad.Clock.SYSTEM, MAX_IN_FLIGHT, Duration.ofSeconds(60));

    private final Report report = new Report();

    private LoadBenchmark(Settings settings, DevStack stack) {
        this.settings = settings;
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.of(args);
        Path out = Path.of(option(args, "--out=", Files.isDirectory(Path.of("infra/bench")) ? "infra/bench/target/bench"
                : "target/bench"));
        Path data = Files.createTempDirectory("pmo-bench-");
        DevStack.Builder builder = DevStack.builder().dataDirectory(data).ports(DevStack.Ports.free());
        List<String> overrides = overrides(args, builder);
        DevStack stack = builder.start();
        long rssKb = DevStack.residentSetKb();
        Report report;
        try {
            LoadBenchmark benchmark = new LoadBenchmark(settings, stack);
            benchmark.report.context("property overrides", overrides.isEmpty() ? "none" : overrides);
            benchmark.report.figure("dev stack cold start", stack.startTime().toMillis() / 1000.0, "s")
                    .figure("dev stack RSS after start", rssKb / 1024.0, "MB");
            report = benchmark.run();
        }
        finally {
            stack.close();
            deleteRecursively(data);
        }
        Files.createDirectories(out);
        Path json = out.resolve("results-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
        Files.writeString(json, report.toJson());
        System.out.println();
        System.out.println(report.toTable());
        System.out.println("JSON: " + json.toAbsolutePath());
        System.exit(0);
    }

    private Report run() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        report.context("mode", settings.quick() ? "quick" : "full")
                .context("machine", cores + " cores, " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB max heap, Java " + Runtime.version())
                .context("load generator", "in the stack's JVM, sharing its " + cores + " cores (numbers are"
                        + " lower than on a separate client); java.net.http HTTP/1.1 keep-alive, <= " + MAX_IN_FLIGHT
                        + " requests in flight, open model, latency from intended start (coordinated omission"
                        + " corrected), HdrHistogram")
                .context("mix", mixDescription())
                .context("saturation criteria", PASSES + "; steps of " + settings.step().toSeconds() + " s, doubling from "
                        + START_RATE + "/s then " + settings.bisections() + " bisections");
        Map<String, String> managers = new HashMap<>();
        Map<String, String> viewers = new HashMap<>();
        for (String tenant : Mix.TENANTS) {
            managers.put(tenant, http.bearer(stack.issuerUrl(), tenant, "project_manager"));
            viewers.put(tenant, http.bearer(stack.issuerUrl(), tenant, "viewer"));
        }
        String scrape = "http://localhost:" + stack.ports().reporting() + "/actuator/prometheus";
        LagHistogram beforeWarmUp = lag(scrape);
        long warmUpStart = System.nanoTime();
        List<Mix.Project> projects = setUpProjects(managers);
        long drainStart = System.nanoTime();
        quiesce(Duration.ofMinutes(20));
        double warmUpDrain = (System.nanoTime() - drainStart) / 1e9;
        double warmUpEvents = lag(scrape).since(beforeWarmUp).count();
        double catchUp = warmUpEvents * 1e9 / (System.nanoTime() - warmUpStart);
        log("read side caught up %.1f s after the warm-up: %.0f events, %.0f events/s", warmUpDrain, warmUpEvents,
                catchUp);
        report.figure("warm-up: read side caught up after it in", warmUpDrain, "s");

        Baselines baselines = new Baselines(stack.infrastructure());
        double inserts = baselines.insertsPerSecond(settings.insertRun(), 1);
        double batchedInserts = baselines.insertsPerSecond(settings.insertRun(), 100);
        Histogram kafka = baselines.kafkaRoundTrips(settings.kafkaMessages(), KAFKA_RATE);
        log("raw inserts %.0f/s (autocommit), %.0f/s (batches of 100); raw Kafka round trip p50 %.2f ms, p99 %.2f ms",
                inserts, batchedInserts, millis(kafka, 50), millis(kafka, 99));
        report.figure("raw INSERT, autocommit per row", inserts, "rows/s")
                .figure("raw INSERT, batches of 100", batchedInserts, "rows/s", Report.ratio(batchedInserts, inserts),
                        "autocommit rows/s")
                .figure("raw Kafka round trip p50", millis(kafka, 50), "ms", Double.NaN, null,
                        settings.kafkaMessages() + " msgs at " + (int) KAFKA_RATE + "/s, acks=all, idempotent, linger 0")
                .figure("raw Kafka round trip p99", millis(kafka, 99), "ms");

        Mix mix = new Mix(projects, managers, viewers, 15);
        Mix.Targets gateway = Mix.Targets.gateway(stack.gatewayUrl());
        SaturationSearch.Result<OpenLoad.Step> search = new SaturationSearch(PASSES, MAX_RATE, settings.bisections())
                .search(START_RATE, rate -> step("saturation", mix, gateway, rate, settings.step()));
        report.context("saturation steps", search.runs().stream().map(OpenLoad.Step::toString).toList());
        OpenLoad.Step best = search.best() != null ? search.best() : search.runs().get(0);
        report.figure("saturation, mix through gateway", search.saturation(), "requests/s")
                .figure("saturation commands", best.commandsPerSecond(), "commands/s",
                        Report.ratio(best.commandsPerSecond(), inserts), "raw autocommit INSERT rows/s",
                        search.best() == null ? "even the first rate failed" : null);

        double steadyRate = 0.7 * search.saturation();
        LagHistogram lagBefore = lag(scrape);
        OpenLoad.Step steady = run("steady 70 %", mix, gateway, steadyRate, settings.steady());
        LagHistogram lagAtEnd = lag(scrape);
        drainStart = System.nanoTime();
        quiesce();
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        LagHistogram lag = lag(scrape).since(lagBefore);
        double consumed = lagAtEnd.since(lagBefore).count() * 1e9 / steady.elapsedNanos();
        report.figure("70 % of saturation: offered", steady.offered(), "requests/s")
                .figure("70 %: achieved", steady.achieved(), "requests/s", Report.ratio(steady.achieved(),
                        steady.offered()), "offered")
                .figure("70 %: commands", steady.commandsPerSecond(), "commands/s")
                .figure("70 %: p50", steady.millis(50), "ms")
                .figure("70 %: p99", steady.millis(99), "ms")
                .figure("70 %: p99.9", steady.millis(99.9), "ms")
                .figure("70 %: errors", steady.sent() - steady.ok(), "requests", Double.NaN, null,
                        steady.failures().isEmpty() ? null : "by status " + steady.failures());
        double lag50 = lag.quantileMillis(0.5);
        double lag99 = lag.quantileMillis(0.99);
        report.figure("read-model lag p50 (event time -> Mongo write)", lag50, "ms", Report.ratio(lag50,
                millis(kafka, 50)), "raw Kafka round trip p50", String.format("%.0f events of the 70 %% run,"
                        + " reporting-service's pmo_consumer_lag_seconds buckets", lag.count()))
                .figure("read-model lag p99", lag99, "ms", Report.ratio(lag99, millis(kafka, 99)),
                        "raw Kafka round trip p99")
                .figure("reporting consumer during the 70 % run", consumed, "events/s", Report.ratio(consumed,
                        steady.commandsPerSecond()), "commands/s", "below 1: the read side falls behind")
                .figure("backlog drained after the 70 % run in", drainSeconds, "s");

        Mix.Targets services = new Mix.Targets("http://localhost:" + stack.ports().project(),
                "http://localhost:" + stack.ports().reporting());
        // interleaved windows, in the order D G G D D G ..., so that a drift of the machine (JIT, GC, the backlog
        // of the runs before) weighs on both sides alike
        OpenLoad.Step direct = null;
        OpenLoad.Step viaGateway = null;
        Duration window = settings.compare().dividedBy(COMPARE_WINDOWS);
        for (int w = 0; w < 2 * COMPARE_WINDOWS; w++) {
            boolean directNow = (w % 4 == 0) || (w % 4 == 3);
            OpenLoad.Step one = step(directNow ? "direct to services, window " + (w / 2 + 1)
                    : "through gateway, window " + (w / 2 + 1), mix, directNow ? services : gateway, steadyRate, window);
            if (directNow) {
                direct = direct == null ? one : direct.plus(one);
            }
            else {
                viaGateway = viaGateway == null ? one : viaGateway.plus(one);
            }
        }
        report.figure("direct to services p50", direct.millis(50), "ms", Double.NaN, null,
                        "same mix and rate, project- and reporting-service ports, " + COMPARE_WINDOWS
                                + " windows interleaved with the gateway's")
                .figure("direct to services p99", direct.millis(99), "ms")
                .figure("through gateway p50", viaGateway.millis(50), "ms", Report.ratio(viaGateway.millis(50),
                        direct.millis(50)), "direct p50")
                .figure("through gateway p99", viaGateway.millis(99), "ms", Report.ratio(viaGateway.millis(99),
                        direct.millis(99)), "direct p99");

        Baselines.TopicRead read = baselines.readWholeTopic(PROJECT_TOPIC);
        report.figure("raw read of " + PROJECT_TOPIC + " from offset 0", read.perSecond(), "events/s", Double.NaN,
                null, read.records() + " events, no-op handler")
                .figure("reporting consumer over warm-up and its backlog", catchUp, "events/s",
                        Report.ratio(catchUp, read.perSecond()), "raw topic read events/s", String.format(
                                "%.0f events in %.0f s, sharing the cores with the warm-up load", warmUpEvents,
                                warmUpEvents / catchUp));
        JsonNode rebuild = rebuildReporting();
        if ("SWAPPED".equals(rebuild.path("state").asText())) {
            double seconds = Duration.between(Instant.parse(rebuild.path("startedAt").asText()),
                    Instant.parse(rebuild.path("finishedAt").asText())).toMillis() / 1000.0;
            double rebuilt = rebuild.path("eventsDone").asLong() / Math.max(seconds, 0.001);
            report.figure("rebuild (reporting-service read models)", rebuilt, "events/s",
                    Report.ratio(rebuilt, read.perSecond()), "raw topic read events/s", String.format(
                            "%d events of 4 topics in %.1f s, swapped", rebuild.path("eventsDone").asLong(), seconds));
        }
        else {
            report.missing("rebuild (reporting-service read models)", "events/s", "not measured: the rebuild ended "
                    + rebuild.path("state").asText() + " " + rebuild.path("failure").asText(""));
        }
        report.figure("dev stack RSS at end", DevStack.residentSetKb() / 1024.0, "MB")
                .note("Latency is completion minus intended start: a queued request is charged its wait.")
                .note("Goals (issue 15, not assertions): >= 1,000 commands/s through the gateway, p99 <= 50 ms at"
                        + " 70 % of saturation, lag p99 <= 100 ms, gateway p99 <= 1.3 x direct.");
        return report;
    }

    /** Sets up the projects in parallel chains (a closed loop: this is preparation, not a measurement). */
    private List<Mix.Project> setUpProjects(Map<String, String> managers) throws Exception {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<Mix.Project>> futures = new ArrayList<>();
        for (int i = 0; i < settings.projects(); i++) {
            String tenant = Mix.TENANTS.get(i % Mix.TENANTS.size());
            int n = i;
            futures.add(workers.submit(() -> Mix.setUp(http, stack.gatewayUrl(), tenant, managers.get(tenant), n)));
        }
        List<Mix.Project> projects = new ArrayList<>();
        for (Future<Mix.Project> future : futures) {
            projects.add(future.get());
        }
        workers.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        log("set up %d projects (%d commands) in %.1f s", projects.size(), projects.size() * 6, seconds);
        report.figure("warm-up: projects set up (6 commands each)", projects.size(), "projects")
                .figure("warm-up: closed loop, 8 clients", projects.size() * 6 / seconds, "commands/s");
        return Collections.unmodifiableList(projects);
    }

    /** One run of the mix, then a wait until its backlog is gone so that the next run starts from quiet. */
    private OpenLoad.Step step(String phase, Mix mix, Mix.Targets targets, double rate, Duration duration)
            throws Exception {
        OpenLoad.Step step = run(phase, mix, targets, rate, duration);
        quiesce();
        return step;
    }

    private OpenLoad.Step run(String phase, Mix mix, Mix.Targets targets, double rate, Duration duration)
            throws Exception {
        OpenLoad.Step step = load.run(rate, duration, () -> {
            Mix.Planned planned = mix.next(targets);
            return http.send(planned.request(), planned.kind().command);
        });
        log("%s: %s", phase, step);
        return step;
    }

    private LagHistogram lag(String scrapeUrl) throws IOException, InterruptedException {
        return LagHistogram.scrape(http.text(scrapeUrl), "pmo_consumer_lag_seconds", Map.of("group", DevStack.REPORTING));
    }

    /** Until project-service's publisher has caught up and no consumer group lags: a step's backlog is gone. */
    private void quiesce() {
        quiesce(Duration.ofMinutes(5));
    }

    private void quiesce(Duration atMost) {
        Quiescence.await(atMost, EventStoreProbes.publisher(stack.jdbcUrl("pmo_project"), "postgres",
                "postgres", KafkaEventPublisher.PROCESSING_GROUP), KafkaProbes.allConsumerGroups(
                        stack.kafkaBootstrapServers()));
    }

    private static String mixDescription() {
        List<String> parts = new ArrayList<>();
        for (Mix.Kind kind : Mix.Kind.values()) {
            parts.add(kind.name().toLowerCase() + " " + kind.percent + " %");
        }
        return String.join(", ", parts) + String.format(" (%.0f %% commands); two tenants, managers write, viewers read",
                Mix.Kind.commandShare() * 100);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }

    /**
     * {@code --property=<service>:<key>=<value>}, for trying a setting (e.g. {@code
     * project-service:axon.timeout.enabled=false}): put first among the service's property sources, so it wins over
     * its config file.
     */
    private static List<String> overrides(String[] args, DevStack.Builder builder) {
        List<String> overrides = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--property=")) {
                continue;
            }
            String value = arg.substring("--property=".length());
            int colon = value.indexOf(':');
            int equals = value.indexOf('=', colon);
            if (colon < 1 || equals < colon + 2) {
                throw new IllegalArgumentException("expected --property=<service>:<key>=<value>, got " + arg);
            }
            Map<String, Object> property = Map.of(value.substring(colon + 1, equals), value.substring(equals + 1));
            builder.customize(value.substring(0, colon), application -> application.initializers(context -> context
                    .getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-override", property))));
            overrides.add(value);
        }
        return overrides;
    }

    private static String option(String[] args, String prefix, String fallback) {
        return Stream.of(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Rebuilds reporting-service's read models through its admin endpoint and answers its last progress. */
    private JsonNode rebuildReporting() throws IOException, InterruptedException {
        String admin = http.bearer(stack.issuerUrl(), "acme", "pmo_admin");
        String base = "http://localhost:" + stack.ports().reporting() + "/api/v1/admin/consumers/"
                + DevStack.REPORTING + "/rebuilds";
        JsonNode started = http.call(Http.json(base, admin, "POST", "").build(), 202);
        String id = started.path("id").asText();
        log("rebuilding reporting-service's read models (" + id + ")");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        JsonNode progress = started;
        while ("RUNNING".equals(progress.path("state").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            progress = http.call(Http.request(base + "/" + id, admin).GET().build(), 200);
        }
        log("rebuild " + progress.path("state").asText() + ": " + progress.path("eventsDone").asLong() + " events at "
                + progress.path("rate").asDouble() + " events/s");
        return progress;
    }
}
