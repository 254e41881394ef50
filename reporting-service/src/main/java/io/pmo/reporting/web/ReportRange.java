package io.pmo.reporting.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.pmo.platform.web.InvalidRequestException;

/** The date range of a weekly report: {@code from} to {@code to}, forward, at most ten years (3,660 days). */
final class ReportRange {

    static final int MAX_DAYS = 3_660;

    private ReportRange() {
    }

    /** @throws InvalidRequestException (400) naming {@code to} */
    static void check(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw invalid("must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw invalid("must be at most " + MAX_DAYS + " days after from");
        }
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("The request has invalid fields",
                List.of(Map.of("field", "to", "message", message)));
    }
}
