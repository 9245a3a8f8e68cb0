package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which coders' codings a comparison uses, and how several codings of one unit become one observation.
 *
 * <ul>
 *   <li>{@link Rule#SINGLE_CODER}: only the named coder's codings; units that coder did not code are reported.</li>
 *   <li>{@link Rule#MAJORITY}: the code set chosen by more of the unit's coders than any other code set (a plurality;
 *       with one coder, that coder's coding). When two or more code sets share the top count the unit is left out
 *       and reported as tied rather than settled arbitrarily.</li>
 *   <li>{@link Rule#ALL_CODERS}: every coding is a separate observation weighted 1/c for a unit coded by c coders,
 *       so disagreement shows up as spread in the distribution and each case-year still weighs 1.</li>
 *   <li>{@link Rule#ADJUDICATED}: the unit's adjudicated coding where it has one, else the majority as above.</li>
 * </ul>
 *
 * <p>An adjudicated coding (coder {@value #ADJUDICATOR}) settles a disagreement after the fact; it is no independent
 * coder, so {@link Rule#MAJORITY} and {@link Rule#ALL_CODERS} leave it out, and reliability never counts it. It is
 * used by {@link Rule#ADJUDICATED}, and alone by {@link Rule#SINGLE_CODER} naming {@value #ADJUDICATOR}.
 *
 * @param coder the coder's id for {@link Rule#SINGLE_CODER}, otherwise {@code null}
 */
public record CoderSelection(Rule rule, String coder) {

    public enum Rule { SINGLE_CODER, MAJORITY, ALL_CODERS, ADJUDICATED }

    /** The coder of every adjudicated coding: one per unit, never a coder's own name. */
    public static final String ADJUDICATOR = "adjudicated";

    /** The codings turned into units, and the units that could not be turned into one. */
    public record Resolution(List<CodedUnit> units, List<UnresolvedUnit> unresolved) {
        public Resolution {
            units = List.copyOf(units);
            unresolved = List.copyOf(unresolved);
        }
    }

    public record UnresolvedUnit(String caseId, int year, Reason reason) {
    }

    public enum Reason { NOT_CODED_BY_SELECTED_CODER, TIED_CODINGS }

    public CoderSelection {
        Require.present(rule, "rule");
        if (rule == Rule.SINGLE_CODER) {
            Require.text(coder, "coder");
        } else if (coder != null) {
            throw new IllegalArgumentException("a coder is named only with the rule SINGLE_CODER, not " + rule);
        }
    }

    public static CoderSelection singleCoder(String coder) {
        return new CoderSelection(Rule.SINGLE_CODER, coder);
    }

    public static CoderSelection majority() {
        return new CoderSelection(Rule.MAJORITY, null);
    }

    public static CoderSelection allCoders() {
        return new CoderSelection(Rule.ALL_CODERS, null);
    }

    public static CoderSelection adjudicated() {
        return new CoderSelection(Rule.ADJUDICATED, null);
    }

    /** Whether a coding is an adjudication rather than an independent coder's. */
    public static boolean isAdjudication(Coding coding) {
        return ADJUDICATOR.equals(coding.coder());
    }

    /** Resolves codings of one dimension; units come out ordered by case id, then year. */
    public Resolution resolve(Collection<Coding> codings) {
        List<CodedUnit> units = new ArrayList<>();
        List<UnresolvedUnit> unresolved = new ArrayList<>();
        UnitKey.group(codings).forEach((key, byCoder) -> {
            switch (rule) {
                case SINGLE_CODER -> {
                    Coding chosen = byCoder.get(coder);
                    if (chosen == null) {
                        unresolved.add(new UnresolvedUnit(key.caseId(), key.year(), Reason.NOT_CODED_BY_SELECTED_CODER));
                    } else {
                        units.add(unitOf(key, chosen.codes(), 1, List.of(chosen)));
                    }
                }
                case ADJUDICATED -> {
                    Coding adjudication = byCoder.get(ADJUDICATOR);
                    if (adjudication == null) {
                        majority(key, independent(byCoder.values()), units, unresolved);
                    } else {
                        units.add(unitOf(key, adjudication.codes(), 1, List.of(adjudication)));
                    }
                }
                case MAJORITY -> majority(key, independent(byCoder.values()), units, unresolved);
                case ALL_CODERS -> {
                    List<Coding> independent = independent(byCoder.values());
                    independent.forEach(coding ->
                            units.add(unitOf(key, coding.codes(), 1.0 / independent.size(), List.of(coding))));
                }
            }
        });
        return new Resolution(units, unresolved);
    }

    private static void majority(UnitKey key, List<Coding> codings, List<CodedUnit> units,
                                 List<UnresolvedUnit> unresolved) {
        if (codings.isEmpty()) {
            return;
        }
        List<Coding> winners = plurality(codings);
        if (winners.isEmpty()) {
            unresolved.add(new UnresolvedUnit(key.caseId(), key.year(), Reason.TIED_CODINGS));
        } else {
            units.add(unitOf(key, winners.get(0).codes(), 1, winners));
        }
    }

    private static List<Coding> independent(Collection<Coding> codings) {
        return codings.stream().filter(coding -> !isAdjudication(coding)).toList();
    }

    /** The codings that chose the most frequent code set, or none when the top count is shared. */
    private static List<Coding> plurality(Collection<Coding> codings) {
        Map<List<String>, List<Coding>> byCodeSet = new LinkedHashMap<>();
        codings.forEach(coding -> byCodeSet.computeIfAbsent(coding.codes(), codes -> new ArrayList<>()).add(coding));
        int top = byCodeSet.values().stream().mapToInt(List::size).max().orElse(0);
        List<List<Coding>> leaders = byCodeSet.values().stream().filter(group -> group.size() == top).toList();
        return leaders.size() == 1 ? leaders.get(0) : List.of();
    }

    private static CodedUnit unitOf(UnitKey key, List<String> codes, double weight, List<Coding> behind) {
        List<String> evidence = behind.stream().map(Coding::evidence).filter(Objects::nonNull).toList();
        List<Double> confidences = behind.stream().map(Coding::confidence).filter(Objects::nonNull).toList();
        Double confidence = confidences.isEmpty()
                ? null
                : confidences.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new CodedUnit(key.caseId(), key.year(), codes, weight, evidence, confidence);
    }
}
