package io.revitalization.partnerships.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What an update says: held by the update (its latest revision) and by each of its revisions. */
@Embeddable
public class UpdateContent {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpdateKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_phase")
    public Phase requestedPhase;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate date;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FlowDirection direction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Participants> participants = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> links = new ArrayList<>();

    public static UpdateContent of(UpdateKind kind, Phase requestedPhase, LocalDate date, LocalizedText text,
                                   FlowDirection direction, List<Participants> participants, List<String> links) {
        UpdateContent content = new UpdateContent();
        content.kind = kind;
        content.requestedPhase = requestedPhase;
        content.date = date;
        content.text = text;
        content.direction = direction;
        content.participants = new ArrayList<>(participants);
        content.links = new ArrayList<>(links);
        return content;
    }

    public UpdateContent copy() {
        return of(kind, requestedPhase, date, text, direction, participants, links);
    }
}
