package io.pmo.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.BaselineSaved;
import io.pmo.platform.domain.DateRange;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.evm.EarnedSchedule;
import io.pmo.reporting.evm.EarnedValue;
import io.pmo.reporting.evm.EarnedValueCalculator;
import io.pmo.reporting.evm.Figure;
import io.pmo.reporting.evm.Forecast;
import io.pmo.reporting.evm.SCurvePeriod;
import io.pmo.reporting.evm.SCurvePoint;
import io.pmo.reporting.query.EvmInputs;
import io.pmo.reporting.query.EvmInputsQueries;

/**
 * {@code /api/v1/reports/projects/{id}/evm}: a project's earned value at a status date, and its S-curve, computed
 * on each request from the {@link EvmInputs} read model by the pure calculator, so any status date and any
 * {@code asOf} instant can be asked. Each answer names the baseline and the project version it was computed
 * from (also its ETag); {@code ?minVersion=} waits briefly for the read model like the other report reads.
 */
@RestController
@RequestMapping("/api/v1/reports/projects/{projectId}/evm")
class EarnedValueController {

    /** At most this many S-curve points per request: ten years of weeks. */
    static final int MAX_POINTS = 520;

    private final EvmInputsQueries inputs;

    EarnedValueController(EvmInputsQueries inputs) {
        this.inputs = inputs;
    }

    @GetMapping
    ResponseEntity<EarnedValueReport> at(@PathVariable String projectId, RequestIdentity identity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        Loaded loaded = load(identity, projectId, minVersion, minVersionHeader);
        if (loaded == null) {
            return ResponseEntity.accepted().build();
        }
        EarnedValue figures = compute(() -> loaded.calculator().at(statusDate, asOf));
        return loaded.respond(EarnedValueReport.of(projectId, loaded, figures));
    }

    @GetMapping("/series")
    ResponseEntity<SCurve> series(@PathVariable String projectId, RequestIdentity identity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "week") String period, @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        SCurvePeriod scurvePeriod = period(period);
        if (!DateRange.isOrdered(from, to)) {
            throw new RuleViolated("The S-curve runs forward: to " + to + " is before from " + from,
                    "to", "must not be before from");
        }
        long points = scurvePeriod == SCurvePeriod.WEEK ? ChronoUnit.WEEKS.between(from, to)
                : ChronoUnit.MONTHS.between(from, to);
        if (points >= MAX_POINTS) {
            throw new RuleViolated("An S-curve has at most " + MAX_POINTS + " points",
                    "to", "at most " + MAX_POINTS + " " + period + "s after from");
        }
        Loaded loaded = load(identity, projectId, minVersion, minVersionHeader);
        if (loaded == null) {
            return ResponseEntity.accepted().build();
        }
        List<SCurvePoint> curve = compute(() -> loaded.calculator().series(from, to, scurvePeriod, asOf));
        String currency = loaded.currency(null);
        return loaded.respond(new SCurve(projectId, loaded.baseline().baselineId(), loaded.baseline().name(),
                scurvePeriod.name().toLowerCase(Locale.ROOT), asOf, currency, curve.stream()
                        .map(point -> new SCurve.Point(point.date(), Amount.of(point.pv(), currency),
                                Amount.of(point.ev(), currency), Amount.of(point.ac(), currency)))
                        .toList(), loaded.source()));
    }

    /**
     * The project's inputs with their performance baseline; {@code null} while the read model has not reached the
     * version asked for and has not seen the project or its performance baseline yet (202, nothing to show yet):
     * only a read model that caught up can say there is no baseline (422).
     */
    private Loaded load(RequestIdentity identity, String projectId, Long minVersion, Long minVersionHeader) {
        Long wanted = ReadModelWait.minVersion(minVersion, minVersionHeader);
        if (wanted != null && wanted < 0) {
            throw new InvalidRequestException("minVersion must be 0 or more",
                    List.of(Map.of("field", "minVersion", "message", "must be 0 or more")));
        }
        ReadModelWait.Result<EvmInputs> result = ReadModelWait.await(
                () -> inputs.find(identity.tenantId(), projectId), EvmInputs::lastSequence, wanted,
                ReadModelWait.DEFAULT_TIMEOUT);
        EvmInputs document = result.document().orElse(null);
        if (document == null) {
            if (!result.caughtUp()) {
                return null;
            }
            throw new NotFound("No project " + projectId);
        }
        if (document.performanceBaseline().isEmpty() && !result.caughtUp()) {
            // the baseline asked for with ?minVersion= may be in an event the read model has yet to apply
            return null;
        }
        BaselineSaved baseline = document.performanceBaseline().orElseThrow(() -> new RuleViolated(
                "Project " + projectId + " has no performance baseline yet: save a baseline to measure earned "
                        + "value against", "performanceBaseline", "none designated"));
        return new Loaded(document, baseline, result.caughtUp());
    }

    private static SCurvePeriod period(String period) {
        for (SCurvePeriod candidate : SCurvePeriod.values()) {
            if (candidate.name().equalsIgnoreCase(period)) {
                return candidate;
            }
        }
        throw new RuleViolated("An S-curve's period is week or month, not " + period, "period",
                "must be week or month");
    }

    /** The calculator refuses inputs it cannot add up (a second currency): a broken rule, not a server error. */
    private static <T> T compute(Supplier<T> figures) {
        try {
            return figures.get();
        }
        catch (IllegalArgumentException ex) {
            throw new RuleViolated(ex.getMessage());
        }
    }

    /** The read model and its performance baseline, and whether the read model reached the version asked for. */
    private record Loaded(EvmInputs document, BaselineSaved baseline, boolean caughtUp) {

        EarnedValueCalculator calculator() {
            return document.calculator(baseline);
        }

        /** The figures' currency, else the project's own. */
        String currency(String computed) {
            if (computed != null) {
                return computed;
            }
            return baseline.budgetAtCompletion() != null ? baseline.budgetAtCompletion().currency()
                    : document.currency();
        }

        Source source() {
            return new Source(document.lastSequence(), document.lastEventId(), document.lastEventAt());
        }

        <T> ResponseEntity<T> respond(T body) {
            return ResponseEntity.status(caughtUp ? HttpStatus.OK : HttpStatus.ACCEPTED)
                    .eTag(IfMatch.etag(document.lastSequence())).body(body);
        }
    }

    /**
     * The source events a figure was computed from: the project's events up to {@code lastSequence} (its
     * version), the last of them {@code lastEventId}, recorded at {@code lastEventAt}.
     */
    record Source(long lastSequence, String lastEventId, Instant lastEventAt) {
    }

    /** Money as the API writes it: the amount as a string with its scale, and the currency. */
    record Amount(String amount, String currency) {

        static Amount of(BigDecimal amount, String currency) {
            return new Amount(amount.toPlainString(), currency);
        }
    }

    /** An amount that may be undefined: {@code amount} null and {@code reason} saying why. */
    record MoneyFigure(String amount, String currency, String reason) {

        static MoneyFigure of(Figure figure, String currency) {
            return new MoneyFigure(figure.hasValue() ? figure.value().toPlainString() : null, currency,
                    figure.reason());
        }
    }

    /** One estimate at completion, labelled with its formula, and what follows from it. */
    record ForecastView(String method, String formula, MoneyFigure eac, MoneyFigure etc, MoneyFigure vac,
            Figure tcpiToEac) {

        static ForecastView of(Forecast forecast, String currency) {
            return new ForecastView(forecast.method().name(), "EAC = " + forecast.method().formula(),
                    MoneyFigure.of(forecast.eac(), currency), MoneyFigure.of(forecast.etc(), currency),
                    MoneyFigure.of(forecast.vac(), currency), forecast.tcpiToEac());
        }
    }

    /** The earned value of one status date, every figure of {@link EarnedValue}. */
    record EarnedValueReport(String projectId, LocalDate statusDate, Instant asOf, String currency,
            String baselineId, String baselineName, Amount bac, Amount pv, Amount ev, Amount ac, Amount sv,
            Amount cv, Figure spi, Figure cpi, Figure tcpiToBac, List<ForecastView> forecasts,
            EarnedSchedule earnedSchedule, Source computedFrom) {

        static EarnedValueReport of(String projectId, Loaded loaded, EarnedValue figures) {
            String currency = loaded.currency(figures.currency());
            return new EarnedValueReport(projectId, figures.statusDate(), figures.asOf(), currency,
                    loaded.baseline().baselineId(), loaded.baseline().name(), Amount.of(figures.bac(), currency),
                    Amount.of(figures.pv(), currency), Amount.of(figures.ev(), currency),
                    Amount.of(figures.ac(), currency), Amount.of(figures.sv(), currency),
                    Amount.of(figures.cv(), currency), figures.spi(), figures.cpi(), figures.tcpiToBac(),
                    figures.forecasts().stream().map(forecast -> ForecastView.of(forecast, currency)).toList(),
                    figures.earnedSchedule(), loaded.source());
        }
    }

    /** Cumulative PV, EV and AC at the end of each period, for an S-curve. */
    record SCurve(String projectId, String baselineId, String baselineName, String period, Instant asOf,
            String currency, List<Point> points, Source computedFrom) {

        record Point(LocalDate date, Amount pv, Amount ev, Amount ac) {
        }
    }
}
