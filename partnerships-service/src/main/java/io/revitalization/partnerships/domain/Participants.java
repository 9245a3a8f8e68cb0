package io.revitalization.partnerships.domain;

/** How many people of one kind from one country took part in an activity. */
public record Participants(String country, ParticipantKind kind, int count) {
}
