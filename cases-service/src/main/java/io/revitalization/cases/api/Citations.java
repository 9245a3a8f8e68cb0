package io.revitalization.cases.api;

import io.revitalization.cases.app.CitedEvidence;
import io.revitalization.cases.app.SourceView;
import io.revitalization.cases.domain.SourceKind;
import io.revitalization.support.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A record's evidence list as citations: CSL-JSON (what Zotero, Pandoc and citeproc read) or BibTeX. Each
 * evidence item is one entry, so its locator and quote stay with it; the source it names gives type, title,
 * authors, year and link. Evidence whose source is not in the registry is cited by the words it names it with.
 */
final class Citations {
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    private static final String FORMATS = "must be csl-json or bibtex";

    private Citations() {
    }

    /** Answers in the {@code format} asked for, else the first of the two that Accept takes (CSL-JSON if any). */
    static Response answer(String format, HttpHeaders headers, String prefix, List<CitedEvidence> evidence,
                           List<String> languages) {
        boolean bibtex = format == null
                ? headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType())
                        .findFirst().filter(type -> type.isCompatible(MediaType.valueOf(BIBTEX))).isPresent()
                : switch (format) {
                    case "bibtex" -> true;
                    case "csl-json" -> false;
                    default -> throw ProblemException.invalid("format", FORMATS);
                };
        return bibtex
                ? Response.ok(bibtex(prefix, evidence, languages), BIBTEX + ";charset=UTF-8").build()
                : Response.ok(csl(prefix, evidence, languages), CSL_JSON).build();
    }

    static List<Map<String, Object>> csl(String prefix, List<CitedEvidence> evidence, List<String> languages) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            CitedEvidence cited = evidence.get(i);
            Optional<SourceView> source = Optional.ofNullable(cited.source());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", key(prefix, i));
            item.put("type", source.map(s -> cslType(s.kind())).orElse("document"));
            put(item, "title", title(cited, languages));
            source.filter(s -> !s.authors().isEmpty()).ifPresent(s -> item.put("author",
                    s.authors().stream().map(name -> Map.of("literal", name)).toList()));
            source.map(SourceView::issued).ifPresent(year -> item.put("issued", Map.of("date-parts", List.of(List.of(year)))));
            put(item, "publisher", source.map(SourceView::publisher).orElse(null));
            put(item, "URL", url(cited));
            put(item, "language", source.map(SourceView::language).orElse(null));
            put(item, "locator", cited.evidence().locator());
            put(item, "note", cited.evidence().quote());
            Map<String, Object> custom = new LinkedHashMap<>();
            custom.put("source", cited.evidence().source());
            put(custom, "supports", cited.evidence().supports());
            item.put("custom", custom);
            items.add(item);
        }
        return items;
    }

    static String bibtex(String prefix, List<CitedEvidence> evidence, List<String> languages) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < evidence.size(); i++) {
            CitedEvidence cited = evidence.get(i);
            Optional<SourceView> source = Optional.ofNullable(cited.source());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", title(cited, languages));
            source.filter(s -> !s.authors().isEmpty()).ifPresent(s -> fields.put("author",
                    s.authors().stream().map(name -> "{" + escape(name) + "}").collect(Collectors.joining(" and "))));
            source.map(SourceView::issued).ifPresent(year -> fields.put("year", year.toString()));
            fields.put("publisher", source.map(SourceView::publisher).orElse(null));
            fields.put("url", url(cited));
            fields.put("language", source.map(SourceView::language).orElse(null));
            fields.put("note", note(cited));
            out.append('@').append(source.map(s -> bibtexType(s.kind())).orElse("misc")).append('{')
                    .append(key(prefix, i)).append(",\n");
            fields.forEach((name, value) -> {
                if (value != null) {
                    String text = name.equals("author") ? value : escape(value);
                    out.append("  ").append(name).append(" = {").append(text).append("},\n");
                }
            });
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String key(String prefix, int index) {
        return prefix.replaceAll("[^A-Za-z0-9_.-]", "-") + "-" + (index + 1);
    }

    private static String title(CitedEvidence cited, List<String> languages) {
        return Optional.ofNullable(cited.source()).map(SourceView::title).flatMap(title -> title.pick(languages))
                .orElse(cited.source() == null ? cited.evidence().source() : null);
    }

    private static String url(CitedEvidence cited) {
        return cited.evidence().url() != null ? cited.evidence().url()
                : Optional.ofNullable(cited.source()).map(SourceView::url).orElse(null);
    }

    private static String note(CitedEvidence cited) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(cited.evidence().locator()).ifPresent(parts::add);
        Optional.ofNullable(cited.evidence().quote()).map(quote -> "“" + quote + "”").ifPresent(parts::add);
        parts.add("source: " + cited.evidence().source());
        Optional.ofNullable(cited.evidence().supports()).map(s -> "supports: " + s).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static void put(Map<String, Object> item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }

    private static String cslType(SourceKind kind) {
        return switch (kind) {
            case TEXT -> "manuscript";
            case REPORT -> "report";
            case WEB_PAGE -> "webpage";
            case ARTICLE -> "article-journal";
            case BOOK -> "book";
            case DATASET -> "dataset";
            case INTERVIEW -> "interview";
        };
    }

    private static String bibtexType(SourceKind kind) {
        return switch (kind) {
            case TEXT -> "unpublished";
            case REPORT -> "techreport";
            case ARTICLE -> "article";
            case BOOK -> "book";
            case WEB_PAGE, DATASET, INTERVIEW -> "misc";
        };
    }

    /** BibTeX's special characters, so a quote cannot close a field or start a command. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
