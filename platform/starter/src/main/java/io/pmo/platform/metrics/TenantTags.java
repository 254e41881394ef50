package io.pmo.platform.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code tenant} tag of a metric, bounded: the first {@code maxTenants} tenants a service tags keep their own
 * series for as long as it runs, every later one is counted under {@value #OTHER}. A tenant id comes from tokens
 * and events, so an unbounded tag would let one caller grow the scrape without limit; first come keeps a tenant's
 * series from jumping between its own value and {@value #OTHER} from one refresh to the next.
 */
public final class TenantTags {

    /** The tag value of every tenant past the bound. */
    public static final String OTHER = "_other";

    private final int maxTenants;

    private final Set<String> tagged = ConcurrentHashMap.newKeySet();

    public TenantTags(int maxTenants) {
        if (maxTenants < 1) {
            throw new IllegalArgumentException("maxTenants must be at least 1, was " + maxTenants);
        }
        this.maxTenants = maxTenants;
    }

    /** The tag value for this tenant: its id while there is room or once it has a series, else {@value #OTHER}. */
    public String tag(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            return OTHER;
        }
        if (tagged.contains(tenantId)) {
            return tenantId;
        }
        synchronized (tagged) {
            if (tagged.contains(tenantId) || tagged.size() < maxTenants) {
                tagged.add(tenantId);
                return tenantId;
            }
        }
        return OTHER;
    }

    public int maxTenants() {
        return maxTenants;
    }
}
