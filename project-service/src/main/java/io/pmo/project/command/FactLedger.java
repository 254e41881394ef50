package io.pmo.project.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.FileStatusReport;

/**
 * What was reported on the project: its progress and cost facts, each by its id with its kind and task (facts are
 * never changed, a correction is a new fact naming the one it corrects, and a correction is not corrected), and the
 * ids of its status reports. A part of the {@link Project}: it checks that an id is new and that a corrected fact
 * exists, and is handed the events that record them. Which project state takes facts is the lifecycle's rule.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class FactLedger {

    /** Progress and cost facts by fact id: which kind and task, so that a correction can be checked. */
    private HashMap<String, Fact> facts = new HashMap<>();

    private HashSet<String> statusReports = new HashSet<>();

    /** A progress or cost fact: what kind and which task. Corrections are facts too, but cannot be corrected. */
    record Fact(FactKind kind, String taskId) {
    }

    enum FactKind {
        PROGRESS, PROGRESS_CORRECTION, COST, COST_CORRECTION
    }

    void requireNewFact(String factId) {
        if (facts.containsKey(factId)) {
            throw new StateConflict("Fact " + factId + " already exists");
        }
    }

    /** The original fact of this kind that a correction names; a correction itself is not corrected. */
    Fact correctable(String factId, FactKind kind) {
        Fact fact = factId == null ? null : facts.get(factId);
        if (fact == null || fact.kind() != kind) {
            throw new NotFound("No " + (kind == FactKind.COST ? "cost" : "progress") + " fact " + factId
                    + " to correct in this project");
        }
        return fact;
    }

    /** The reason of a correction as recorded: stripped, null if blank. */
    static String reason(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A cost has an effective date and an amount in the project's currency. */
    static void checkCost(LocalDate effectiveDate, Money amount, String currency) {
        if (effectiveDate == null) {
            throw new RuleViolated("A cost needs an effective date", "effectiveDate", "must not be null");
        }
        if (amount == null) {
            throw new RuleViolated("A cost needs an amount", "amount", "must not be null");
        }
        Amounts.check("amount", amount, currency);
    }

    /** A status report has a new id, a status date, a rating of every dimension and a summary. */
    void checkReport(FileStatusReport report) {
        if (statusReports.contains(report.reportId())) {
            throw new StateConflict("Status report " + report.reportId() + " already exists");
        }
        if (report.statusDate() == null) {
            throw new RuleViolated("A status report needs a status date", "statusDate", "must not be null");
        }
        Map<String, Rag> ratings = new LinkedHashMap<>();
        ratings.put("schedule", report.schedule());
        ratings.put("cost", report.cost());
        ratings.put("scope", report.scope());
        ratings.put("risk", report.risk());
        ratings.forEach((dimension, rating) -> {
            if (rating == null) {
                throw new RuleViolated("A status report rates every dimension", dimension,
                        "must be GREEN, AMBER or RED");
            }
        });
        if (report.summary() == null || report.summary().isBlank()) {
            throw new RuleViolated("A status report needs a summary", "summary", "must not be blank");
        }
    }

    void on(ProgressReported event) {
        facts.put(event.factId(), new Fact(FactKind.PROGRESS, event.taskId()));
    }

    void on(ProgressCorrected event) {
        facts.put(event.factId(), new Fact(FactKind.PROGRESS_CORRECTION, event.taskId()));
    }

    void on(ActualCostRecorded event) {
        facts.put(event.factId(), new Fact(FactKind.COST, event.taskId()));
    }

    void on(ActualCostCorrected event) {
        facts.put(event.factId(), new Fact(FactKind.COST_CORRECTION, event.taskId()));
    }

    void on(StatusReportFiled event) {
        statusReports.add(event.reportId());
    }
}
