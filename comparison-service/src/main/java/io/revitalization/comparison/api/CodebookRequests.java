package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.app.coding.CodebookDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the codebook endpoints. Limits: 50 dimensions, 50 codes each, 20 evidence entries each. */
public final class CodebookRequests {
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    static final String ID_MESSAGE = "lower-case letters, digits and dashes, at most 64";

    private CodebookRequests() {
    }

    public record NewCodebook(
            @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String slug,
            @NotNull @Valid TextRequest title,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Dimension> dimensions) {

        CodebookDraft toDraft() {
            return new CodebookDraft(title.toText(), dimensions.stream().map(Dimension::toDimension).toList());
        }
    }

    public record NewVersion(
            @NotNull @Valid TextRequest title,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Dimension> dimensions) {

        CodebookDraft toDraft() {
            return new CodebookDraft(title.toText(), dimensions.stream().map(Dimension::toDimension).toList());
        }
    }

    public record Dimension(
            @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotNull @Valid TextRequest label,
            @Valid TextRequest definition,
            @NotNull Scale scale,
            boolean multiValued,
            @Size(max = 20) List<@NotNull @Valid EvidenceRequest> evidence,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Code> codes,
            @Valid TextRequest rowLabel,
            Integer rowOrder,
            @Valid TextRequest insight,
            @Size(max = 20) List<@NotNull @Valid EvidenceRequest> rowEvidence) {

        CodebookDimension toDimension() {
            return new CodebookDimension(id, label.toText(), definition == null ? null : definition.toText(), scale,
                    multiValued, evidenceOf(evidence), codes.stream().map(Code::toCode).toList(),
                    rowLabel == null ? null : rowLabel.toText(), rowOrder, insight == null ? null : insight.toText(),
                    evidenceOf(rowEvidence));
        }
    }

    public record Code(
            @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotNull @Valid TextRequest label,
            @Valid TextRequest definition,
            Integer order,
            @Size(max = 20) List<@NotNull @Valid EvidenceRequest> evidence,
            Double value) {

        CodebookCode toCode() {
            return new CodebookCode(id, label.toText(), definition == null ? null : definition.toText(), order,
                    evidenceOf(evidence), value);
        }
    }

    private static List<Evidence> evidenceOf(List<EvidenceRequest> evidence) {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceRequest::toEvidence).toList();
    }
}
