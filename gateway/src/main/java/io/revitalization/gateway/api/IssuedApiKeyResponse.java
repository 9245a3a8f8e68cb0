package io.revitalization.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A key just issued. `key` is shown only here: the gateway keeps its hash alone.")
public record IssuedApiKeyResponse(
        UUID id,
        @Schema(description = "The secret to send as X-API-Key; store it now, it cannot be shown again",
                example = "rvk_3q2-7wWk0c9xT1m9cQ8mS5cYk9x0hJQnUQ2d3rZ4bX0") String key,
        String label,
        String role,
        UUID institution,
        Integer requestsPerSecond,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt) {
}
