package io.revitalization.fixturesound.domain;

public record Thing(String name) {
}
