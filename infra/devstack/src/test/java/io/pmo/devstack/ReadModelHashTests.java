package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The read-model fingerprint tells two builds apart only where they differ in fact. */
class ReadModelHashTests {

    private static Document row(String id, String name, Date updatedAt) {
        return new Document("_id", id).append("name", name).append("sources", new Document("p-1", 3L))
                .append("updatedAt", updatedAt);
    }

    @Test
    void isTheSameForTheSameDocumentsInAnotherOrderWithFieldsAddedInAnotherOrder() {
        Document a = row("p-1", "Apollo", new Date(1_000));
        Document reordered = new Document("sources", new Document("p-1", 3L)).append("updatedAt", new Date(1_000))
                .append("name", "Apollo").append("_id", "p-1");

        assertThat(ReadModelHash.hash("report_projects", List.of(a, row("p-2", "Gemini", new Date(1_000)))))
                .isEqualTo(ReadModelHash.hash("report_projects", List.of(row("p-2", "Gemini", new Date(1_000)),
                        reordered)));
    }

    @Test
    void differsWhenOneFieldOfOneDocumentDiffers() {
        assertThat(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apollo", new Date(1_000)))))
                .isNotEqualTo(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apolo", new Date(1_000)))));
        assertThat(ReadModelHash.hash("report_projects", List.of(row("p-1", "1", new Date(1_000)))))
                .as("a string is not a number").isNotEqualTo(ReadModelHash.hash("report_projects",
                        List.of(new Document(row("p-1", "x", new Date(1_000))).append("name", 1))));
    }

    @Test
    void differsWhenADocumentIsMissing() {
        assertThat(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apollo", null))))
                .isNotEqualTo(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apollo", null),
                        row("p-2", "Gemini", null))));
    }

    @Test
    void ignoresTheWallClockFieldsOfTheCollectionsThatHaveThemOnly() {
        assertThat(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apollo", new Date(1_000)))))
                .isEqualTo(ReadModelHash.hash("report_projects", List.of(row("p-1", "Apollo", new Date(9_000)))));
        assertThat(ReadModelHash.hash("report_evm_inputs", List.of(row("p-1", "Apollo", new Date(1_000)))))
                .isNotEqualTo(ReadModelHash.hash("report_evm_inputs", List.of(row("p-1", "Apollo", new Date(9_000)))));
    }
}
