package io.revitalization.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "An issued API key as the admin API shows it: never the key itself, which only its holder has")
public record ApiKeyResponse(
        @Schema(description = "The key id; services see it as the caller (JWT sub)") UUID id,
        String label,
        @Schema(enumeration = {"partner", "curator", "admin"}) String role,
        @Schema(description = "The institution the key acts for") UUID institution,
        @Schema(description = "The key's own rate limit; null: the gateway's default") Integer requestsPerSecond,
        @Schema(enumeration = {"active", "expired", "revoked"}) String status,
        OffsetDateTime createdAt,
        @Schema(description = "Id of the admin key that issued it, or bootstrap") String createdBy,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt) {
}
