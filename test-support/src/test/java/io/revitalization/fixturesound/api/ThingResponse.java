package io.revitalization.fixturesound.api;

public record ThingResponse(String name) {
}
