package io.revitalization.gateway.app;

import java.util.UUID;

/** A CDI event fired in the transaction that revoked a key; observers act once it has committed. */
public record KeyRevokedNotification(UUID id) {
}
