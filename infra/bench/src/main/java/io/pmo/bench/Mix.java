package io.pmo.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic request mix over many projects of two tenants, as their project managers (writes) and viewers
 * (reads) send it: mostly progress and cost reports, some new tasks, renames and new projects, and dashboard and
 * earned-value reads. The projects are set up beforehand ({@link #setUp}) planned, baselined and active, so every
 * command of the mix is valid and every read finds its row.
 */
final class Mix {

    /** A request kind, its share of the mix in percent, and whether it is a command (a write). */
    enum Kind {
        CREATE_PROJECT(5, true), RENAME_PROJECT(10, true), ADD_TASK(15, true), REPORT_PROGRESS(25, true),
        RECORD_COST(20, true), DASHBOARD_READ(15, false), EVM_READ(10, false);

        final int percent;

        final boolean command;

        Kind(int percent, boolean command) {
            this.percent = percent;
            this.command = command;
        }

        /** The kind at {@code u} in [0, 1) on the cumulative shares. */
        static Kind at(double u) {
            double cumulative = 0;
            for (Kind kind : values()) {
                cumulative += kind.percent / 100.0;
                if (u < cumulative) {
                    return kind;
                }
            }
            return values()[values().length - 1];
        }

        /** The share of commands in the mix. */
        static double commandShare() {
            double share = 0;
            for (Kind kind : values()) {
                share += kind.command ? kind.percent / 100.0 : 0;
            }
            return share;
        }
    }

    /** A project ready for tracking, with the task its progress and costs go to. */
    record Project(String id, String tenant, String taskId) {
    }

    /** Where requests go: both to the gateway, or each to its service directly. */
    record Targets(String projectService, String reportingService) {

        static Targets gateway(String url) {
            return new Targets(url, url);
        }
    }

    record Planned(Kind kind, HttpRequest request) {
    }

    static final List<String> TENANTS = List.of("acme", "globex");

    private static final LocalDate PLANNED_START = LocalDate.of(2027, 1, 4);

    private static final String PROJECT_DATES = "\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-12-17\"";

    private final List<Project> projects;

    /** {@code Bearer ...} of each tenant's project manager and viewer. */
    private final Map<String, String> managers;

    private final Map<String, String> viewers;

    private final SplittableRandom random;

    private long sequence;

    Mix(List<Project> projects, Map<String, String> managers, Map<String, String> viewers, long seed) {
        this.projects = List.copyOf(projects);
        this.managers = Map.copyOf(managers);
        this.viewers = Map.copyOf(viewers);
        this.random = new SplittableRandom(seed);
    }

    /** The next request of the mix, on a random project. Not thread-safe: the load's scheduler calls it. */
    Planned next(Targets targets) {
        Kind kind = Kind.at(random.nextDouble());
        Project project = projects.get(random.nextInt(projects.size()));
        long n = ++sequence;
        String manager = managers.get(project.tenant());
        String base = targets.projectService() + "/api/v1/projects/" + project.id();
        String report = targets.reportingService() + "/api/v1/reports/projects/" + project.id();
        HttpRequest.Builder request = switch (kind) {
            case CREATE_PROJECT -> Http.json(targets.projectService() + "/api/v1/projects", manager, "POST",
                    "{\"name\":\"Load " + n + "\"," + PROJECT_DATES + "}");
            case RENAME_PROJECT -> Http.json(base + "/name", manager, "PUT", "{\"name\":\"Renamed " + n + "\"}");
            case ADD_TASK -> Http.json(base + "/tasks", manager, "POST", "{\"name\":\"Task " + n
                    + "\",\"durationDays\":3,\"plannedCost\":{\"amount\":\"1500.00\",\"currency\":\"EUR\"},"
                    + "\"earnedValueMethod\":\"PERCENT_COMPLETE\"}");
            case REPORT_PROGRESS -> Http.json(base + "/progress", manager, "POST", "{\"taskId\":\""
                    + project.taskId() + "\",\"effectiveDate\":\"" + effectiveDate(n) + "\",\"percentComplete\":"
                    + (1 + random.nextInt(99)) + ",\"actualStart\":\"" + PLANNED_START + "\"}");
            case RECORD_COST -> Http.json(base + "/actual-costs", manager, "POST", "{\"taskId\":\""
                    + project.taskId() + "\",\"effectiveDate\":\"" + effectiveDate(n) + "\",\"amount\":{\"amount\":\""
                    + (100 + random.nextInt(900)) + ".00\",\"currency\":\"EUR\"}}");
            case DASHBOARD_READ -> Http.request(report, viewers.get(project.tenant())).GET();
            case EVM_READ -> Http.request(report + "/evm?statusDate=2027-03-01", viewers.get(project.tenant())).GET();
        };
        return new Planned(kind, request.build());
    }

    private static LocalDate effectiveDate(long n) {
        return PLANNED_START.plusDays(n % 300);
    }

    /**
     * Creates one project as the tenant's manager and makes it trackable: details with a currency, a costed task,
     * a performance baseline, then approved and active (six commands).
     */
    static Project setUp(Http http, String gateway, String tenant, String manager, int n)
            throws IOException, InterruptedException {
        String id = http.call(Http.json(gateway + "/api/v1/projects", manager, "POST",
                "{\"name\":\"Bench " + tenant + " " + n + "\"," + PROJECT_DATES + "}").build(), 201).get("id").asText();
        String base = gateway + "/api/v1/projects/" + id;
        http.call(Http.json(base + "/details", manager, "PUT", "{\"methodology\":\"WATERFALL\",\"currency\":\"EUR\"}")
                .build(), 200);
        String task = http.call(Http.json(base + "/tasks", manager, "POST", "{\"name\":\"Build\",\"durationDays\":60,"
                + "\"plannedCost\":{\"amount\":\"90000.00\",\"currency\":\"EUR\"},"
                + "\"earnedValueMethod\":\"PERCENT_COMPLETE\"}").build(), 201).get("id").asText();
        http.call(Http.json(base + "/baselines", manager, "POST", "{\"name\":\"Plan\"}").build(), 201);
        http.call(Http.json(base + "/status-changes", manager, "POST", "{\"status\":\"APPROVED\"}").build(), 200);
        http.call(Http.json(base + "/status-changes", manager, "POST", "{\"status\":\"ACTIVE\"}").build(), 200);
        return new Project(id, tenant, task);
    }
}
