package io.revitalization.fixturesound.api;

import io.revitalization.fixturesound.app.ThingService;

public class ThingResource {
    private final ThingService things;

    public ThingResource(ThingService things) {
        this.things = things;
    }

    public ThingResponse create(String name) {
        return new ThingResponse(things.create(name).name());
    }
}
