package io.pmo.devstack;

import java.util.List;
import java.util.Map;

/**
 * The project of {@link EarnedValueIT} and every figure its earned value must show, computed by hand (the
 * arithmetic is in the comments; money to the cent and indices to 4 decimals, HALF_EVEN).
 *
 * <p>The plan, on acme's Monday-to-Friday calendar (its only holiday is in 2031), from Monday 4 January 2027:
 * <pre>
 * Design   5 days  PERCENT_COMPLETE     10,000.00   4 to  8 January (working days 1-5)
 * Build   10 days  WEIGHTED_MILESTONES  24,000.00  11 to 22 January (days 6-15), after Design:
 *                  checkpoints spec 30, code 50, review 20
 * Test     5 days  FIFTY_FIFTY           6,000.00  11 to 15 January (days 6-10), after Design
 * Go live  0 days  ZERO_HUNDRED          1,000.00  reached 22 January (end of day 15), after Build
 * BAC = 10,000.00 + 24,000.00 + 6,000.00 + 1,000.00 = 41,000.00
 * </pre>
 * Facts, in the order they are recorded (effective dates in brackets):
 * <pre>
 * week 1  Design 40 % (6 Jan), cost Design 5,200.00 (8 Jan), Design finished 100 % (8 Jan)
 * week 2  Test started (11 Jan, 10 %), Build: spec done (13 Jan, 30 %),
 *         cost Build 8,100.00 (15 Jan), cost Test 2,500.00 (15 Jan)
 * week 3  Test finished (18 Jan), cost Test 3,700.00 (18 Jan), Build 60 % with spec done (19 Jan),
 *         cost Build 4,400.00 (19 Jan)
 * late    correction of Build's 15 January cost: 8,600.00, not 8,100.00 (recorded after all of week 3)
 * </pre>
 */
final class EvmIntegrationMother {

    /** Wednesday of week 3. */
    static final String STATUS_DATE = "2027-01-20";

    static final String CURRENCY = "EUR";

    static final String BUILD_CHECKPOINTS = "[{\"checkpointId\":\"spec\",\"name\":\"Specification\",\"weight\":30},"
            + "{\"checkpointId\":\"code\",\"name\":\"Code complete\",\"weight\":50},"
            + "{\"checkpointId\":\"review\",\"name\":\"Review\",\"weight\":20}]";

    /**
     * Every money figure at the end of the status date with every fact and the correction, by JSON path.
     * <ul>
     * <li>PV: Design done by 8 Jan 10,000.00; Build 8 of its 10 working days (11-15, 18-20 Jan) 24,000.00 x 8 / 10
     * = 19,200.00; Test done by 15 Jan 6,000.00; Go live not before 22 Jan 0. PV = 35,200.00</li>
     * <li>EV: Design 100 % 10,000.00; Build's latest fact (19 Jan) has spec done, 30 % of 24,000.00 = 7,200.00
     * (its 60 % does not count: the method is weighted milestones); Test finished 6,000.00; Go live 0.
     * EV = 23,200.00</li>
     * <li>AC: 5,200.00 + 8,600.00 (corrected) + 2,500.00 + 3,700.00 + 4,400.00 = 24,400.00</li>
     * <li>SV = 23,200.00 - 35,200.00 = -12,000.00; CV = 23,200.00 - 24,400.00 = -1,200.00</li>
     * <li>EAC (BAC / CPI) = 41,000.00 x 24,400.00 / 23,200.00 = 43,120.6896... = 43,120.69;
     * ETC = 43,120.69 - 24,400.00 = 18,720.69; VAC = 41,000.00 - 43,120.69 = -2,120.69</li>
     * <li>EAC (AC + (BAC - EV)) = 24,400.00 + 17,800.00 = 42,200.00; ETC 17,800.00; VAC -1,200.00</li>
     * <li>EAC (AC + (BAC - EV) / (CPI x SPI)) = 24,400.00 + 17,800.00 x 24,400.00 x 35,200.00 / 23,200.00^2
     * = 24,400.00 + 28,403.7975... = 52,803.80; ETC 28,403.80; VAC -11,803.80</li>
     * </ul>
     */
    static final Map<String, String> MONEY = Map.ofEntries(Map.entry("bac", "41000.00"), Map.entry("pv", "35200.00"),
            Map.entry("ev", "23200.00"), Map.entry("ac", "24400.00"), Map.entry("sv", "-12000.00"),
            Map.entry("cv", "-1200.00"),
            Map.entry("forecasts[0].eac", "43120.69"), Map.entry("forecasts[0].etc", "18720.69"),
            Map.entry("forecasts[0].vac", "-2120.69"),
            Map.entry("forecasts[1].eac", "42200.00"), Map.entry("forecasts[1].etc", "17800.00"),
            Map.entry("forecasts[1].vac", "-1200.00"),
            Map.entry("forecasts[2].eac", "52803.80"), Map.entry("forecasts[2].etc", "28403.80"),
            Map.entry("forecasts[2].vac", "-11803.80"));

    /**
     * Every index and earned-schedule figure, likewise.
     * <ul>
     * <li>SPI = 23,200.00 / 35,200.00 = 0.65909... = 0.6591; CPI = 23,200.00 / 24,400.00 = 0.95081... = 0.9508</li>
     * <li>TCPI to BAC = (41,000.00 - 23,200.00) / (41,000.00 - 24,400.00) = 17,800 / 16,600 = 1.07228... = 1.0723</li>
     * <li>TCPI to EAC = 17,800.00 / ETC: 17,800 / 18,720.69 = 0.95081... = 0.9508; 17,800 / 17,800 = 1.0000;
     * 17,800 / 28,403.80 = 0.62667... = 0.6267</li>
     * <li>Earned schedule: cumulative PV at the end of working days 8 (13 Jan) and 9 (14 Jan) is 10,000 + 7,200
     * + 3,600 = 20,800.00 and 10,000 + 9,600 + 4,800 = 24,400.00; EV 23,200.00 lies between:
     * ES = 8 + (23,200 - 20,800) / (24,400 - 20,800) = 8 + 2,400 / 3,600 = 8.6667; AT = 13 working days (4-8,
     * 11-15, 18-20 January); SPI(t) = 8.6666... / 13 = 0.6667; SV(t) = 8.6666... - 13 = -4.3333</li>
     * </ul>
     */
    static final Map<String, String> INDICES = Map.ofEntries(Map.entry("spi", "0.6591"), Map.entry("cpi", "0.9508"),
            Map.entry("tcpiToBac", "1.0723"), Map.entry("forecasts[0].tcpiToEac", "0.9508"),
            Map.entry("forecasts[1].tcpiToEac", "1.0000"), Map.entry("forecasts[2].tcpiToEac", "0.6267"),
            Map.entry("earnedSchedule.es", "8.6667"), Map.entry("earnedSchedule.spiT", "0.6667"),
            Map.entry("earnedSchedule.svT", "-4.3333"));

    static final int ACTUAL_TIME = 13;

    static final List<String> FORECAST_FORMULAS = List.of("EAC = BAC / CPI", "EAC = AC + (BAC - EV)",
            "EAC = AC + (BAC - EV) / (CPI x SPI)");

    /**
     * The figures that change when asked as of an instant before the correction was recorded: Build's 15 January
     * cost was 8,100.00, so AC = 24,400.00 - 500.00 = 23,900.00; CV = 23,200.00 - 23,900.00 = -700.00;
     * CPI = 23,200 / 23,900 = 0.97071... = 0.9707; EAC (BAC / CPI) = 41,000.00 x 23,900.00 / 23,200.00
     * = 42,237.0689... = 42,237.07; EAC (AC + (BAC - EV)) = 23,900.00 + 17,800.00 = 41,700.00.
     */
    static final Map<String, String> BEFORE_CORRECTION = Map.of("ac", "23900.00", "cv", "-700.00",
            "forecasts[0].eac", "42237.07", "forecasts[1].eac", "41700.00", "pv", "35200.00", "ev", "23200.00");

    static final String BEFORE_CORRECTION_CPI = "0.9707";

    /**
     * The weekly S-curve from 4 to 20 January: points at the Sundays 10 and 17 January and at 20 January.
     * <ul>
     * <li>10 Jan: PV Design 10,000.00; EV Design 100 % 10,000.00; AC 5,200.00</li>
     * <li>17 Jan: PV 10,000.00 + Build 5/10 x 24,000.00 + Test 6,000.00 = 28,000.00; EV 10,000.00 + Build spec
     * 7,200.00 (13 Jan) + Test started, half of 6,000.00 (its finish is effective 18 Jan) = 20,200.00;
     * AC 5,200.00 + 8,600.00 + 2,500.00 = 16,300.00</li>
     * <li>20 Jan: the figures above, 35,200.00, 23,200.00, 24,400.00</li>
     * </ul>
     */
    static final List<List<String>> WEEKLY_SERIES = List.of(
            List.of("2027-01-10", "10000.00", "10000.00", "5200.00"),
            List.of("2027-01-17", "28000.00", "20200.00", "16300.00"),
            List.of("2027-01-20", "35200.00", "23200.00", "24400.00"));

    /**
     * The dashboard row's earned-value snapshot, taken at the project's latest fact date. The test re-reports
     * Build (60 %, checkpoint "spec", which is what its earned value rests on) effective 20 January, so that date is
     * the status date above and the row must show the same figures: SPI 0.6591, CPI 0.9508, EAC by BAC / CPI
     * 43,120.69, BAC 41,000.00, AC 24,400.00, and budget burn = AC / BAC = 24,400.00 / 41,000.00 = 0.595121... =
     * 0.5951.
     */
    static final Map<String, String> DASHBOARD = Map.of("spi", "0.6591", "cpi", "0.9508", "eac", "43120.69",
            "bac", "41000.00", "ac", "24400.00", "budgetBurn", "0.5951");

    private EvmIntegrationMother() {
    }

    static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"" + CURRENCY + "\"}";
    }
}
