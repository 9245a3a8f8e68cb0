package io.revitalization.gateway.app;

import io.revitalization.support.security.Role;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A key to issue, already validated and with its institution resolved to an id. */
public record IssueKeyCommand(String label, Role role, Optional<UUID> institution,
                              Optional<OffsetDateTime> expiresAt, Optional<Integer> requestsPerSecond) {
}
