package io.revitalization.partnerships.domain;

/**
 * What a partner university reports. Phase-change requests are about the relationship, not activity in it, so
 * reciprocity and the phase suggestion leave them out.
 */
public enum UpdateKind {
    ACTIVITY, MILESTONE, OUTCOME, PHASE_CHANGE_REQUEST
}
