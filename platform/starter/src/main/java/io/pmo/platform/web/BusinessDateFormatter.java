package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A business date in a query parameter or path variable: ISO 8601 ({@code 2027-01-04}) and within
 * {@link InputBounds}. {@link #register} installs it for plain {@code LocalDate} parameters and for those
 * annotated with {@code @DateTimeFormat}, so no date parameter escapes the bounds.
 */
public class BusinessDateFormatter implements Formatter<LocalDate> {

    /** Registered after Spring's own, so these are the ones asked first. */
    public static void register(FormatterRegistry registry) {
        BusinessDateFormatter formatter = new BusinessDateFormatter();
        registry.addFormatterForFieldType(LocalDate.class, formatter);
        registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(LocalDate.class);
            }

            @Override
            public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
                return formatter;
            }

            @Override
            public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
                return formatter;
            }
        });
    }

    @Override
    public LocalDate parse(String text, Locale locale) {
        return InputBounds.parseDate(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }
}
