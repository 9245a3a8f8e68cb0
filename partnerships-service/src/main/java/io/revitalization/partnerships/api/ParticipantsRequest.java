package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.ParticipantKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** How many people of one kind from one country took part. */
public record ParticipantsRequest(
        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as JP or TW")
        String country,
        @NotNull ParticipantKind kind,
        @NotNull @PositiveOrZero @Max(Limits.PARTICIPANTS_PER_GROUP) Integer count) {
}
