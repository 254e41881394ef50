package io.pmo.platform.consumer;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/consumers/{group}/rebuilds}: rebuild a consumer group's read models from offset 0 into fresh
 * collections and swap them in ({@link ReadModelRebuild}). A platform operation across all tenants, so PMO_ADMIN
 * only, like everything under {@code /api/v1/admin} (the security configuration's business).
 * <ul>
 * <li>{@code POST}: starts one, {@code 202 Accepted} with its progress and a {@code Location}; {@code 409} while
 * one of the group runs, {@code 422} for a group without read models, {@code 404} for an unknown group;</li>
 * <li>{@code GET /{id}}: its progress (state, events done and total, rate, ETA);</li>
 * <li>{@code DELETE /{id}}: cancels it before its swap, {@code 202}; {@code 409} once it swaps or finished.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/admin/consumers/{group}/rebuilds")
class ReadModelRebuildController {

    private final ReadModelRebuilds rebuilds;

    ReadModelRebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<RebuildProgress> start(@PathVariable String group) {
        RebuildProgress progress = rebuilds.start(group);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/consumers/" + group + "/rebuilds/" + progress.id()))
                .body(progress);
    }

    @GetMapping("/{id}")
    RebuildProgress progress(@PathVariable String group, @PathVariable String id) {
        return rebuilds.progress(group, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<RebuildProgress> cancel(@PathVariable String group, @PathVariable String id) {
        return ResponseEntity.accepted().body(rebuilds.cancel(group, id));
    }
}
