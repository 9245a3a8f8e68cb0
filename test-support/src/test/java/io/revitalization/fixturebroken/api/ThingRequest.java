package io.revitalization.fixturebroken.api;

public record ThingRequest(String name) {
}
