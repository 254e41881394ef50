package io.pmo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every figure reaches the JSON and the table, with its ratio; an unmeasured one says n/a and why. */
class ReportTests {

    private final Report report = new Report()
            .context("mode", "quick")
            .context("steps", List.of("offered 25/s", "offered 50/s"))
            .figure("raw INSERT, autocommit per row", 1234.5, "rows/s")
            .figure("saturation commands", 617.25, "commands/s", Report.ratio(617.25, 1234.5), "raw INSERT rows/s")
            .figure("consumer", 29.5, "events/s", Report.ratio(29.5, 264_838), "raw topic read events/s")
            .missing("rebuild", "events/s", "n/a (endpoint not present)")
            .note("shares the cores");

    @Test
    void theJsonHoldsContextFiguresRatiosAndNullForWhatWasNotMeasured() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.get("context").get("mode").asText()).isEqualTo("quick");
        assertThat(json.get("context").get("steps")).hasSize(2);
        JsonNode figures = json.get("figures");
        assertThat(figures).hasSize(4);
        assertThat(figures.get(1).get("value").asDouble()).isEqualTo(617.25);
        assertThat(figures.get(1).get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(figures.get(1).get("ratioTo").asText()).isEqualTo("raw INSERT rows/s");
        assertThat(figures.get(0).get("ratio").isNull()).isTrue();
        assertThat(figures.get(3).get("value").isNull()).isTrue();
        assertThat(figures.get(3).get("note").asText()).isEqualTo("n/a (endpoint not present)");
        assertThat(json.get("notes").get(0).asText()).isEqualTo("shares the cores");
    }

    @Test
    void theTableHasARowPerFigureWithItsValueUnitAndRatio() {
        String table = report.toTable();

        assertThat(table).contains("mode: quick");
        assertThat(table.lines().filter(line -> line.startsWith("saturation commands")).findFirst().orElseThrow())
                .contains(" 617 ").contains("commands/s").contains("0.500").contains("raw INSERT rows/s");
        assertThat(table.lines().filter(line -> line.startsWith("raw INSERT")).findFirst().orElseThrow())
                .contains("1,235");
        assertThat(table.lines().filter(line -> line.startsWith("rebuild")).findFirst().orElseThrow())
                .contains("n/a").contains("endpoint not present");
        assertThat(table.lines().filter(line -> line.startsWith("consumer")).findFirst().orElseThrow())
                .as("a tiny ratio keeps its digits").contains("1.1e-04");
        assertThat(table).contains("* shares the cores");
    }

    @Test
    void aRatioWithAMissingSideOrAZeroDenominatorIsNaN() {
        assertThat(Report.ratio(3, 2)).isEqualTo(1.5);
        assertThat(Report.ratio(Double.NaN, 2)).isNaN();
        assertThat(Report.ratio(3, 0)).isNaN();
    }
}
