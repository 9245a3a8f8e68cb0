package io.revitalization.gateway.persistence;

import io.revitalization.gateway.domain.KeyStatus;

import java.util.Optional;
import java.util.UUID;

/** The filters of the key list; an empty one matches every key. */
public record KeyFilter(Optional<String> role, Optional<UUID> institution, Optional<KeyStatus> status) {
}
