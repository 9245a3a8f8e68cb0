package io.revitalization.comparison.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.constraints.AssertTrue;

/** Text for people in up to three languages, as sent in a request; at least one language is needed. */
public record TextRequest(
        @JsonProperty("zh-TW") @TextLength(max = MAX) String zhTw,
        @JsonProperty("ja") @TextLength(max = MAX) String ja,
        @JsonProperty("en") @TextLength(max = MAX) String en) {

    static final int MAX = 2000;

    @JsonIgnore
    @AssertTrue(message = "needs text in at least one of zh-TW, ja, en")
    public boolean isWritten() {
        return !toText().isEmpty();
    }

    public LocalizedText toText() {
        return LocalizedText.of(zhTw, ja, en);
    }
}
