package io.revitalization.gateway.mapping;

import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.gateway.domain.KeyStatus;
import io.revitalization.gateway.rest.ApiKeyResponse;
import io.revitalization.gateway.rest.IssuedApiKeyResponse;
import io.revitalization.gateway.service.IssuedKey;

import java.time.OffsetDateTime;

public final class ApiKeyMapper {
    private ApiKeyMapper() {
    }

    public static ApiKeyResponse toResponse(ApiKey key, OffsetDateTime now) {
        return new ApiKeyResponse(key.id, key.label, key.role, key.institutionId, key.requestsPerSecond,
                KeyStatus.of(key, now).value(), key.createdAt, key.createdBy, key.expiresAt, key.revokedAt);
    }

    public static IssuedApiKeyResponse toResponse(IssuedKey issued) {
        ApiKey key = issued.record();
        return new IssuedApiKeyResponse(key.id, issued.secret(), key.label, key.role, key.institutionId,
                key.requestsPerSecond, key.createdAt, key.expiresAt);
    }
}
