package io.revitalization.cases.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The filters of case lists, searches and exports; an empty one matches every case. {@code region} is already
 * folded (TextFolding) and matches any part of a region name in any language. A case matches the year range when
 * its period overlaps it; a missing end year counts as still running, a missing start year never matches.
 * {@code refs} are ids or slugs: only the cases they name.
 */
public record CaseFilter(
        Optional<String> country,
        Optional<UUID> institution,
        Optional<String> program,
        Optional<Integer> sdg,
        Optional<String> theme,
        Optional<Integer> yearFrom,
        Optional<Integer> yearTo,
        Optional<StakeholderKind> stakeholderKind,
        Optional<String> region,
        Optional<List<String>> refs) {
}
