package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;

import java.math.BigDecimal;
import java.util.List;

import io.pmo.events.common.Money;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.project.command.ProjectCommands.TaskPlan;

/** A small work breakdown structure in EUR: a summary task "Build" with two subtasks, and a milestone. */
final class WorkBreakdownMother {

    static final String BUILD = "11111111-1111-4111-8111-111111111111";

    static final String DESIGN = "22222222-2222-4222-8222-222222222222";

    static final String CODE = "33333333-3333-4333-8333-333333333333";

    static final String GO_LIVE = "44444444-4444-4444-8444-444444444444";

    private WorkBreakdownMother() {
    }

    static ProjectDetailsChanged detailsInEuro() {
        return new ProjectDetailsChanged(PROJECT_ID, TENANT_ID, "sponsor-1", "Infrastructure", Methodology.WATERFALL,
                "EUR");
    }

    static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    static TaskPlan plan(String parent, String name, int days, Money cost) {
        return new TaskPlan(parent, name, days, cost, EarnedValueMethod.PERCENT_COMPLETE, List.of());
    }

    static TaskAdded added(String taskId, TaskPlan plan) {
        return new TaskAdded(PROJECT_ID, TENANT_ID, taskId, plan.parentTaskId(), plan.name(), plan.durationDays(),
                plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints());
    }

    static List<Checkpoint> checkpoints(String... weights) {
        return java.util.stream.IntStream.range(0, weights.length)
                .mapToObj(i -> new Checkpoint("cp-" + i, "Checkpoint " + i, new BigDecimal(weights[i]))).toList();
    }

    static TaskDependency after(String taskId) {
        return new TaskDependency(taskId, DependencyType.FS, 0);
    }

    static TaskDependenciesChanged dependencies(String taskId, TaskDependency... predecessors) {
        return new TaskDependenciesChanged(PROJECT_ID, TENANT_ID, taskId, List.of(predecessors));
    }

    /** Created, in EUR, with Build (summary) > Design 5 days 10,000 EUR, Code 10 days 25,000 EUR; Go live after Code. */
    static List<Object> plannedProject() {
        return List.of(ProjectMother.projectCreated(), detailsInEuro(),
                added(BUILD, plan(null, "Build", 0, null)),
                added(DESIGN, plan(BUILD, "Design", 5, euros("10000.00"))),
                added(CODE, plan(BUILD, "Code", 10, euros("25000.00"))),
                added(GO_LIVE, plan(null, "Go live", 0, null)),
                dependencies(CODE, after(DESIGN)),
                dependencies(GO_LIVE, after(CODE)));
    }
}
