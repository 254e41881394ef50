package io.pmo.platform.domain;

import java.util.Map;

/**
 * The caller may not do this to something they can see, e.g. change a project they do not manage. Another
 * tenant's resource is {@link NotFound}, never this.
 */
public final class NotAllowed extends Rejection {

    public NotAllowed(String message) {
        super(message, Map.of());
    }
}
