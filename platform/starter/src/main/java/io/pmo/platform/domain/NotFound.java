package io.pmo.platform.domain;

import java.util.Map;

/**
 * What the request names does not exist, or belongs to another tenant: the two are not told apart, so a caller
 * learns nothing of other tenants' data.
 */
public final class NotFound extends Rejection {

    public NotFound(String message) {
        super(message, Map.of());
    }
}
