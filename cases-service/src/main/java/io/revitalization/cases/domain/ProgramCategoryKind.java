package io.revitalization.cases.domain;

/** What a program's category is: a type of project it funds, a track within it, or a hub. */
public enum ProgramCategoryKind {
    PROJECT_TYPE,
    TRACK,
    HUB
}
