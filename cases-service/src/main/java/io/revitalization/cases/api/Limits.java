package io.revitalization.cases.api;

/** The documented bounds of request bodies; going over one answers 400 naming the field. */
public final class Limits {
    public static final int SLUG = 100;
    public static final int TITLE = 300;
    public static final int SUMMARY = 5000;
    public static final int NAME = 300;
    public static final int REGION_NAME = 200;
    public static final int DESCRIPTION = 2000;
    public static final int INSTITUTIONS = 50;
    public static final int STAKEHOLDERS = 50;
    public static final int PROGRAMS = 30;
    public static final int PROGRAM_YEARS = 50;
    public static final int SDGS = 17;
    public static final int THEMES = 50;
    public static final int THEME = 100;
    public static final int INDICATORS = 100;
    public static final int SERIES = 200;
    public static final int EVIDENCE = 200;
    public static final int TESTIMONIES = 200;
    public static final int SOURCE = 500;
    public static final int LOCATOR = 200;
    public static final int QUOTE = 5000;
    public static final int URL = 2000;
    public static final int SUPPORTS = 200;
    public static final int CODE = 100;
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";
    public static final int UNIT = 50;
    public static final int REFERENCE = 100;
    public static final int SEARCH_QUERY = 200;
    public static final int PROVENANCE = 100;
    public static final int PROVENANCE_FIELD = 200;
    public static final int PROVENANCE_NOTE = 2000;
    public static final int CATEGORIES = 50;
    public static final int AUTHORS = 50;
    public static final int LANGUAGE = 35;

    private Limits() {
    }
}
