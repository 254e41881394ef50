package io.pmo.platform.consumer;

import static io.pmo.platform.consumer.ConsumerMother.GROUP;
import static io.pmo.platform.consumer.ConsumerMother.TENANT;
import static io.pmo.platform.consumer.ConsumerMother.TOPIC;
import static io.pmo.platform.consumer.ConsumerMother.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.platform.consumer.ConsumerMother.DeadLetterTopics;
import io.pmo.platform.security.PmoAccessRules;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.SecuredServlet;
import io.pmo.platform.security.TestTokens;

/**
 * {@code /api/v1/admin/consumers/{group}/rebuilds} behind the starter's security: PMO_ADMIN only, 202 with a
 * Location, the progress readable while it runs, one rebuild per group (409), 404 for an unknown group or rebuild,
 * 422 for a group that declares no read models, and cancelling.
 */
class ReadModelRebuildControllerTests {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String BASE = "/api/v1/admin/consumers/" + GROUP + "/rebuilds";

    private static final RebuildMother.Topic TOPIC_IN_MEMORY = new RebuildMother.Topic();

    private final WebApplicationContextRunner runner = SecuredServlet.runner()
            .withUserConfiguration(Api.class);

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    /** One group with a read model, one that only reacts. */
    @Configuration(proxyBeanMethods = false)
    static class Api {

        @Bean
        PmoAccessRules rules() {
            return PmoAccessRules.builder().build();
        }

        @Bean
        ReadModelRebuilds rebuilds() {
            RoutingMongoTemplate mongo = MONGO.routing("rebuild-web");
            ConsumerPositions positions = new ConsumerPositions(mongo, Clock.systemUTC());
            ParkedAggregates parked = new ParkedAggregates(mongo, Clock.systemUTC());
            DeadLetters deadLetters = new DeadLetterTopics().deadLetters();
            CloudEventConsumer names = CloudEventConsumer.group(GROUP).topic(TOPIC)
                    .on(ProjectCreated.class, (event, received) -> SourceGuard.upsert(mongo,
                            ReadModelRebuildTests.ProjectName.class, event.projectId(),
                            new Update().set("name", event.name()), received))
                    .readModels("rebuild_project_names")
                    .build();
            CloudEventConsumer reactions = CloudEventConsumer.group("reactions").topic(TOPIC)
                    .on(ProjectCreated.class, (event, received) -> {
                    })
                    .build();
            List<CloudEventDispatcher> dispatchers = List.of(names, reactions).stream()
                    .map(consumer -> new CloudEventDispatcher(consumer, ConsumerMother.types(), positions, parked,
                            deadLetters, new SimpleMeterRegistry()))
                    .toList();
            return new ReadModelRebuilds(dispatchers, mongo, positions, TOPIC_IN_MEMORY, new RebuildMother.Listeners(),
                    Clock.systemUTC(), Duration.ofSeconds(5), 2);
        }

        @Bean
        ReadModelRebuildController rebuildController(ReadModelRebuilds rebuilds) {
            return new ReadModelRebuildController(rebuilds);
        }
    }

    @Test
    void onlyAPmoAdminMayStartOrReadARebuild() {
        withMvc(mvc -> {
            for (PmoRole role : List.of(PmoRole.PROJECT_MANAGER, PmoRole.PORTFOLIO_MANAGER, PmoRole.VIEWER)) {
                assertThat(perform(mvc, MockMvcRequestBuilders.post(BASE), role).getResponse().getStatus())
                        .as(role.name()).isEqualTo(403);
                assertThat(perform(mvc, MockMvcRequestBuilders.get(BASE + "/x"), role).getResponse().getStatus())
                        .as(role.name()).isEqualTo(403);
            }
            assertThat(mvc.perform(MockMvcRequestBuilders.post(BASE)).andReturn().getResponse().getStatus())
                    .isEqualTo(401);
        });
    }

    @Test
    void startsARebuildWhoseProgressIsReadableWhileItRunsAndRefusesASecondOneOfTheGroup() {
        TOPIC_IN_MEMORY.publish(created(TENANT, ConsumerMother.newId(), 0));
        TOPIC_IN_MEMORY.commitAll();
        CountDownLatch hold = new CountDownLatch(1);
        TOPIC_IN_MEMORY.firstPoll = hold;
        withMvc(mvc -> {
            MvcResult started = perform(mvc, MockMvcRequestBuilders.post(BASE), PmoRole.PMO_ADMIN);
            assertThat(started.getResponse().getStatus()).isEqualTo(202);
            JsonNode body = json(started);
            String location = started.getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(location).isEqualTo(BASE + "/" + body.get("id").asText());
            assertThat(body.get("state").asText()).isEqualTo("RUNNING");
            assertThat(body.get("collections").get("rebuild_project_names").asText())
                    .startsWith("rebuild_project_names__rebuild_");

            MvcResult second = perform(mvc, MockMvcRequestBuilders.post(BASE), PmoRole.PMO_ADMIN);
            assertThat(second.getResponse().getStatus()).isEqualTo(409);
            assertThat(json(second).get("rebuildId").asText()).isEqualTo(body.get("id").asText());

            JsonNode running = json(perform(mvc, MockMvcRequestBuilders.get(location), PmoRole.PMO_ADMIN));
            assertThat(running.get("state").asText()).isEqualTo("RUNNING");
            assertThat(running.get("eventsTotal").asLong()).isEqualTo(TOPIC_IN_MEMORY.size());
            assertThat(running.get("startedAt").asText()).endsWith("Z");

            hold.countDown();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode done = json(perform(mvc, MockMvcRequestBuilders.get(location), PmoRole.PMO_ADMIN));
                assertThat(done.get("state").asText()).isEqualTo("SWAPPED");
                assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong());
                assertThat(done.get("finishedAt").asText()).endsWith("Z");
            });
            assertThat(perform(mvc, MockMvcRequestBuilders.post(BASE), PmoRole.PMO_ADMIN).getResponse().getStatus())
                    .as("the next one may start").isEqualTo(202);
        });
    }

    @Test
    void cancelsARunningRebuildButNotAFinishedOne() {
        TOPIC_IN_MEMORY.publish(created(TENANT, ConsumerMother.newId(), 0));
        CountDownLatch hold = new CountDownLatch(1);
        TOPIC_IN_MEMORY.firstPoll = hold;
        withMvc(mvc -> {
            MvcResult started = perform(mvc, MockMvcRequestBuilders.post(BASE), PmoRole.PMO_ADMIN);
            assertThat(started.getResponse().getStatus()).isEqualTo(202);
            String location = started.getResponse().getHeader(HttpHeaders.LOCATION);

            MvcResult cancelled = perform(mvc, MockMvcRequestBuilders.delete(location), PmoRole.PMO_ADMIN);
            assertThat(cancelled.getResponse().getStatus()).isEqualTo(202);
            hold.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> json(perform(mvc, MockMvcRequestBuilders.get(location),
                    PmoRole.PMO_ADMIN)).get("state").asText().equals("CANCELLED"));
            assertThat(perform(mvc, MockMvcRequestBuilders.delete(location), PmoRole.PMO_ADMIN).getResponse()
                    .getStatus()).isEqualTo(409);
        });
    }

    @Test
    void answers404ForAnUnknownGroupOrRebuildAnd422ForAGroupWithoutReadModels() {
        withMvc(mvc -> {
            assertThat(perform(mvc, MockMvcRequestBuilders.post("/api/v1/admin/consumers/no-such-group/rebuilds"),
                    PmoRole.PMO_ADMIN).getResponse().getStatus()).isEqualTo(404);
            assertThat(perform(mvc, MockMvcRequestBuilders.get(BASE + "/no-such-rebuild"), PmoRole.PMO_ADMIN)
                    .getResponse().getStatus()).isEqualTo(404);
            MvcResult reactions = perform(mvc, MockMvcRequestBuilders.post("/api/v1/admin/consumers/reactions/rebuilds"),
                    PmoRole.PMO_ADMIN);
            assertThat(reactions.getResponse().getStatus()).isEqualTo(422);
            assertThat(json(reactions).get("detail").asText()).contains("declares no read models");
        });
    }

    private void withMvc(SecuredServlet.ThrowingConsumer<MockMvc> test) {
        SecuredServlet.withMvc(runner, test);
    }

    private static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request, PmoRole role)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TENANT, "u-1", role)))
                .andReturn();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return PmoJson.mapper().readTree(result.getResponse().getContentAsString());
    }
}
