/**
 * Earned value management as pure arithmetic: the performance baseline, progress facts and cost facts in (plain
 * records, most of them built straight from the project events), the figures of one status date or an S-curve
 * out. No framework, no I/O, so every figure can be checked against a textbook table or a hand computation.
 *
 * <p>Conventions, in one place:
 * <ul>
 * <li><b>Status date</b>: figures are "as of the end of" that date. A task's planned value accrues linearly per
 * working day of the baseline's calendar (a task of {@code n} working days plans {@code 1/n} of its budget at the
 * end of each), its planned finish is its last day of work, and a milestone (0 days) plans its whole budget at
 * the end of its date. Summary tasks roll up and carry no value of their own; a task without a planned cost
 * carries 0.</li>
 * <li><b>Facts</b>: progress and cost facts have an effective (business) date and a recording instant. Asked
 * "as of" an instant, the calculator ignores facts and corrections recorded after it. A correction replaces the
 * values (effective date included) of the fact it corrects; of several corrections the last recorded wins.</li>
 * <li><b>Rounding</b>: money to 2 decimals, indices and earned-schedule durations to 4, HALF_EVEN, in
 * {@link java.math.BigDecimal} only. BAC, PV, EV and AC are rounded to the cent first and every other figure is
 * derived from those cents, so a reader can re-derive each figure from the ones shown next to it. Forecasts use
 * the exact ratios of those cents, not the rounded indices.</li>
 * <li><b>Undefined figures</b>: a division by zero gives a {@link io.pmo.reporting.evm.Figure} without a value
 * and with the reason, never an exception or infinity.</li>
 * <li><b>Currency</b>: one per project; a baseline or a cost in another currency is refused with a
 * {@link io.pmo.reporting.evm.MixedCurrenciesException} naming both.</li>
 * </ul>
 */
package io.pmo.reporting.evm;
