package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An update a member university posts (or the corrected content of one). */
public record UpdateRequest(
        @NotNull UpdateKind kind,
        @Schema(description = "Required for PHASE_CHANGE_REQUEST, absent otherwise") Phase requestedPhase,
        @Schema(description = "When it happened; from 1900 to one year ahead") @NotNull LocalDate date,
        @Schema(description = "In any of zh-TW, ja, en (at least one); each at most 5000 characters")
        LocalizedText text,
        @Schema(description = "Which way knowledge flowed") @NotNull FlowDirection direction,
        @Size(max = Limits.PARTICIPANT_GROUPS) List<@NotNull @Valid ParticipantsRequest> participants,
        @Schema(description = "http(s) links, at most 10") @Size(max = Limits.LINKS)
        List<@NotNull @TextLength(max = Limits.URL) String> links) {
}
