package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTests {

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = { "3", "\"3\"", "W/\"3\"", " \"3\" " })
    void readsTheVersionBareQuotedOrWeak(String header) {
        assertThat(IfMatch.expectedVersion(header)).isEqualTo(3L);
    }

    @ParameterizedTest(name = "If-Match: [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "*", " * " })
    void expectsNoVersionWithoutAHeaderOrWithAStar(String header) {
        assertThat(IfMatch.expectedVersion(header)).isNull();
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = { "abc", "-1", "\"3\", \"4\"", "3.0" })
    void refusesAHeaderThatIsNotAVersionNamingTheHeaderAsTheField(String header) {
        assertRejected(header);
    }

    /**
     * An unbalanced quote is not an entity tag, but the pattern in {@link IfMatch} makes each quote optional on
     * its own and accepts {@code "3} (and {@code 3"}) as version 3.
     */
    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = { "\"3", "3\"", "W/\"3" })
    void refusesAnUnbalancedQuote(String header) {
        assertRejected(header);
    }

    @Test
    void writesTheVersionAsAStrongEntityTag() {
        assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
        assertThat(IfMatch.expectedVersion(IfMatch.etag(42))).isEqualTo(42L);
    }

    private static void assertRejected(String header) {
        InvalidRequestException ex = catchThrowableOfType(InvalidRequestException.class,
                () -> IfMatch.expectedVersion(header));

        assertThat(ex).as("If-Match: %s", header).isNotNull();
        assertThat(ex.errors()).singleElement().satisfies(error -> assertThat(error).containsEntry("field", "If-Match"));
    }
}
