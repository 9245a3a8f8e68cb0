package io.revitalization.fixturesound.persistence;

import io.revitalization.fixturesound.domain.Thing;

public class ThingStore {
    public Thing find(String name) {
        return new Thing(name);
    }
}
