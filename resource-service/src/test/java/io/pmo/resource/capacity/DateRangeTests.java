package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY_TO_FRIDAY;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The bounds of a query range and how it is cut into clipped periods. */
class DateRangeTests {

    @Test
    void acceptsUpTo3660DaysAndRefusesOneMore() {
        LocalDate from = jan(1);

        assertThat(new DateRange(from, from.plusDays(3659)).days()).isEqualTo(3660);
        assertThatThrownBy(() -> new DateRange(from, from.plusDays(3660)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 3660 days")
                .hasMessageContaining("spans 3661");
    }

    @Test
    void refusesARangeEndingBeforeItStarts() {
        assertThatThrownBy(() -> new DateRange(jan(2), jan(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-01-02 to 2027-01-01");
    }

    @Test
    void aOneDayRangeIsOnePeriod() {
        assertThat(new DateRange(jan(5), jan(5)).days()).isEqualTo(1);
        assertThat(periods(new DateRange(jan(5), jan(5)), Granularity.MONTH))
                .containsExactly(tuple(jan(5), jan(5)));
    }

    @Test
    void weeksAreMondayToSundayClippedToTheRange() {
        // Wed 2027-01-06 to Tue 2027-01-19: Wed-Sun, a whole week, Mon-Tue
        assertThat(periods(new DateRange(jan(6), jan(19)), Granularity.WEEK)).containsExactly(
                tuple(jan(6), jan(10)), tuple(jan(11), jan(17)), tuple(jan(18), jan(19)));
    }

    @Test
    void monthsAreCalendarMonthsClippedToTheRange() {
        assertThat(periods(new DateRange(jan(25), LocalDate.of(2027, 3, 3)), Granularity.MONTH)).containsExactly(
                tuple(jan(25), jan(31)),
                tuple(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)),
                tuple(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)));
    }

    private static List<Tuple> periods(DateRange range, Granularity granularity) {
        return Utilisation.over(MONDAY_TO_FRIDAY, range, granularity)
                .of(CapacityProfile.fullTime(BigDecimal.ONE), List.of()).stream()
                .map(row -> tuple(row.start(), row.end())).toList();
    }
}
