package io.revitalization.cases.app;

import io.revitalization.cases.domain.SourceKind;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** A source as a writer submits it (create, seed). */
public record SourceDraft(String id, SourceKind kind, LocalizedText title, List<String> authors, String publisher,
                          Integer issued, String url, String language, String note) {
}
