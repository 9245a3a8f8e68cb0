package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.AgreementStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The agreement behind a partnership; dates may be unknown, the status may not. */
public record AgreementRequest(LocalDate start, LocalDate end, @NotNull AgreementStatus status,
                               @Size(max = Limits.URL) String documentUrl) {
}
