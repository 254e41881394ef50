package io.pmo.reporting.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.Paging;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.query.AuditEntry;
import io.pmo.reporting.query.AuditQueries;
import io.pmo.platform.query.TenantQueries.Page;

/** {@code /api/v1/audit}: the audit trail of one aggregate, for the caller's tenant only. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditQueries audit;

    AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    /** An audit entry as the API shows it; {@code payload} is the event's data as a JSON object. */
    record AuditItem(String eventId, String aggregateId, long aggregateSequence, String type, Instant time,
            Instant recordedAt, String tenantId, String principal, String correlationId, String causationId,
            Map<String, Object> payload) {

        static AuditItem of(AuditEntry entry) {
            return new AuditItem(entry.eventId(), entry.aggregateId(), entry.aggregateSequence(), entry.type(),
                    entry.eventTime(), entry.recordedAt(), entry.tenantId(), entry.principal(), entry.correlationId(),
                    entry.causationId(), entry.payload() == null ? null : plain(entry.payload()));
        }
    }

    @GetMapping
    Page<AuditItem> list(RequestIdentity identity, @RequestParam String aggregateId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (aggregateId.isBlank()) {
            throw new InvalidRequestException("aggregateId is required",
                    List.of(Map.of("field", "aggregateId", "message", "must not be blank")));
        }
        Paging.check(page, size);
        return audit.forAggregate(identity.tenantId(), aggregateId, page, size).map(AuditItem::of);
    }

    /** BSON documents become plain maps and lists, which Spring MVC's Jackson writes as JSON. */
    private static Map<String, Object> plain(Document document) {
        Map<String, Object> map = new LinkedHashMap<>();
        document.forEach((key, value) -> map.put(key, plainValue(value)));
        return map;
    }

    private static Object plainValue(Object value) {
        if (value instanceof Document document) {
            return plain(document);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, nested) -> copy.put(String.valueOf(key), plainValue(nested)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditController::plainValue).toList();
        }
        if (value instanceof org.bson.types.Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value;
    }
}
