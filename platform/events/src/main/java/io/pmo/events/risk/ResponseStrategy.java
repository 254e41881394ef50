package io.pmo.events.risk;

/** How a threat (AVOID, MITIGATE, TRANSFER, ACCEPT) or an opportunity (EXPLOIT, ENHANCE, SHARE, ACCEPT) is met. */
public enum ResponseStrategy {
    AVOID, MITIGATE, TRANSFER, ACCEPT, EXPLOIT, ENHANCE, SHARE
}
