package io.revitalization.cases.domain.search;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.values.LocalizedText;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a case's content into its record, with the columns derived from it: the arrays lists filter on and
 * the folded search texts (titles; summaries; themes, region and institution names in every language) and the
 * hiragana readings of the Japanese title and summary.
 */
public final class CaseIndexer {
    private CaseIndexer() {
    }

    /** @param institutions every institution the content names, by id */
    public static void write(CaseContent content, CaseRecord record, Map<UUID, Institution> institutions) {
        record.content = content;
        record.country = content.country();
        record.leadInstitutionId = content.leadInstitutionId();
        record.institutionIds = content.institutionIds().toArray(UUID[]::new);
        record.programCodes = content.programs().stream().map(CaseContent.ProgramYears::program).toArray(String[]::new);
        record.stakeholderKinds = stakeholderKinds(content, institutions).toArray(String[]::new);
        record.sdgs = content.sdgs().toArray(Integer[]::new);
        record.themes = content.themes().toArray(String[]::new);
        record.startYear = content.startYear().orElse(null);
        record.endYear = content.endYear().orElse(null);
        record.sensitive = content.sensitive();
        reindex(content, record, institutions);
    }

    /** Recomputes the search texts only (after an institution of the case was renamed). */
    public static void reindex(CaseContent content, CaseRecord record, Map<UUID, Institution> institutions) {
        record.searchTitle = folded(content.title().values());
        record.searchSummary = content.summary() == null ? "" : folded(content.summary().values());
        record.searchRegion = folded(regionNames(content));
        // institution names are stored folded already, and the region's are folded once for both columns
        record.searchOther = Stream.concat(
                        Stream.of(folded(content.themes().stream()), record.searchRegion),
                        content.institutionIds().map(institutions::get).filter(Objects::nonNull)
                                .map(institution -> institution.searchName))
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
        record.searchReading = readings(content);
    }

    /** The hiragana readings of the case's Japanese texts, one line per text. */
    public static String readings(CaseContent content) {
        return Stream.of(content.title(), content.summary()).filter(Objects::nonNull)
                .map(text -> text.in("ja"))
                .flatMap(Optional::stream)
                .map(SearchTexts::reading)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static Set<String> stakeholderKinds(CaseContent content, Map<UUID, Institution> institutions) {
        Set<String> kinds = new LinkedHashSet<>();
        content.stakeholders().forEach(stakeholder -> kinds.add(stakeholder.kind().name()));
        content.institutions().stream()
                .map(participant -> institutions.get(participant.institutionId()))
                .filter(Objects::nonNull)
                .map(institution -> institution.kind.stakeholderKind())
                .map(StakeholderKind::name)
                .forEach(kinds::add);
        return kinds;
    }

    private static Stream<String> regionNames(CaseContent content) {
        return content.region() == null ? Stream.empty()
                : content.region().names().flatMap(LocalizedText::values);
    }

    /** One line per text, so that no term can match across two texts. */
    private static String folded(Stream<String> texts) {
        return texts.map(SearchTexts::folded).collect(Collectors.joining("\n"));
    }
}
