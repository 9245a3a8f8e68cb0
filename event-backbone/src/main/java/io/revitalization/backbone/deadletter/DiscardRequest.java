package io.revitalization.backbone.deadletter;

import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.NotBlank;

/** Why a dead letter is discarded (kept with it). */
public record DiscardRequest(@NotBlank @TextLength(max = 1000) String reason) {
}
