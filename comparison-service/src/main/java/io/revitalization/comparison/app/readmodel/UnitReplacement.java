package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;

import java.util.List;
import java.util.Set;

/** A unit's codings changed from {@code before} to {@code after}; its case belongs to {@code groups} that year. */
public record UnitReplacement(UnitRef unit, List<CaseCoding> before, List<CaseCoding> after, Set<GroupRef> groups) {
}
