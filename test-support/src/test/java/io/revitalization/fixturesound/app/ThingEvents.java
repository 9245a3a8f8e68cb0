package io.revitalization.fixturesound.app;

import io.revitalization.fixturesound.domain.Thing;

/** The port a use case publishes through; the events edge implements it. */
public interface ThingEvents {
    void created(Thing thing);
}
