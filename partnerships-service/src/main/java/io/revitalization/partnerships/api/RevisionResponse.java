package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.Participants;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One revision of an update: 1 as posted, then one per correction. */
public record RevisionResponse(int revision, UpdateKind kind, Phase requestedPhase, LocalDate date, LocalizedText text,
                               FlowDirection direction, List<Participants> participants, List<String> links,
                               OffsetDateTime recordedAt) {
}
