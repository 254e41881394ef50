package io.pmo.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.core.env.StandardEnvironment;

import io.pmo.devstack.issuer.DevIssuerApplication;
import io.pmo.gateway.GatewayApplication;
import io.pmo.portfolio.PortfolioServiceApplication;
import io.pmo.project.ProjectServiceApplication;
import io.pmo.reporting.ReportingServiceApplication;
import io.pmo.resource.ResourceServiceApplication;
import io.pmo.risk.RiskServiceApplication;

/**
 * The whole platform in one JVM, with no Docker: embedded PostgreSQL (a database per service), a KRaft Kafka
 * broker, the MongoDB-wire server, the dev token issuer, then every service and the gateway, each in its own
 * Spring context with its own config file. Data lives under one directory, so a restart keeps everything.
 *
 * <p>Run {@link #main} for the fixed dev ports of CONVENTIONS.md; tests use {@link #builder()} with free ports.
 * {@link Builder#infrastructure} runs the same services against PostgreSQL, Kafka and MongoDB that someone else
 * runs (containers): the stack then starts no store of its own and stops only what it started.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    static {
        // no network here, and no use for AxonIQ's update check or console banner (STACK.md pitfall 4)
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    /** Services by name, in start order; the gateway comes last. */
    public static final String PROJECT = "project-service";
    public static final String PORTFOLIO = "portfolio-service";
    public static final String RESOURCE = "resource-service";
    public static final String RISK = "risk-service";
    public static final String REPORTING = "reporting-service";
    public static final String GATEWAY = "gateway";
    public static final String ISSUER = "dev-issuer";

    static final List<String> DATABASES = List.of("pmo_project", "pmo_portfolio", "pmo_resource",
            "pmo_risk", "pmo_reporting");

    /** The gateway runs on a shared classpath with the services: keep their storage auto-configuration out. */
    private static final String GATEWAY_EXCLUDES = String.join(",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration");

    /**
     * The authorization server's auto-configuration would land in every servlet context on the shared classpath
     * (each making its own random key and its own security chains): only the issuer's context keeps it.
     */
    private static final String AUTHORIZATION_SERVER_EXCLUDES = String.join(",",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    private final Ports ports;

    private final Path dataDirectory;

    private final List<AutoCloseable> started = new ArrayList<>();

    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

    /** How each service's context is started (with the builder's customizers), for {@link #startService}. */
    private final Map<String, java.util.function.Supplier<ConfigurableApplicationContext>> launchers =
            new LinkedHashMap<>();

    /** The stores this stack started itself; null when it runs on someone else's ({@link Builder#infrastructure}). */
    private EmbeddedKafkaBroker kafka;

    private MongoWireServer mongo;

    /** The embedded servers' endpoints, or the external ones the builder was given. */
    private Infrastructure infrastructure;

    private final Duration startTime;

    private DevStack(Builder builder) throws Exception {
        this.ports = builder.ports;
        this.dataDirectory = builder.dataDirectory.toAbsolutePath().normalize();
        long begin = System.nanoTime();
        try {
            initialiseLoggingOnce();
            infrastructure = builder.infrastructure != null ? builder.infrastructure : startInfrastructure();
            startServices(builder.customizers);
        }
        catch (Exception | Error ex) {
            close();
            throw ex;
        }
        this.startTime = Duration.ofNanos(System.nanoTime() - begin);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures Logback once, as Spring Boot would, before anything starts, and tells every service context to leave
     * logging alone ({@link LoggingSystem#NONE}): contexts starting side by side each reset and reconfigured the one
     * Logback of the JVM, and now and then one failed ("no conversion class registered for [clr]"). Does nothing
     * when a logging system was chosen already (a second stack in the same JVM, or an operator's choice).
     */
    static synchronized void initialiseLoggingOnce() {
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) != null) {
            return;
        }
        LoggingSystem logging = LoggingSystem.get(DevStack.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    private Infrastructure startInfrastructure() throws Exception {
        CompletableFuture<EmbeddedPostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), ports.postgres(), DATABASES);
            }
            catch (IOException ex) {
                throw new IllegalStateException("PostgreSQL did not start", ex);
            }
        });
        kafka = EmbeddedKafkaBroker.start(dataDirectory.resolve("kafka"), ports.kafka(), ports.kafkaController());
        started.add(kafka);
        mongo = MongoWireServer.start(dataDirectory.resolve("mongo").resolve("pmo.mv"), ports.mongo());
        started.add(mongo);
        EmbeddedPostgresServer postgres = pg.join();
        started.add(postgres);
        return new Infrastructure(postgres.url(), "postgres", "postgres", kafka.bootstrapServers(), mongo.uri());
    }

    private void startServices(Map<String, Consumer<SpringApplicationBuilder>> customizers) {
        launchers.put(PROJECT, () -> run(PROJECT, ProjectServiceApplication.builder(), customizers,
                serviceArgs(ports.project(), "pmo_project")));
        launchers.put(PORTFOLIO, () -> run(PORTFOLIO, PortfolioServiceApplication.builder(), customizers,
                serviceArgs(ports.portfolio(), "pmo_portfolio")));
        launchers.put(RESOURCE, () -> run(RESOURCE, ResourceServiceApplication.builder(), customizers,
                serviceArgs(ports.resource(), "pmo_resource")));
        launchers.put(RISK, () -> run(RISK, RiskServiceApplication.builder(), customizers,
                serviceArgs(ports.risk(), "pmo_risk")));
        launchers.put(REPORTING, () -> run(REPORTING, ReportingServiceApplication.builder(), customizers,
                serviceArgs(ports.reporting(), "pmo_reporting")));
        Map<String, CompletableFuture<ConfigurableApplicationContext>> services = new LinkedHashMap<>();
        launchers.forEach((name, launcher) -> services.put(name, CompletableFuture.supplyAsync(launcher)));
        services.forEach((name, service) -> contexts.put(name, service.join()));
        // after the services: they fetch the issuer's keys only on their first token anyway
        contexts.put(ISSUER, run(ISSUER, DevIssuerApplication.builder(), customizers,
                List.of("--server.port=" + ports.issuer())));
        List<String> gatewayArgs = new ArrayList<>(List.of(
                "--server.port=" + ports.gateway(),
                "--pmo.services.project-uri=http://localhost:" + ports.project(),
                "--pmo.services.portfolio-uri=http://localhost:" + ports.portfolio(),
                "--pmo.services.resource-uri=http://localhost:" + ports.resource(),
                "--pmo.services.risk-uri=http://localhost:" + ports.risk(),
                "--pmo.services.reporting-uri=http://localhost:" + ports.reporting(),
                "--spring.autoconfigure.exclude=" + GATEWAY_EXCLUDES,
                "--axon.axonserver.enabled=false"));
        gatewayArgs.addAll(tokenArgs(issuerUrl()));
        contexts.put(GATEWAY, run(GATEWAY, GatewayApplication.builder(), customizers, gatewayArgs));
    }

    private List<String> serviceArgs(int port, String database) {
        return serviceArgs(port, database, infrastructure, issuerUrl());
    }

    /** A service's command line: its port, its stores' endpoints and the stack's issuer, whoever runs the stores. */
    static List<String> serviceArgs(int port, String database, Infrastructure infrastructure, String issuerUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + infrastructure.jdbcUrl(database),
                "--spring.datasource.username=" + infrastructure.postgresUsername(),
                "--spring.datasource.password=" + infrastructure.postgresPassword(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(database),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.autoconfigure.exclude=" + AUTHORIZATION_SERVER_EXCLUDES));
        args.addAll(tokenArgs(issuerUrl));
        return args;
    }

    /**
     * The issuer of this stack (its port may be a free one), given to each context on its own command line: a
     * JVM-wide system property would leak into every context, the issuer's included (STACK.md pitfall 14).
     */
    private static List<String> tokenArgs(String issuerUrl) {
        return List.of("--pmo.security.issuer-uri=" + issuerUrl,
                "--pmo.security.jwk-set-uri=" + issuerUrl + "/oauth2/jwks");
    }

    private ConfigurableApplicationContext run(String name, SpringApplicationBuilder builder,
            Map<String, Consumer<SpringApplicationBuilder>> customizers, List<String> args) {
        builder.logStartupInfo(false).registerShutdownHook(false);
        builder.initializers(DevStack::ownReactorResources);
        customizers.getOrDefault(name, b -> { }).accept(builder);
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        synchronized (started) {
            started.add(context);
        }
        return context;
    }

    /**
     * Gives every context's {@link ReactorResourceFactory} (Boot creates one wherever reactor-netty is on the
     * classpath) event loops of its own: by default it shares Reactor Netty's JVM-wide ones and disposes them when the
     * context closes, which in this one JVM closed the gateway's server socket as soon as one service was stopped
     * ({@link #stopService}), and closed every other stack's gateway when one stack's gateway stopped (a test with a
     * stack of its own, next to the shared one): every request then failed to connect.
     */
    private static void ownReactorResources(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ReactorResourceFactory resources) {
                    resources.setUseGlobalResources(false);
                }
                return bean;
            }
        });
    }

    public Ports ports() {
        return ports;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Duration startTime() {
        return startTime;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** The dev token issuer: {@code POST <issuerUrl>/oauth2/token}, and the {@code iss} of its tokens. */
    public String issuerUrl() {
        return "http://localhost:" + ports.issuer();
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public String jdbcUrl(String database) {
        return infrastructure.jdbcUrl(database);
    }

    public String mongoUri(String database) {
        return infrastructure.mongoUri(database);
    }

    public ConfigurableApplicationContext context(String service) {
        return contexts.get(service);
    }

    /**
     * Stops one service's context, as a rolling restart or a crash of its pod would, leaving the stores and the
     * other services running. {@link #startService} brings it back on the same port and databases.
     */
    public synchronized void stopService(String service) {
        ConfigurableApplicationContext context = contexts.remove(service);
        if (context == null) {
            throw new IllegalStateException(service + " is not running (only services can be stopped: "
                    + launchers.keySet() + ")");
        }
        synchronized (started) {
            started.remove(context);
        }
        context.close();
    }

    /** Starts a service that {@link #stopService} stopped, with the arguments and customizers of its first start. */
    public synchronized void startService(String service) {
        if (contexts.containsKey(service) || !launchers.containsKey(service)) {
            throw new IllegalStateException(service + " is running or is not a service of " + launchers.keySet());
        }
        contexts.put(service, launchers.get(service).get());
    }

    /** The embedded Kafka broker, for tests that stop and restart it; fails on external infrastructure. */
    EmbeddedKafkaBroker kafkaBroker() {
        if (kafka == null) {
            throw new IllegalStateException("This stack runs on external infrastructure: " + infrastructure);
        }
        return kafka;
    }

    /** The embedded MongoDB-wire server, for tests that make its writes fail; fails on external infrastructure. */
    MongoWireServer mongoServer() {
        if (mongo == null) {
            throw new IllegalStateException("This stack runs on external infrastructure: " + infrastructure);
        }
        return mongo;
    }

    /** Stops the services first, then the stores, in reverse start order. */
    @Override
    public synchronized void close() {
        List<AutoCloseable> toClose;
        synchronized (started) {
            toClose = new ArrayList<>(started);
            started.clear();
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            }
            catch (Exception ex) {
                log.warn("Could not stop {} cleanly", toClose.get(i), ex);
            }
        }
    }

    public String banner() {
        return String.join(System.lineSeparator(),
                "",
                "PMO Platform dev stack is up (" + startTime.toMillis() + " ms), data in " + dataDirectory,
                "  API gateway        " + gatewayUrl() + "/api/v1/projects",
                "  API docs           " + gatewayUrl() + "/api/docs  (Swagger UI over every service's OpenAPI document)",
                "  token issuer       " + issuerUrl() + "/oauth2/token  (client dev-<acme|globex>-<role>, secret dev-secret)",
                "  project-service    http://localhost:" + ports.project(),
                "  portfolio-service  http://localhost:" + ports.portfolio(),
                "  resource-service   http://localhost:" + ports.resource(),
                "  risk-service       http://localhost:" + ports.risk(),
                "  reporting-service  http://localhost:" + ports.reporting(),
                "  Kafka              " + kafkaBootstrapServers(),
                "  PostgreSQL         " + jdbcUrl("<db>") + "  (user " + infrastructure.postgresUsername()
                        + "; dbs " + DATABASES + ")",
                "  MongoDB wire       " + mongoUri("<db>"),
                "  metrics            http://localhost:" + ports.project() + "/actuator/prometheus",
                "Ctrl-C stops everything cleanly; a restart keeps all data.",
                "");
    }

    /** Arguments: {@code --data-dir=./data} and, optionally, {@code --<service>-port=N} overrides. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        Ports defaults = Ports.DEFAULT;
        Ports ports = new Ports(intOption(options, "gateway-port", defaults.gateway()),
                intOption(options, "project-port", defaults.project()),
                intOption(options, "portfolio-port", defaults.portfolio()),
                intOption(options, "resource-port", defaults.resource()),
                intOption(options, "risk-port", defaults.risk()),
                intOption(options, "reporting-port", defaults.reporting()),
                intOption(options, "kafka-port", defaults.kafka()),
                intOption(options, "kafka-controller-port", defaults.kafkaController()),
                intOption(options, "postgres-port", defaults.postgres()),
                intOption(options, "mongo-port", defaults.mongo()),
                intOption(options, "issuer-port", defaults.issuer()));
        DevStack stack = builder().dataDirectory(Path.of(options.getOrDefault("data-dir", "data"))).ports(ports).start();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        long rssKb = residentSetKb();
        System.out.println(stack.banner() + (rssKb > 0 ? "Resident memory: " + rssKb / 1024 + " MB" + System.lineSeparator() : ""));
        System.out.println("DEVSTACK READY");
        Thread.currentThread().join();
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    /** This process's resident memory in KiB (Linux {@code VmRSS}), or -1 where it cannot be read. */
    public static long residentSetKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // not on Linux: no figure
        }
        return -1;
    }

    /** The ports of one stack. */
    public record Ports(int gateway, int project, int portfolio, int resource, int risk, int reporting, int kafka,
            int kafkaController, int postgres, int mongo, int issuer) {

        /** The fixed dev ports of CONVENTIONS.md (the Kafka controller listener takes 9093). */
        public static final Ports DEFAULT = new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9092, 9093, 15432, 27018, 9000);

        /**
         * Free ports on this machine, for tests: eleven distinct ports nobody listens on, taken below the range the
         * kernel hands out to outgoing connections ({@link #ephemeralStart}). A port from that range (what
         * {@code new ServerSocket(0)} gives) can be taken by one of the many client connections the stack opens
         * while it starts, before the service meant to listen on it binds: a CI run lost its shared stack that way
         * ({@code PortInUseException}).
         */
        public static Ports free() {
            Set<Integer> taken = new HashSet<>();
            int below = ephemeralStart();
            return new Ports(freePort(taken, below), freePort(taken, below), freePort(taken, below),
                    freePort(taken, below), freePort(taken, below), freePort(taken, below), freePort(taken, below),
                    freePort(taken, below), freePort(taken, below), freePort(taken, below), freePort(taken, below));
        }

        /** The first port of the kernel's range for outgoing connections (Linux), 32768 where it cannot be read. */
        static int ephemeralStart() {
            try {
                // readAllLines, not readString: /proc files report a size of 0, and JDK 17's readString then
                // returns their first byte only
                String range = java.nio.file.Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                        .get(0);
                return Integer.parseInt(range.trim().split("\\s+")[0]);
            }
            catch (IOException | RuntimeException ex) {
                return 32768;
            }
        }

        private static int freePort(Set<Integer> taken, int high) {
            int low = 20_000;
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            for (int attempt = 0; high - low > 100 && attempt < 500; attempt++) {
                int port = random.nextInt(low, high);
                if (!taken.contains(port) && bindable(port)) {
                    taken.add(port);
                    return port;
                }
            }
            // no room below the ephemeral range: let the kernel choose
            while (true) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    if (taken.add(socket.getLocalPort())) {
                        return socket.getLocalPort();
                    }
                }
                catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }

        private static boolean bindable(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                return true;
            }
            catch (IOException busy) {
                return false;
            }
        }

        public List<String> asArgs() {
            return List.of("--gateway-port=" + gateway, "--project-port=" + project,
                    "--portfolio-port=" + portfolio, "--resource-port=" + resource, "--risk-port=" + risk,
                    "--reporting-port=" + reporting,
                    "--kafka-port=" + kafka, "--kafka-controller-port=" + kafkaController,
                    "--postgres-port=" + postgres, "--mongo-port=" + mongo, "--issuer-port=" + issuer);
        }

    }

    public static final class Builder {

        private Path dataDirectory = Path.of("data");

        private Ports ports = Ports.DEFAULT;

        private final Map<String, Consumer<SpringApplicationBuilder>> customizers = new HashMap<>();

        private Infrastructure infrastructure;

        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public Builder ports(Ports ports) {
            this.ports = ports;
            return this;
        }

        /**
         * Runs the services against these PostgreSQL, Kafka and MongoDB servers instead of starting embedded ones
         * (which is the default). The stack does not stop them; the databases of {@link #DATABASES} must exist.
         */
        public Builder infrastructure(Infrastructure external) {
            this.infrastructure = external;
            return this;
        }

        /** Adjusts one service's application before it starts (tests: extra beans or properties). */
        public Builder customize(String service, Consumer<SpringApplicationBuilder> customizer) {
            customizers.merge(service, customizer, Consumer::andThen);
            return this;
        }

        public DevStack start() throws Exception {
            return new DevStack(this);
        }
    }
}
