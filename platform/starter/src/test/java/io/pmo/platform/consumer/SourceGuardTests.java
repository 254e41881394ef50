package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static io.pmo.platform.consumer.ConsumerMother.newId;
import static io.pmo.platform.consumer.ConsumerMother.renamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.query.Update;

import io.pmo.events.common.CloudEvent;

class SourceGuardTests {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private final MongoTemplate mongo = MONGO.database("guard");

    /** A dashboard row fed by several source aggregates. */
    @org.springframework.data.mongodb.core.mapping.Document("dashboard_rows")
    record DashboardRow(String id, String title, @Field("sources") Map<String, Long> sources) {
    }

    /** A read model whose fields are renamed and nested, as the entity's metadata maps them. */
    @org.springframework.data.mongodb.core.mapping.Document("detailed_rows")
    record DetailedRow(String id, @Field("t") String title, Detail detail, java.time.LocalDate due,
            Map<String, Long> sources) {
    }

    record Detail(String owner, java.math.BigDecimal budget) {
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @BeforeEach
    void clean() {
        MONGO.reset();
    }

    @Test
    void createsTheDocumentOnceAndADuplicateCreateChangesNothing() {
        String project = newId();
        CloudEvent create = created(TENANT, project, 0);

        assertThat(SourceGuard.upsert(mongo, DashboardRow.class, "row-1", new Update().set("title", "first"),
                received(create))).isTrue();
        assertThat(SourceGuard.upsert(mongo, DashboardRow.class, "row-1", new Update().set("title", "again"),
                received(create))).isFalse();

        Document row = row("row-1");
        assertThat(row.getString("title")).isEqualTo("first");
        assertThat(row.get("sources", Document.class)).containsEntry(project, 0L);
        assertThat(row.getString(SourceGuard.LAST_EVENT_ID)).isEqualTo(create.id());
        assertThat(row.getDate(SourceGuard.LAST_EVENT_AT).toInstant()).isEqualTo(create.time());
    }

    @Test
    void appliesAChangeOnlyIfTheSourcesStoredSequenceIsLower() {
        String project = newId();
        SourceGuard.upsert(mongo, DashboardRow.class, "row-1", new Update().set("title", "v0"), received(created(TENANT, project, 0)));
        CloudEvent second = renamed(TENANT, project, 2);

        assertThat(update("row-1", "v2", second)).isTrue();
        assertThat(update("row-1", "v1", renamed(TENANT, project, 1))).as("an older event").isFalse();
        assertThat(update("row-1", "v2 again", second)).as("a redelivery").isFalse();

        assertThat(row("row-1").getString("title")).isEqualTo("v2");
        assertThat(row("row-1").getString(SourceGuard.LAST_EVENT_ID)).isEqualTo(second.id());
    }

    @Test
    void keepsOneSequencePerSourceAggregateOfADocument() {
        String project = newId();
        String risk = newId();
        SourceGuard.upsert(mongo, DashboardRow.class, "row-1", new Update().set("title", "p5"), received(renamed(TENANT, project, 5)));

        assertThat(update("row-1", "r0", created(TENANT, risk, 0))).as("another source's first event").isTrue();
        assertThat(update("row-1", "p4", renamed(TENANT, project, 4))).isFalse();

        assertThat(mongo.findById("row-1", DashboardRow.class).sources()).isEqualTo(Map.of(project, 5L, risk, 0L));
    }

    @Test
    void changesNothingWhenTheDocumentDoesNotExist() {
        assertThat(update("missing", "x", renamed(TENANT, newId(), 1))).isFalse();
        assertThat(row("missing")).isNull();
    }

    @Test
    void writesWhatTheTemplateWritesForTheSameChangeAndBookkeeping() {
        CloudEvent event = renamed(TENANT, newId(), 3);
        Update change = new Update().set("title", "Apollo").set("detail",
                new Detail("ann", new java.math.BigDecimal("12.50"))).set("due", java.time.LocalDate.of(2027, 1, 4));

        SourceGuard.upsert(mongo, DetailedRow.class, "guarded", change, received(event));
        mongo.upsert(SourceGuard.pending("template", received(event)), SourceGuard.stamp(
                new Update().set("title", "Apollo").set("detail", new Detail("ann", new java.math.BigDecimal("12.50")))
                        .set("due", java.time.LocalDate.of(2027, 1, 4)), received(event)), DetailedRow.class);

        Document guarded = mongo.findById("guarded", Document.class, "detailed_rows");
        Document template = mongo.findById("template", Document.class, "detailed_rows");
        guarded.remove("_id");
        template.remove("_id");
        assertThat(guarded).isEqualTo(template).containsKeys("t", "detail", "due", "sources",
                SourceGuard.LAST_EVENT_ID, SourceGuard.LAST_EVENT_AT);
        assertThat(mongo.findById("guarded", DetailedRow.class).detail()).isEqualTo(
                new Detail("ann", new java.math.BigDecimal("12.50")));
    }

    @Test
    void refusesASourceIdThatCannotBeAFieldName() {
        assertThatThrownBy(() -> SourceGuard.field("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceGuard.field("$where")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SourceGuard.field("3f2b8c1e-6a4d")).isEqualTo("sources.3f2b8c1e-6a4d");
    }

    private boolean update(String id, String title, CloudEvent event) {
        return SourceGuard.update(mongo, DashboardRow.class, id, new Update().set("title", title), received(event));
    }

    private Document row(String id) {
        return mongo.findById(id, Document.class, "dashboard_rows");
    }

    private static ReceivedEvent<Object> received(CloudEvent event) {
        return ReceivedEvent.of(GROUP, event, new Object());
    }
}
