package io.pmo.risk.command;

import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.security.PmoRole;

/**
 * What a risk, an issue or a decision belongs to: exactly one of a project (known to risk-service from
 * {@code pmo.project.events} and not closed) or a portfolio. A project manager (holding no role that writes more)
 * writes only for the projects they manage.
 */
final class Scope {

    private Scope() {
    }

    static void check(String projectId, String portfolioId, String tenantId, Caller caller, KnownProjects projects) {
        if ((projectId == null) == (portfolioId == null)) {
            throw new RuleViolated("Something belongs to a project or to a portfolio", "projectId",
                    "give exactly one of projectId and portfolioId");
        }
        if (projectId == null) {
            return;
        }
        KnownProject project = projects.find(tenantId, projectId).orElseThrow(() -> new RuleViolated("No project "
                + projectId + " of the tenant is known (yet)", "projectId", "must be a project of the tenant"));
        if (project.closed()) {
            throw new RuleViolated("Project " + projectId + " is " + project.status(), "projectId",
                    "must not be completed or cancelled");
        }
        boolean wider = caller.internal() || caller.isAdmin() || caller.hasRole(PmoRole.RISK_OWNER)
                || caller.hasRole(PmoRole.PORTFOLIO_MANAGER);
        if (!wider && project.managerId() == null) {
            throw new RuleViolated("The manager of project " + projectId + " is not known here yet", "projectId",
                    "must be a project whose manager is known (retry in a moment)");
        }
        if (!wider && !caller.is(project.managerId())) {
            throw new NotAllowed("A project manager writes risks, issues and decisions of the projects they manage");
        }
    }
}
