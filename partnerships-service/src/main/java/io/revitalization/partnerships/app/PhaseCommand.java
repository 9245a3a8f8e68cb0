package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** A change of declared phase: to what, when (today when not given), why, and the evidence. */
public record PhaseCommand(Phase phase, LocalDate at, LocalizedText reason, List<Evidence> evidence) {
}
