package io.pmo.project.command;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.platform.bounds.InputBounds;
import io.pmo.platform.domain.RuleViolated;

/**
 * The rules of custom fields: what a definition may say (checked when settings are written) and what a project's
 * values must be against the definitions in force (checked when values are written). Every violation is
 * reported at once, each naming its field, in one {@link RuleViolated}.
 */
final class CustomFieldRules {

    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");

    static final int MAX_TEXT = 2000;

    private static final int MAX_LABEL = 200;

    private CustomFieldRules() {
    }

    /** Checks a tenant's definitions: well-formed unique keys, labels, and choices exactly for CHOICE fields. */
    static List<CustomFieldDefinition> checkDefinitions(List<CustomFieldDefinition> definitions) {
        List<Map<String, String>> errors = new ArrayList<>();
        List<CustomFieldDefinition> normalized = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            CustomFieldDefinition definition = definitions.get(i);
            String at = "customFields[" + i + "].";
            if (definition.key() == null || !KEY.matcher(definition.key()).matches()) {
                errors.add(error(at + "key", "must match [a-z][a-zA-Z0-9_]{0,63}"));
            }
            else if (seen.putIfAbsent(definition.key(), i) != null) {
                errors.add(error(at + "key", "duplicates customFields[" + seen.get(definition.key()) + "].key"));
            }
            String label = definition.label() == null ? "" : definition.label().strip();
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                errors.add(error(at + "label", "must be 1 to " + MAX_LABEL + " characters"));
            }
            if (definition.type() == null) {
                errors.add(error(at + "type", "must be TEXT, NUMBER, DATE or CHOICE"));
            }
            List<String> choices = definition.choices().stream().map(c -> c == null ? "" : c.strip()).toList();
            if (definition.type() == CustomFieldType.CHOICE) {
                if (choices.isEmpty()) {
                    errors.add(error(at + "choices", "a CHOICE field needs at least one choice"));
                }
                else if (choices.stream().anyMatch(c -> c.isEmpty() || c.length() > MAX_LABEL)) {
                    errors.add(error(at + "choices", "each choice must be 1 to " + MAX_LABEL + " characters"));
                }
                else if (choices.stream().distinct().count() != choices.size()) {
                    errors.add(error(at + "choices", "must not repeat a choice"));
                }
            }
            else if (definition.type() != null && !choices.isEmpty()) {
                errors.add(error(at + "choices", "only a CHOICE field has choices"));
            }
            normalized.add(new CustomFieldDefinition(definition.key(), label, definition.type(), choices,
                    definition.required()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated("The custom field definitions are not valid", Map.of(RuleViolated.ERRORS, errors));
        }
        return List.copyOf(normalized);
    }

    /**
     * Checks a project's values against the tenant's definitions and answers them in canonical form (see
     * {@link CustomFieldType}). A null value is no value.
     * @throws RuleViolated naming {@code values.<key>} for an unknown key, a value of the wrong type or a
     * missing required value
     */
    static Map<String, String> checkValues(List<CustomFieldDefinition> definitions, Map<String, Object> values) {
        Map<String, CustomFieldDefinition> byKey = new LinkedHashMap<>();
        definitions.forEach(definition -> byKey.put(definition.key(), definition));
        List<Map<String, String>> errors = new ArrayList<>();
        Map<String, String> canonical = new TreeMap<>();
        values.forEach((key, value) -> {
            CustomFieldDefinition definition = byKey.get(key);
            if (definition == null) {
                errors.add(error("values." + key, "is not a custom field of this tenant"));
            }
            else if (value != null) {
                String problem = problemOf(definition, value);
                if (problem != null) {
                    errors.add(error("values." + key, problem));
                }
                else {
                    canonical.put(key, canonical(definition.type(), value));
                }
            }
        });
        byKey.values().stream().filter(CustomFieldDefinition::required)
                .filter(definition -> values.get(definition.key()) == null)
                .forEach(definition -> errors.add(error("values." + definition.key(), "is required")));
        if (!errors.isEmpty()) {
            throw new RuleViolated("The custom field values do not fit the tenant's definitions",
                    Map.of(RuleViolated.ERRORS, errors));
        }
        return canonical;
    }

    private static String problemOf(CustomFieldDefinition definition, Object value) {
        return switch (definition.type()) {
            case TEXT -> !(value instanceof String text) || text.isBlank() || text.strip().length() > MAX_TEXT
                    ? "must be text of 1 to " + MAX_TEXT + " characters" : InputBounds.textProblem(text);
            case NUMBER -> number(value) == null ? "must be a number" : InputBounds.numberProblem(number(value));
            case DATE -> date(value) == null ? "must be an ISO date such as 2027-03-01"
                    : InputBounds.dateProblem(date(value));
            case CHOICE -> value instanceof String choice && definition.choices().contains(choice) ? null
                    : "must be one of " + definition.choices();
        };
    }

    private static String canonical(CustomFieldType type, Object value) {
        return switch (type) {
            case TEXT -> ((String) value).strip();
            case NUMBER -> {
                BigDecimal number = number(value).stripTrailingZeros();
                yield (number.signum() == 0 ? BigDecimal.ZERO : number).toPlainString();
            }
            case DATE -> date(value).toString();
            case CHOICE -> (String) value;
        };
    }

    /** A JSON number, or a string holding a decimal number (as money amounts may be); null otherwise. */
    private static BigDecimal number(Object value) {
        try {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof BigInteger | value instanceof Long | value instanceof Integer
                    | value instanceof Short) {
                return new BigDecimal(value.toString());
            }
            if (value instanceof Double | value instanceof Float) {
                double number = ((Number) value).doubleValue();
                return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
            }
            if (value instanceof String text && text.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
                return new BigDecimal(text.strip());
            }
        }
        catch (NumberFormatException ex) {
            return null;
        }
        return null;
    }

    private static LocalDate date(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
