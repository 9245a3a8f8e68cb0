package io.revitalization.comparison.domain.analysis;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The codes of one dimension and their measurement level. For an ordinal scale the list order is the order of the
 * codes, lowest first (e.g. project, model, system, network); a code's {@link #position(String) position} is its
 * 1-based index in that list.
 */
public record CodeScale(MeasurementLevel level, List<String> codes) {

    public CodeScale {
        Require.present(level, "level");
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one code");
        }
        codes = List.copyOf(codes);
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalArgumentException("the codes of a scale must be distinct: " + codes);
        }
        codes.forEach(code -> Require.text(code, "code"));
    }

    public static CodeScale nominal(String... codes) {
        return new CodeScale(MeasurementLevel.NOMINAL, List.of(codes));
    }

    public static CodeScale multiValued(String... codes) {
        return new CodeScale(MeasurementLevel.MULTI_VALUED, List.of(codes));
    }

    public static CodeScale ordinal(String... codesLowestFirst) {
        return new CodeScale(MeasurementLevel.ORDINAL, List.of(codesLowestFirst));
    }

    /** 1-based position of a code in the scale. */
    public int position(String code) {
        int index = codes.indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("code '" + code + "' is not in the scale " + codes);
        }
        return index + 1;
    }

    /** Checks that a unit's codes belong to this scale and that single-valued scales get exactly one code. */
    void requireFits(Collection<String> unitCodes, String caseId) {
        for (String code : unitCodes) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("case " + caseId + ": code '" + code + "' is not in the scale " + codes);
            }
        }
        if (level != MeasurementLevel.MULTI_VALUED && unitCodes.size() != 1) {
            throw new IllegalArgumentException("case " + caseId + ": a " + level.name().toLowerCase()
                    + " dimension takes exactly one code, got " + unitCodes);
        }
    }
}
