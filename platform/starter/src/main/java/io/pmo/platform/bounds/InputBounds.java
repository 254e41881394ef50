package io.pmo.platform.bounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The bounds every input of the platform is held to at the edge, in one place, so that no value a request can
 * carry breaks a store, a consumer or a computation further in (an event is forever: a date that a read model
 * cannot store, or an amount that does not fit Decimal128, would stall every projection that meets it).
 * <ul>
 * <li>Business dates lie in {@link #EARLIEST_DATE}..{@link #LATEST_DATE}: ranges over them (working days, the
 * schedule, S-curves) stay a few tens of thousands of days long.</li>
 * <li>Text has no control characters but tab, line feed and carriage return, and at most {@link #MAX_TEXT_LENGTH}
 * characters (fields say less where they mean less).</li>
 * <li>Any decimal number is below {@link #MAX_NUMBER} in magnitude with at most {@link #MAX_NUMBER_SCALE}
 * decimals; a money amount is not negative, below {@link #MAX_AMOUNT}, with at most its currency's minor units:
 * at most 15 significant digits, exact in MongoDB's Decimal128 and as a JavaScript number.</li>
 * </ul>
 * Each check answers {@code null} when the value is within bounds, else what a client should be told.
 */
public final class InputBounds {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    public static final int MAX_TEXT_LENGTH = 10_000;

    /** Exclusive. */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1E15");

    public static final int MAX_NUMBER_SCALE = 10;

    /** Exclusive: amounts up to 999,999,999,999 and the currency's minor units. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1E12");

    private InputBounds() {
    }

    /**
     * A value outside the bounds; its message names the bound and is safe to show a client. Read from a request,
     * it is a 400 naming the field; derived from one (a schedule that runs past the latest date), a 422 naming
     * {@link #field()}.
     */
    public static class OutOfBoundsException extends IllegalArgumentException {

        private final String field;

        public OutOfBoundsException(String message) {
            this(message, null);
        }

        public OutOfBoundsException(String message, String field) {
            super(message);
            this.field = field;
        }

        /** The request field whose value led out of bounds, or null. */
        public String field() {
            return field;
        }
    }

    /**
     * A business date as a query parameter or path variable carries it: ISO 8601 ({@code 2027-01-04}) and within
     * bounds.
     * @throws OutOfBoundsException if it is not
     */
    public static LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        }
        catch (java.time.format.DateTimeParseException ex) {
            throw new OutOfBoundsException("must be a date as YYYY-MM-DD");
        }
        String problem = dateProblem(date);
        if (problem != null) {
            throw new OutOfBoundsException(problem);
        }
        return date;
    }

    public static String dateProblem(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            return "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE;
        }
        return null;
    }

    public static String textProblem(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return "must have at most " + MAX_TEXT_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + " at "
                        + i + ")";
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i)))) {
                return "must be well-formed text (an unpaired surrogate at " + i + ")";
            }
        }
        return null;
    }

    public static String numberProblem(BigDecimal number) {
        if (number == null) {
            return null;
        }
        if (number.abs().compareTo(MAX_NUMBER) >= 0) {
            return "must be less than " + MAX_NUMBER.toPlainString() + " in magnitude";
        }
        if (number.stripTrailingZeros().scale() > MAX_NUMBER_SCALE) {
            return "must have at most " + MAX_NUMBER_SCALE + " decimals";
        }
        return null;
    }

    /** The ISO 4217 currency of {@code code}, or {@code null} when there is none with minor units. */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    public static String currencyProblem(String code) {
        return code != null && currency(code) == null ? "must be an ISO 4217 currency code such as EUR" : null;
    }

    /** An amount of money in {@code currencyCode} (checked on its own by {@link #currencyProblem}). */
    public static String amountProblem(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0) {
            return "must be less than " + MAX_AMOUNT.toPlainString();
        }
        Currency currency = currency(currencyCode);
        if (currency != null && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            return "must have at most " + currency.getDefaultFractionDigits() + " decimals in " + currency;
        }
        return null;
    }
}
