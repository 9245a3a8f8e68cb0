package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The agreement behind a partnership; dates may be unknown, the status may not. */
public record AgreementRequest(LocalDate start, LocalDate end, @NotNull AgreementStatus status,
                               @TextLength(max = Limits.URL) String documentUrl) {
}
