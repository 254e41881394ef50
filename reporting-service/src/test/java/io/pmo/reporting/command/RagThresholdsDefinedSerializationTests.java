package io.pmo.reporting.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pmo.reporting.rag.RagThresholds;

/**
 * {@link RagThresholdsDefined} in the event store: a payload stored before the thresholds could count risks (the
 * fixture, revision 1 without {@code highRisks...}) still reads, as thresholds under which risks do not count; a
 * new payload with the counts reads back as written, under the same revision.
 */
class RagThresholdsDefinedSerializationTests {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void aPayloadStoredBeforeRisksCouldCountReadsAsThresholdsWithoutThem() throws IOException {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(fixture("RagThresholdsDefined-rev1-before-risks"),
                byte[].class, RagThresholdsDefined.class.getName(), "1");

        RagThresholdsDefined read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(new RagThresholdsDefined("rag-definition:acme", "acme", 1,
                new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.90"), new BigDecimal("0.95"),
                        new BigDecimal("0.85"), 1, 2)));
        assertThat(read.thresholds().countsRisks()).isFalse();
    }

    @Test
    void aPayloadWithRiskCountsReadsBackUnderTheSameRevision() {
        RagThresholdsDefined written = new RagThresholdsDefined("rag-definition:acme", "acme", 2,
                new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("0.95"),
                        new BigDecimal("0.85"), 1, 2, 1, 3));

        SerializedObject<byte[]> stored = serializer.serialize(written, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"highRisksAmberFrom\":1");
        assertThat((RagThresholdsDefined) serializer.deserialize(stored)).isEqualTo(written);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = RagThresholdsDefinedSerializationTests.class
                .getResourceAsStream("/fixtures/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
