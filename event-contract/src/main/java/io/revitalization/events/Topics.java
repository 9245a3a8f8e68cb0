package io.revitalization.events;

/** Kafka topics, one per aggregate type, keyed by aggregate id so one aggregate's events stay in order. */
public final class Topics {
    public static final String INSTITUTIONS = "revit.institutions.v1";
    public static final String CASES = "revit.cases.v1";
    public static final String PARTNERSHIPS = "revit.partnerships.v1";

    private Topics() {
    }
}
