package io.revitalization.values;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Text for people in up to three languages; any language may be missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(
        @JsonProperty("zh-TW") String zhTw,
        @JsonProperty("ja") String ja,
        @JsonProperty("en") String en) {

    public static final List<String> LANGUAGES = List.of("zh-TW", "ja", "en");

    public static LocalizedText of(String zhTw, String ja, String en) {
        return new LocalizedText(zhTw, ja, en);
    }

    public Optional<String> in(String language) {
        return Optional.ofNullable(switch (language) {
            case "zh-TW" -> zhTw;
            case "ja" -> ja;
            case "en" -> en;
            default -> null;
        });
    }

    /** The first language of {@code preferred} that is present, then the fallback order en, zh-TW, ja. */
    public Optional<String> pick(List<String> preferred) {
        return Stream.concat(preferred.stream(), Stream.of("en", "zh-TW", "ja"))
                .map(this::in)
                .flatMap(Optional::stream)
                .filter(text -> !text.isBlank())
                .findFirst();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return Stream.of(zhTw, ja, en).allMatch(text -> text == null || text.isBlank());
    }

    public Stream<String> values() {
        return Stream.of(zhTw, ja, en).filter(text -> text != null && !text.isBlank());
    }
}
