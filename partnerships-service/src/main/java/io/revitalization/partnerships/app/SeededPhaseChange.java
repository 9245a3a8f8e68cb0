package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** A step of a seeded partnership's phase history, as the seed file states it. */
public record SeededPhaseChange(Phase from, Phase to, LocalDate at, LocalizedText reason, List<Evidence> evidence) {
}
