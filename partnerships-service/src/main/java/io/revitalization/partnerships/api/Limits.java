package io.revitalization.partnerships.api;

/** The documented bounds of request content (docs/partnerships-service.md); going over answers 400. */
public final class Limits {
    public static final int SLUG = 80;
    public static final int TITLE = 300;
    public static final int DESCRIPTION = 5_000;
    public static final int UPDATE_TEXT = 5_000;
    public static final int REASON = 2_000;
    public static final int MEMBERS = 50;
    public static final int INSTITUTION_REFERENCE = 80;
    public static final int THEMES = 20;
    public static final int THEME = 40;
    public static final int EVIDENCE = 20;
    public static final int EVIDENCE_SOURCE = 300;
    public static final int EVIDENCE_LOCATOR = 300;
    public static final int EVIDENCE_QUOTE = 2_000;
    public static final int URL = 2_000;
    public static final int LINKS = 10;
    public static final int PARTICIPANT_GROUPS = 20;
    public static final int PARTICIPANTS_PER_GROUP = 1_000_000;
    public static final int MAX_WITHIN_DAYS = 3_650;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Limits() {
    }
}
