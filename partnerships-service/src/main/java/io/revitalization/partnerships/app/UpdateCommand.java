package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.Participants;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** The content of an update (or of its correction). */
public record UpdateCommand(UpdateKind kind, Phase requestedPhase, LocalDate date, LocalizedText text,
                            FlowDirection direction, List<Participants> participants, List<String> links) {
}
