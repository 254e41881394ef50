package io.pmo.platform.consumer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.web.Paging;
import io.pmo.platform.web.RequestIdentity;

/**
 * {@code /api/v1/admin/consumers/{group}/dlq}: a consumer group's dead letters for the caller's tenant, and
 * their replay once the cause is fixed. Every service with a {@link CloudEventConsumer} gets it; who may call it
 * (PMO_ADMIN) is the security configuration's business.
 */
@RestController
@RequestMapping("/api/v1/admin/consumers/{group}/dlq")
class DeadLetterAdminController {

    private final DeadLetterQueues queues;

    DeadLetterAdminController(DeadLetterQueues queues) {
        this.queues = queues;
    }

    @GetMapping
    Page<DeadLetterQueues.Entry> list(RequestIdentity identity, @PathVariable String group,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        checkGroup(group);
        Paging.check(page, size);
        return queues.list(group, identity.tenantId(), page, size);
    }

    @PostMapping("/replay")
    DeadLetterQueues.ReplayResult replay(RequestIdentity identity, @PathVariable String group) {
        checkGroup(group);
        return queues.replay(group, identity.tenantId());
    }

    private void checkGroup(String group) {
        if (!queues.exists(group)) {
            throw new NotFound("No consumer group " + group + " in this service");
        }
    }
}
