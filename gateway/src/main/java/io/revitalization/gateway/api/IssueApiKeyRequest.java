package io.revitalization.gateway.api;

import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A key to issue. The key itself is made by the gateway and shown once, in the answer.")
public record IssueApiKeyRequest(
        @Schema(description = "Who holds the key, for the people who manage keys; one line, no control characters "
                + "(it is shown as the author of what the key writes)", example = "Kochi University – partner office")
        @NotBlank @TextLength(max = 200)
        String label,

        @Schema(description = "What the key may do", enumeration = {"partner", "curator", "admin"}, example = "partner")
        @NotNull @Pattern(regexp = "partner|curator|admin", message = "must be partner, curator or admin")
        String role,

        @Schema(description = "Id or slug of the institution the key acts for; required for partner keys",
                example = "kochi-university")
        @TextLength(max = 100)
        String institution,

        @Schema(description = "When the key stops working (none: never)", example = "2027-03-31T23:59:59+09:00")
        @Future
        OffsetDateTime expiresAt,

        @Schema(description = "This key's own rate limit in requests per second (none: the gateway's default)",
                example = "20")
        @Min(1) @Max(100_000)
        Integer requestsPerSecond) {
}
