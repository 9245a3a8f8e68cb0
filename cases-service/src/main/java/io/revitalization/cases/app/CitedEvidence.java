package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;

/**
 * One evidence item of a record with the source it names; {@code source} is {@code null} when no source of the
 * registry has that id (the evidence then names its source only in words).
 */
public record CitedEvidence(CaseContent.Evidence evidence, SourceView source) {
}
