package io.revitalization.gateway.api;

import io.revitalization.gateway.app.KeyWithSecret;
import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.gateway.domain.KeyStatus;

import java.time.OffsetDateTime;

public final class ApiKeyMapper {
    private ApiKeyMapper() {
    }

    public static ApiKeyResponse toResponse(ApiKey key, OffsetDateTime now) {
        return new ApiKeyResponse(key.id, key.label, key.role, key.institutionId, key.requestsPerSecond,
                KeyStatus.of(key, now).value(), key.createdAt, key.createdBy, key.expiresAt, key.revokedAt);
    }

    public static IssuedApiKeyResponse toResponse(KeyWithSecret issued) {
        ApiKey key = issued.record();
        return new IssuedApiKeyResponse(key.id, issued.secret(), key.label, key.role, key.institutionId,
                key.requestsPerSecond, key.createdAt, key.expiresAt);
    }
}
