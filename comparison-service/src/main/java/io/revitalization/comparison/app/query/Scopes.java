package io.revitalization.comparison.app.query;

import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.InstitutionProjection;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CaseSlugRepository;
import io.revitalization.comparison.persistence.InstitutionProjectionRepository;
import io.revitalization.comparison.app.query.DimensionLegend.CodeLegend;
import io.revitalization.values.LocalizedText;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Turns the names in a comparison request into what they stand for (codebook version, dimension, groups), with a
 * 400 naming the parameter when one does not exist, and labels them for display.
 */
@ApplicationScoped
public class Scopes {
    private final CodebookService codebooks;
    private final CaseGroupRepository caseGroups;
    private final InstitutionProjectionRepository institutions;
    private final CaseSlugRepository slugs;
    private final ComparisonConfig config;

    public Scopes(CodebookService codebooks, CaseGroupRepository caseGroups,
                  InstitutionProjectionRepository institutions, CaseSlugRepository slugs, ComparisonConfig config) {
        this.config = config;
        this.codebooks = codebooks;
        this.caseGroups = caseGroups;
        this.institutions = institutions;
        this.slugs = slugs;
    }

    public CodebookVersion codebook(ComparisonScope scope) {
        Codebook codebook = scope.codebook() == null ? defaultCodebook() : codebooks.find(scope.codebook())
                .orElseThrow(() -> ProblemException.invalid("codebook", "no codebook '" + scope.codebook() + "'"));
        int version = scope.codebookVersion() == null ? codebook.latestVersion : scope.codebookVersion();
        return codebooks.version(codebook.id, version).orElseThrow(() -> ProblemException.invalid("codebookVersion",
                "codebook '" + codebook.slug + "' has versions 1 to " + codebook.latestVersion));
    }

    public CodebookRef refOf(CodebookVersion version, ComparisonScope scope) {
        Codebook codebook = codebooks.find(version.codebookId.toString()).orElseThrow();
        return new CodebookRef(codebook.id, codebook.slug, version.version,
                scope.codebook() == null ? CodebookRef.BY_DEFAULT : CodebookRef.BY_REQUEST);
    }

    public CodebookDimension dimension(CodebookVersion codebook, String dimension) {
        return codebook.dimension(dimension).orElseThrow(() -> ProblemException.invalid("dimension", "'" + dimension
                + "' is not a dimension of this codebook version; it has "
                + codebook.dimensions.stream().map(CodebookDimension::id).toList()));
    }

    /** A group that has at least one live case; 400 naming {@code field} otherwise. */
    public GroupRef group(Grouping grouping, String key, String field) {
        GroupRef group = new GroupRef(grouping, grouping == Grouping.INSTITUTION ? institutionKey(key) : key);
        if (!caseGroups.exists(group)) {
            throw ProblemException.invalid(field, "no known case belongs to " + grouping.key() + " '" + key + "'");
        }
        return group;
    }

    /** The named groups, or every group of the grouping with a live case when none is named. */
    public List<GroupRef> groups(Grouping grouping, List<String> keys, String field) {
        if (keys.isEmpty()) {
            List<GroupRef> all = caseGroups.keysOf(grouping).stream().map(key -> new GroupRef(grouping, key)).toList();
            if (all.isEmpty()) {
                throw ProblemException.invalid("groupBy", "no known case has a " + grouping.key() + " yet");
            }
            return all;
        }
        return IntStream.range(0, keys.size())
                .mapToObj(i -> group(grouping, keys.get(i), field + "[" + i + "]")).distinct().toList();
    }

    /**
     * The groups a pairwise read compares: {@code a} then {@code b}, or the listed groups (at least two distinct),
     * each checked as {@link #group} checks it.
     */
    public List<GroupRef> compared(Grouping grouping, GroupSelection selection) {
        if (!selection.isList()) {
            return List.of(group(grouping, required(selection.a(), "a"), "a"),
                    group(grouping, required(selection.b(), "b"), "b"));
        }
        List<GroupRef> groups = groups(grouping, selection.groups(), "groups");
        if (groups.size() < 2) {
            throw ProblemException.invalid("groups", "needs at least two distinct groups");
        }
        return groups;
    }

    private static String required(String key, String field) {
        if (key == null) {
            throw ProblemException.invalid(field, "is required (or give groups=)");
        }
        return key;
    }

    public GroupLabel labelOf(GroupRef group, List<String> languages) {
        if (group.grouping() != Grouping.INSTITUTION) {
            return new GroupLabel(group.key(), group.key());
        }
        return new GroupLabel(group.key(), institutions.findByIdOptional(UUID.fromString(group.key()))
                .map(institution -> displayName(institution, languages)).orElse(group.key()));
    }

    public DimensionLegend legendOf(CodebookDimension dimension, List<String> languages) {
        List<CodeLegend> codes = dimension.codes().stream()
                .map(code -> new CodeLegend(code.id(), code.label(), display(code.label(), languages, code.id()),
                        code.order()))
                .toList();
        return new DimensionLegend(dimension.id(), dimension.label(),
                display(dimension.label(), languages, dimension.id()), dimension.scale(), dimension.multiValued(), codes);
    }

    /** The slugs of the cases named in a result, by case id. */
    public Map<String, String> slugsOf(Collection<String> caseIds) {
        Map<String, String> byId = new TreeMap<>();
        slugs.slugsOf(caseIds.stream().distinct().map(UUID::fromString).toList())
                .forEach((id, slug) -> byId.put(id.toString(), slug));
        return byId;
    }

    /**
     * The configured default codebook; while it does not exist (a service started without the seed), the only
     * codebook there is, so that a second codebook never changes what a call without {@code codebook=} means once
     * the default exists.
     */
    private Codebook defaultCodebook() {
        return defaultCodebookIfAny().orElseThrow(() -> {
            List<String> all = codebooks.all().stream().map(codebook -> codebook.slug).sorted().toList();
            return ProblemException.invalid("codebook", all.isEmpty() ? "no codebook exists yet"
                    : "the default codebook '" + config.defaultCodebook() + "' does not exist; name one of " + all);
        });
    }

    /** The codebook a read without {@code codebook=} uses, if there is one. */
    public Optional<Codebook> defaultCodebookIfAny() {
        Optional<Codebook> configured = codebooks.find(config.defaultCodebook());
        if (configured.isPresent()) {
            return configured;
        }
        List<Codebook> all = codebooks.all();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private String institutionKey(String reference) {
        return Reference.uuid(reference).map(UUID::toString)
                .or(() -> institutions.findBySlug(reference).map(institution -> institution.id.toString()))
                .orElse(reference);
    }

    private static String displayName(InstitutionProjection institution, List<String> languages) {
        return institution.name == null ? institution.slug
                : display(institution.name, languages, institution.slug);
    }

    static String display(LocalizedText text, List<String> languages, String fallback) {
        return text == null ? fallback : text.pick(languages).orElse(fallback);
    }
}
