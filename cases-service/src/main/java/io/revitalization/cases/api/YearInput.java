package io.revitalization.cases.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.revitalization.cases.domain.calendar.WrittenYear;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.math.BigInteger;

/**
 * A year as a client wrote it: a number ({@code 2022}) or a string in any supported calendar ({@code "民國111年"},
 * {@code "令和4年"}, {@code "平成27年度"}, {@code "111學年度"}, {@code "FY2015"}). It is read as written and
 * parsed when the case is checked, so a bad year is reported with the field it is in, like any other invalid value.
 */
@JsonDeserialize(using = YearInput.Reader.class)
@Schema(description = "A year: a number (Gregorian calendar year) or a string in the Gregorian, ROC (民國) or Japanese-era "
        + "calendar; 年度 marks a Japanese fiscal year (April–March), 學年度 or AY a Taiwanese academic year (August–July).",
        oneOf = {Integer.class, String.class}, examples = {"2022", "民國111年", "令和4年", "平成27年度"})
public record YearInput(@Schema(hidden = true) String written, @Schema(hidden = true) boolean isNumber) {
    public WrittenYear toYear() {
        return new WrittenYear(written);
    }

    @JsonValue
    Object json() {
        return isNumber ? new BigInteger(written) : written;
    }

    static final class Reader extends JsonDeserializer<YearInput> {
        @Override
        public YearInput deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new YearInput(parser.getText(), token == JsonToken.VALUE_NUMBER_INT);
            }
            if (token == JsonToken.VALUE_STRING) {
                return new YearInput(parser.getText(), false);
            }
            parser.skipChildren();
            return new YearInput(null, false);
        }
    }
}
