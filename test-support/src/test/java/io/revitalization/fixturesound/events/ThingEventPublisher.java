package io.revitalization.fixturesound.events;

import io.revitalization.fixturesound.app.ThingEvents;
import io.revitalization.fixturesound.domain.Thing;
import io.revitalization.values.LocalizedText;

public class ThingEventPublisher implements ThingEvents {
    @Override
    public void created(Thing thing) {
        LocalizedText.of(null, null, thing.name());
    }
}
