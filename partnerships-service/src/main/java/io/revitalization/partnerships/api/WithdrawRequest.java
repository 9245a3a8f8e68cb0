package io.revitalization.partnerships.api;

import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an update is withdrawn (optional). */
public record WithdrawRequest(
        @Schema(description = "Each language at most 2000 characters") LocalizedText reason) {
}
