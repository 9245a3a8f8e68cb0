package io.revitalization.partnerships.domain;

/** Declared phase of a relationship: benchmarking, co-creation and co-learning, the strategic third phase. */
public enum Phase {
    BENCHMARKING, CO_CREATION, THIRD_PHASE
}
