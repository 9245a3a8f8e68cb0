package io.revitalization.support.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a record read as, or the errors that refused it. */
    private record Read(JsonNode value, List<FieldError> errors) {
    }

    private record Year(int year) {
    }

    @Property(tries = 300)
    void everyElementOfAnArrayReadsAsItWasWritten(@ForAll("records") List<ObjectNode> records,
                                                  @ForAll("blanks") String blank) {
        String body = "[" + blank + String.join(blank + "," + blank, records.stream().map(JsonNode::toString).toList())
                + blank + "]";

        List<ImportBody.Entry> entries = entries(ImportBody.ofArray(bytes(body), JSON, "record", count -> { }));

        assertThat(entries).hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(entries.get(i).index()).isEqualTo(i);
            assertThat(entries.get(i).line()).isNull();
            assertThat(read(entries.get(i))).isEqualTo(new Read(records.get(i), List.of()));
        }
    }

    @Property(tries = 300)
    void everyLineReadsAsItWasWrittenWithItsLineNumber(@ForAll("records") List<ObjectNode> records,
                                                       @ForAll("blankLines") List<String> before) {
        StringBuilder body = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < records.size(); i++) {
            String blank = before.get(i % before.size());
            body.append(blank);
            line += (int) blank.chars().filter(c -> c == '\n').count();
            body.append(records.get(i)).append(i % 2 == 0 ? "\n" : "\r\n");
            lines.add(line++);
        }

        List<ImportBody.Entry> entries = entries(ImportBody.ofLines(bytes(body.toString()), JSON, "record", count -> { }));

        assertThat(entries).hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(entries.get(i).index()).isEqualTo(i);
            assertThat(entries.get(i).line()).isEqualTo(lines.get(i));
            assertThat(read(entries.get(i))).isEqualTo(new Read(records.get(i), List.of()));
        }
    }

    @Example
    void blankLinesAtTheTopCountInTheLineNumbers() {
        List<ImportBody.Entry> entries = entries(ImportBody.ofLines(bytes("\n \n{\"a\": 1}\n"), JSON, "record", count -> { }));

        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.line()).isEqualTo(3));
    }

    @Example
    void anElementThatIsNoObjectIsRefusedAndTheOthersRead() {
        List<ImportBody.Entry> entries = entries(ImportBody.ofArray(
                bytes("[1, \"{\", {\"a\": [1, {}]}, [ {} ], null, -2.5e3]"), JSON, "case", count -> { }));

        assertThat(entries).extracting(ImportBodyTest::read).containsExactly(
                notAnObject("case"), notAnObject("case"), new Read(tree("{\"a\": [1, {}]}"), List.of()),
                notAnObject("case"), notAnObject("case"), notAnObject("case"));
    }

    @Example
    void aLineThatIsNotJsonOrNoObjectIsRefusedAlone() {
        List<ImportBody.Entry> entries = entries(ImportBody.ofLines(
                bytes("{\"a\": 1}\n{\"a\": \n[1,\nnull\n  {\"b\": \"}\"}  \n"), JSON, "coding", count -> { }));

        List<Read> read = entries.stream().map(ImportBodyTest::read).toList();
        assertThat(read.get(0)).isEqualTo(new Read(tree("{\"a\": 1}"), List.of()));
        assertThat(read.get(1).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.message()).startsWith("is not valid JSON");
        });
        assertThat(read.get(2).errors()).singleElement().satisfies(error ->
                assertThat(error.message()).startsWith("is not valid JSON"));
        assertThat(read.get(3)).isEqualTo(notAnObject("coding"));
        assertThat(read.get(4)).isEqualTo(new Read(tree("{\"b\": \"}\"}"), List.of()));
        assertThat(entries).extracting(ImportBody.Entry::line).containsExactly(1, 2, 3, 4, 5);
    }

    @Example
    void aValueThatDoesNotFitItsFieldIsNamedAndAnArgumentTheItemRefusesIsReported() {
        ImportBody.Entry entry = entries(ImportBody.ofArray(bytes("[{\"year\": \"平成32年\"}, {\"year\": -1}]"), JSON,
                "case", count -> { })).get(0);
        ImportBody.Entry negative = entries(ImportBody.ofArray(bytes("[{\"year\": -1}]"), JSON, "case", count -> { })).get(0);

        List<FieldError> errors = entry.read(Year.class, year -> List.<FieldError>of(), refused -> refused);
        List<FieldError> refusedByItem = negative.read(Year.class, year -> {
            throw new IllegalArgumentException("before the first year");
        }, refused -> refused);

        assertThat(errors).containsExactly(new FieldError("year", "must be a whole number"));
        assertThat(refusedByItem).containsExactly(new FieldError("body", "is not a case"));
    }

    @Example
    void aBodyThatIsNoArrayOrNotJsonIsRefusedWholeAndTheCountIsChecked() {
        assertThatThrownBy(() -> ImportBody.ofArray(bytes("{\"a\": 1}"), JSON, "case", count -> { }))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ImportBody.ofArray(bytes("[{\"a\": 1}, {"), JSON, "case", count -> { }))
                .isInstanceOf(ProblemException.class);
        List<Integer> counted = new ArrayList<>();
        ImportBody.ofArray(bytes("[{}, {}, 3]"), JSON, "case", counted::add);
        assertThat(counted).containsExactly(3);
    }

    @Provide
    Arbitrary<List<ObjectNode>> records() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("{", "}", "[", "]", ",", "\"", "\\", "\n", "a\\\"}", "地方創生", "𠮷", "\u0000"));
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(text.map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.doubles().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true)));
        Arbitrary<JsonNode> nested = Combinators.combine(text, scalar.list().ofMaxSize(3)).as((key, values) -> {
            ObjectNode inner = JsonNodeFactory.instance.objectNode();
            ArrayNode array = inner.putArray(key);
            values.forEach(array::add);
            return inner;
        });
        return Arbitraries.maps(text, Arbitraries.oneOf(scalar, nested)).ofMaxSize(4).map(fields -> {
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            fields.forEach(record::set);
            return record;
        }).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.of("", " ", "\n", "\r\n\t ");
    }

    @Provide
    Arbitrary<List<String>> blankLines() {
        return Arbitraries.of("", "\n", " \n", "\r\n\t\n").list().ofMinSize(1).ofMaxSize(4);
    }

    private static Read read(ImportBody.Entry entry) {
        return entry.read(JsonNode.class, value -> new Read(value, List.of()), errors -> new Read(null, errors));
    }

    private static Read notAnObject(String recordName) {
        return new Read(null, List.of(new FieldError("body", "must be a " + recordName + ": a JSON object")));
    }

    private static List<ImportBody.Entry> entries(Iterable<ImportBody.Entry> body) {
        List<ImportBody.Entry> entries = new ArrayList<>();
        body.forEach(entries::add);
        return entries;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
