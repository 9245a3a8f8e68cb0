package io.revitalization.fixturebroken.app;

import java.util.UUID;

/** Breaks the skeleton on purpose: a new row's id drawn at random. */
public class ThingIds {
    public UUID next() {
        return UUID.randomUUID();
    }
}
