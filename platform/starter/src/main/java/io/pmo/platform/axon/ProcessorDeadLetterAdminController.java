package io.pmo.platform.axon;

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
 * {@code /api/v1/admin/processors/{group}/dlq}: an event processing group's dead letters for the caller's tenant,
 * and their retry once the cause is fixed. Who may call it (PMO_ADMIN, as everything under {@code /api/v1/admin})
 * is the security configuration's business.
 */
@RestController
@RequestMapping("/api/v1/admin/processors/{group}/dlq")
class ProcessorDeadLetterAdminController {

    private final ProcessorDeadLetters deadLetters;

    ProcessorDeadLetterAdminController(ProcessorDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    Page<ProcessorDeadLetters.Letter> list(RequestIdentity identity, @PathVariable String group,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        checkGroup(group);
        Paging.check(page, size);
        return deadLetters.list(group, identity.tenantId(), page, size);
    }

    @PostMapping("/retry")
    ProcessorDeadLetters.RetryResult retry(RequestIdentity identity, @PathVariable String group) {
        checkGroup(group);
        return deadLetters.retry(group, identity.tenantId());
    }

    private void checkGroup(String group) {
        if (!deadLetters.exists(group)) {
            throw new NotFound("No processing group " + group + " with a dead-letter queue in this service");
        }
    }
}
