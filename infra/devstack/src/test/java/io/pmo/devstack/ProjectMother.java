package io.pmo.devstack;

import static io.pmo.devstack.EvmIntegrationMother.money;

/** Projects as integration tests need them, made through the gateway. */
final class ProjectMother {

    private ProjectMother() {
    }

    /** A project and its one task. */
    record Started(String projectId, String taskId) {

        String path() {
            return "/api/v1/projects/" + projectId;
        }
    }

    /**
     * A waterfall project in EUR from Monday 4 January 2027 to 29 January with one task, Design (5 working days,
     * 10,000.00, percent complete), baselined, approved and active: ready for progress and costs.
     */
    static Started startedWithDesignTask(Api manager, String name) {
        String projectId = manager.post("/api/v1/projects", "{\"name\":\"" + name + "\","
                + "\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-01-29\"}").createdId();
        String base = "/api/v1/projects/" + projectId;
        manager.put(base + "/details", "{\"methodology\":\"WATERFALL\",\"currency\":\"EUR\"}").ok();
        String design = manager.post(base + "/tasks", "{\"name\":\"Design\",\"durationDays\":5,\"plannedCost\":"
                + money("10000.00") + ",\"earnedValueMethod\":\"PERCENT_COMPLETE\"}").createdId();
        manager.post(base + "/baselines", "{\"name\":\"Approved plan\"}").createdId();
        manager.post(base + "/status-changes", "{\"status\":\"APPROVED\"}").ok();
        manager.post(base + "/status-changes", "{\"status\":\"ACTIVE\"}").ok();
        return new Started(projectId, design);
    }
}
