package io.revitalization.gateway.app;

import io.revitalization.gateway.domain.ApiKey;

/** A CDI event fired in the transaction that issued a key; observers act once it has committed. */
public record KeyIssuedNotification(ApiKey key) {
}
