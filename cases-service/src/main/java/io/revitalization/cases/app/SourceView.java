package io.revitalization.cases.app;

import io.revitalization.cases.domain.Source;
import io.revitalization.cases.domain.SourceKind;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;

/** A source as readers see it. */
public record SourceView(String id, long version, SourceKind kind, LocalizedText title, List<String> authors,
                         String publisher, Integer issued, String url, String language, String note,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static SourceView of(Source source) {
        return new SourceView(source.id, source.version, source.kind, source.title, source.authors, source.publisher,
                source.issued, source.url, source.language, source.note, source.createdAt, source.updatedAt);
    }
}
