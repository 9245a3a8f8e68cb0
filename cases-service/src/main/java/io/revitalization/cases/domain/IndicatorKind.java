package io.revitalization.cases.domain;

/**
 * What an indicator measures. The relationship-population kinds follow MLIT's survey of 関係人口, which counts
 * people who visit the region (訪問系) apart from those who support it without visiting (非訪問系: hometown tax,
 * crowdfunding, buying its products).
 */
public enum IndicatorKind {
    LOCAL_EMPLOYMENT_RATE,
    RELATIONSHIP_POPULATION_VISITING,
    RELATIONSHIP_POPULATION_NON_VISITING,
    PARTICIPANTS,
    /** New jobs created in the region (COC+ targets count them per fiscal year). */
    JOBS_CREATED,
    OTHER
}
