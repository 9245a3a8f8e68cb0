package io.revitalization.fixturesound.app;

import io.revitalization.fixturesound.domain.Thing;
import io.revitalization.fixturesound.persistence.ThingStore;

public class ThingService {
    private final ThingStore store = new ThingStore();
    private final ThingEvents events;

    public ThingService(ThingEvents events) {
        this.events = events;
    }

    public Thing create(String name) {
        Thing thing = store.find(name);
        events.created(thing);
        return thing;
    }
}
