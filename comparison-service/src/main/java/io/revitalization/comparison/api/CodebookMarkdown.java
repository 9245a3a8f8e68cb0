package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.values.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A codebook version as a Markdown document for a paper's appendix: per dimension its label and definition in
 * zh-TW, ja and en, its scale, the passages it rests on, and a table of its codes (number in the reliability
 * matrix, labels and definitions in the three languages) followed by each code's passages.
 */
final class CodebookMarkdown {
    private static final List<String> LANGUAGES = LocalizedText.LANGUAGES;

    private CodebookMarkdown() {
    }

    static String of(Codebook codebook, CodebookVersion version) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(texts(version.title, " / ")).append("\n\n");
        md.append("Codebook `").append(codebook.slug).append("`, version ").append(version.version).append(" of ")
                .append(codebook.latestVersion).append(".\n");
        for (CodebookDimension dimension : version.dimensions) {
            md.append("\n## ").append(texts(dimension.label(), " / ")).append(" (`").append(dimension.id())
                    .append("`)\n\n");
            md.append("Scale: ").append(dimension.scale()).append(dimension.multiValued()
                    ? ", several codes per unit" : ", one code per unit").append(".\n\n");
            md.append("| | zh-TW | ja | en |\n|---|---|---|---|\n");
            md.append("| label |").append(cells(dimension.label())).append("\n");
            md.append("| definition |").append(cells(dimension.definition())).append("\n");
            evidence(md, "Evidence", dimension.evidence());
            md.append("\n### Codes\n\n| code | number | label zh-TW | label ja | label en | definition zh-TW "
                    + "| definition ja | definition en |\n|---|---|---|---|---|---|---|---|\n");
            for (int c = 0; c < dimension.codes().size(); c++) {
                CodebookCode code = dimension.codes().get(c);
                md.append("| `").append(code.id()).append("` | ").append(number(dimension, code, c)).append(" |")
                        .append(cells(code.label())).append(cells(code.definition())).append("\n");
            }
            for (CodebookCode code : dimension.codes()) {
                evidence(md, "Evidence for `" + code.id() + "`", code.evidence());
            }
        }
        return md.toString();
    }

    /** The number the reliability matrix writes for the code (see ReliabilityData.numberOf). */
    private static String number(CodebookDimension dimension, CodebookCode code, int index) {
        if (dimension.scale().isNumeric()) {
            return code.value() == null ? "" : BigDecimal.valueOf(code.value()).stripTrailingZeros()
                    .toPlainString();
        }
        if (dimension.isOrdinal()) {
            return code.order() == null ? "" : code.order().toString();
        }
        return Integer.toString(index + 1);
    }

    private static void evidence(StringBuilder md, String title, List<Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return;
        }
        md.append("\n").append(title).append(":\n\n");
        for (Evidence passage : evidence) {
            md.append("- ").append(inline(passage.source()));
            if (passage.locator() != null) {
                md.append(", ").append(inline(passage.locator()));
            }
            if (passage.quote() != null) {
                md.append(": “").append(inline(passage.quote())).append("”");
            }
            if (passage.url() != null) {
                md.append(" <").append(passage.url()).append(">");
            }
            md.append("\n");
        }
    }

    private static String texts(LocalizedText text, String separator) {
        return text == null ? "" : LANGUAGES.stream().map(text::in).flatMap(Optional::stream)
                .map(CodebookMarkdown::inline).distinct().collect(Collectors.joining(separator));
    }

    private static String cells(LocalizedText text) {
        return LANGUAGES.stream().map(language -> " " + (text == null ? "" : text.in(language).map(CodebookMarkdown::cell)
                .orElse("")) + " |").collect(Collectors.joining());
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** One line of text: line breaks become spaces, so that no list item or table row is cut. */
    private static String inline(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
