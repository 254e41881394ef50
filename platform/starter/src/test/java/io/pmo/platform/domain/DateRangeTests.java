package io.pmo.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A range's finish is never before its start; a one-day range is a range. */
class DateRangeTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void acceptsAFinishOnOrAfterTheStart() {
        assertThat(DateRange.isOrdered(MONDAY, MONDAY)).isTrue();
        assertThat(DateRange.isOrdered(MONDAY, MONDAY.plusDays(1))).isTrue();
        assertThat(new DateRange(MONDAY, MONDAY.plusDays(1)).finish()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void refusesAFinishBeforeTheStartOrAMissingDate() {
        assertThat(DateRange.isOrdered(MONDAY, MONDAY.minusDays(1))).isFalse();
        assertThat(DateRange.isOrdered(null, MONDAY)).isFalse();
        assertThat(DateRange.isOrdered(MONDAY, null)).isFalse();
        assertThatThrownBy(() -> new DateRange(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the start");
    }
}
