package io.revitalization.fixturebroken;

/** Breaks the skeleton on purpose: a class outside the skeleton's packages. */
public class Loose {
}
