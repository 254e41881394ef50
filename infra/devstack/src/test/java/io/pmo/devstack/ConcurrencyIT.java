package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency through the gateway: two updates released together with the same If-Match version
 * give exactly one success and one 409, fifty times over, and the project's stream stays gapless.
 */
class ConcurrencyIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void ofTwoConcurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
        String projectId = api.createProject("Contended " + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            long version = 1; // created by its project manager: created, manager assigned
            for (int pair = 0; pair < 50; pair++) {
                CyclicBarrier barrier = new CyclicBarrier(2);
                String ifMatch = "\"" + version + "\"";
                int p = pair;
                List<CompletableFuture<Api.Response>> updates = List.of(
                        CompletableFuture.supplyAsync(() -> rename(barrier, projectId, "A" + p, ifMatch), pool),
                        CompletableFuture.supplyAsync(() -> rename(barrier, projectId, "B" + p, ifMatch), pool));
                List<Integer> statuses = updates.stream().map(CompletableFuture::join).map(Api.Response::status)
                        .sorted().toList();
                outcomes.add(statuses.toString());
                assertThat(statuses).as("pair %d", pair).containsExactly(200, 409);
                Api.Response winner = updates.stream().map(CompletableFuture::join).filter(r -> r.status() == 200)
                        .findFirst().orElseThrow();
                assertThat(winner.json().get("version").asLong()).isEqualTo(version + 1);
                Api.Response loser = updates.stream().map(CompletableFuture::join).filter(r -> r.status() == 409)
                        .findFirst().orElseThrow();
                assertThat(loser.contentType()).startsWith("application/problem+json");
                version++;
            }
        }
        finally {
            pool.shutdownNow();
        }
        List<Long> sequences = StoreProbe.project(stack).events(projectId).stream().map(StoreProbe.StoredEvent::sequence)
                .toList();
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(0, 51).boxed().toList());
        assertThat(outcomes).hasSize(50);
    }

    private Api.Response rename(CyclicBarrier barrier, String projectId, String name, String ifMatch) {
        try {
            barrier.await();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"" + name + "\"}", "If-Match", ifMatch);
    }
}
