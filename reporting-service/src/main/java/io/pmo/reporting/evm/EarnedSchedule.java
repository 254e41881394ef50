package io.pmo.reporting.evm;

/**
 * Schedule performance in time rather than money (Walt Lipke, "Schedule is Different", The Measurable News,
 * March 2003), in working days of the baseline's calendar: {@code es}, the time at which the earned value should
 * have been earned; {@code at}, the working days from the baseline's start to the status date, both inclusive;
 * {@code spiT = ES / AT} and {@code svT = ES - AT}. Unlike SPI, SPI(t) does not drift back to 1 when a late
 * project finishes. Durations and the index to 4 decimals.
 */
public record EarnedSchedule(Figure es, int at, Figure spiT, Figure svT) {
}
