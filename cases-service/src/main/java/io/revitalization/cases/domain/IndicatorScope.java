package io.revitalization.cases.domain;

/** Whose figure an indicator is: one institution's, a consortium's, or a place's (municipality, prefecture, nation). */
public enum IndicatorScope {
    INSTITUTION,
    CONSORTIUM,
    MUNICIPALITY,
    PREFECTURE,
    NATIONAL
}
