package io.revitalization.fixturebroken.app;

import io.revitalization.fixturebroken.api.ThingRequest;

/** Breaks the skeleton on purpose: a use case that takes the API's request record. */
public class ThingService {
    public String create(ThingRequest request) {
        return request.name();
    }
}
