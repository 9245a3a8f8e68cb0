package io.revitalization.comparison.domain;

import io.revitalization.comparison.domain.analysis.YearRange;

/**
 * A case belongs to a group in some years: every year for its country, programs and institutions, the years a phase
 * was in force for a partnership phase.
 */
public record GroupMembership(GroupRef group, YearRange years) {
    /** The years a coding may have. */
    public static final YearRange EVERY_YEAR = new YearRange(1900, 2100);

    public GroupMembership {
        if (!group.grouping().byYear() && !years.equals(EVERY_YEAR)) {
            throw new IllegalArgumentException("a case is in a " + group.grouping().key() + " in every year, not in "
                    + years);
        }
    }

    public static GroupMembership always(GroupRef group) {
        return new GroupMembership(group, EVERY_YEAR);
    }

    public boolean holdsIn(int year) {
        return years.from() <= year && year <= years.to();
    }
}
