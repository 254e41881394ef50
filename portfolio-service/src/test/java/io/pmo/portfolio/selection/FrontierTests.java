package io.pmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrontierTests {

    @Test
    void spacesLevelsEvenlyWithBothEndsIncluded() {
        assertThat(Frontier.levels(0, 100, 5)).containsExactly(0L, 25L, 50L, 75L, 100L);
        assertThat(Frontier.levels(1_000, 2_000, 2)).containsExactly(1_000L, 2_000L);
    }

    @Test
    void roundsUnevenStepsDownToWholeMinorUnits() {
        assertThat(Frontier.levels(0, 10, 4)).containsExactly(0L, 3L, 6L, 10L);
    }

    @Test
    void spansTheWholeLongRangeWithoutOverflow() {
        List<Long> levels = Frontier.levels(0, Long.MAX_VALUE, 100);

        assertThat(levels).hasSize(100).isSorted().startsWith(0L).endsWith(Long.MAX_VALUE);
    }

    @Test
    void allowsOnePointOnlyWhereTheRangeIsOneBudget() {
        assertThat(Frontier.levels(500, 500, 1)).containsExactly(500L);
        assertThatIllegalArgumentException().isThrownBy(() -> Frontier.levels(0, 500, 1));
    }

    @Test
    void rejectsCountsAndRangesOutOfBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Frontier.levels(0, 100, 101))
                .withMessageContaining("2 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> Frontier.levels(0, 100, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Frontier.levels(200, 100, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> Frontier.levels(-1, 100, 5));
    }
}
