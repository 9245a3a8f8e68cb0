package io.revitalization.fixturebroken.domain;

import io.revitalization.events.CaseV1;

/** Breaks the skeleton on purpose: storage typed by the event contract. */
public record Stored(CaseV1 state) {
}
