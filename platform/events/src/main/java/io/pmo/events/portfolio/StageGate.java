package io.pmo.events.portfolio;

import java.util.List;

/**
 * A stage gate of the tenant's portfolio process, in order.
 *
 * @param key {@code [A-Z][A-Z0-9_]{0,63}}, unique
 * @param criteria what must hold to pass it; an approval confirms each
 * @param approverRoles the platform roles whose holders decide at this gate
 * @param funding whether passing into this gate funds the candidate (exactly one gate does)
 */
public record StageGate(String key, String name, List<String> criteria, List<String> approverRoles,
        boolean funding) {

    public StageGate {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        approverRoles = approverRoles == null ? List.of() : List.copyOf(approverRoles);
    }
}
