package io.revitalization.cases.api;

import io.revitalization.cases.app.SourceView;
import io.revitalization.cases.domain.SourceKind;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Source", description = "A source evidence cites; fields the source does not give are null")
public record SourceResponse(String id, @Schema(description = "Also the ETag") long version, SourceKind kind,
                             LocalizedText title, List<String> authors, String publisher, Integer issued, String url,
                             String language, String note, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static SourceResponse of(SourceView source) {
        return new SourceResponse(source.id(), source.version(), source.kind(), source.title(), source.authors(),
                source.publisher(), source.issued(), source.url(), source.language(), source.note(),
                source.createdAt(), source.updatedAt());
    }
}
