package io.pmo.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's figures, each with its unit and, where it has one, its ratio to the raw baseline measured in the
 * same run: printed as a text table and written as JSON. A figure that could not be measured has no value (JSON
 * {@code null}, "n/a" in the table) and a note saying why.
 */
final class Report {

    /** One figure; {@code value} and {@code ratio} are NaN when absent. */
    record Figure(String name, double value, String unit, double ratio, String ratioTo, String note) {
    }

    private final Map<String, Object> context = new LinkedHashMap<>();

    private final List<Figure> figures = new ArrayList<>();

    private final List<String> notes = new ArrayList<>();

    /** A setting or a fact about the run (machine, mode, durations), shown above the table. */
    Report context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    Report figure(String name, double value, String unit) {
        return figure(name, value, unit, Double.NaN, null, null);
    }

    Report figure(String name, double value, String unit, double ratio, String ratioTo) {
        return figure(name, value, unit, ratio, ratioTo, null);
    }

    Report figure(String name, double value, String unit, double ratio, String ratioTo, String note) {
        figures.add(new Figure(name, value, unit, ratio, ratioTo, note));
        return this;
    }

    /** A figure that was not measured, and why. */
    Report missing(String name, String unit, String why) {
        return figure(name, Double.NaN, unit, Double.NaN, null, why);
    }

    Report note(String note) {
        notes.add(note);
        return this;
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("context", context);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", figure.name());
            row.put("value", number(figure.value()));
            row.put("unit", figure.unit());
            row.put("ratio", number(figure.ratio()));
            row.put("ratioTo", figure.ratioTo());
            row.put("note", figure.note());
            rows.add(row);
        }
        root.put("figures", rows);
        root.put("notes", notes);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String toTable() {
        int nameWidth = Math.max(6, figures.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        context.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        String format = "%-" + nameWidth + "s  %12s  %-10s  %8s  %s%n";
        out.append('\n').append(String.format(format, "figure", "value", "unit", "ratio", "ratio to / note"));
        out.append("-".repeat(nameWidth + 2 + 12 + 2 + 10 + 2 + 8 + 2 + 30)).append('\n');
        for (Figure figure : figures) {
            String tail = figure.ratioTo() == null ? "" : figure.ratioTo();
            if (figure.note() != null) {
                tail = tail.isEmpty() ? figure.note() : tail + "; " + figure.note();
            }
            out.append(String.format(format, figure.name(), format(figure.value()), figure.unit(),
                    formatRatio(figure.ratio()), tail));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("* ").append(note).append('\n'));
        }
        return out.toString();
    }

    /** A ratio, NaN if either side is missing or the denominator is zero. */
    static double ratio(double numerator, double denominator) {
        return Double.isNaN(numerator) || Double.isNaN(denominator) || denominator == 0 ? Double.NaN
                : numerator / denominator;
    }

    private static Object number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    /** Three decimals, or two significant digits for a ratio too small to show in three. */
    private static String formatRatio(double ratio) {
        if (Double.isNaN(ratio)) {
            return "";
        }
        return ratio != 0 && Math.abs(ratio) < 0.01 ? String.format("%.1e", ratio) : String.format("%.3f", ratio);
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value);
    }
}
