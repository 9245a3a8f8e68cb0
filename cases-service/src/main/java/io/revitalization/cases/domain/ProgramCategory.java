package io.revitalization.cases.domain;

import io.revitalization.values.LocalizedText;

/** A project type, track or hub a program defines (USR's 萌芽型 and 深耕型, its international-connection track). */
public record ProgramCategory(String code, ProgramCategoryKind kind, LocalizedText name) {
}
