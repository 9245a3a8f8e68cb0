package io.revitalization.support.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.JsonFieldErrors;
import io.revitalization.support.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The records of a bulk import body (a JSON array, or NDJSON: one record a line). The body is checked whole first
 * (JSON syntax, number of records), so that a body that is refused is refused before anything is stored; that check
 * also notes where each record lies. A record is then read straight into what it binds to ({@link Entry#read}),
 * on whichever thread binds it: no record becomes a tree, and thousands of records need no more than the body.
 */
public final class ImportBody {
    public static final String NDJSON = "application/x-ndjson";

    /**
     * One record: its index (from 0), its NDJSON line (from 1; null in an array) and where its JSON lies in the body.
     */
    public static final class Entry {
        private final Records records;
        private final int index;
        private final Integer line;
        private final int offset;
        private final int length;

        private Entry(Records records, int index, Integer line, int offset, int length) {
            this.records = records;
            this.index = index;
            this.line = line;
            this.offset = offset;
            this.length = length;
        }

        public int index() {
            return index;
        }

        public Integer line() {
            return line;
        }

        /**
         * The record bound to {@code type} and made an item by {@code item}; else {@code rejected} of why not: its JSON
         * (an NDJSON line's syntax is checked only here), no object, a value that does not fit its field, or an
         * argument {@code item} refuses.
         */
        public <T, R> R read(Class<T> type, Function<T, R> item, Function<List<FieldError>, R> rejected) {
            try {
                if (!startsAnObject()) {
                    if (!records.wellFormed()) {
                        records.json().readTree(records.body(), offset, length);
                    }
                    return rejected.apply(List.of(new FieldError("body",
                            "must be a " + records.recordName() + ": a JSON object")));
                }
                return item.apply(records.json().readValue(records.body(), offset, length, type));
            } catch (JsonProcessingException e) {
                return rejected.apply(List.of(JsonFieldErrors.of(e)));
            } catch (IllegalArgumentException e) {
                return rejected.apply(List.of(new FieldError("body", "is not a " + records.recordName())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean startsAnObject() {
            int first = offset;
            while (first < offset + length && isBlank(records.body()[first])) {
                first++;
            }
            return first < offset + length && records.body()[first] == '{';
        }
    }

    /** What the entries of one body share; {@code wellFormed} when the body's syntax was checked whole. */
    private record Records(byte[] body, ObjectMapper json, String recordName, boolean wellFormed) {
    }

    private ImportBody() {
    }

    /**
     * The elements of a JSON array; 400 when the body is not one ({@code recordName}, e.g. "case", names what it
     * should hold); {@code requireAtMost} sees the count.
     */
    public static Iterable<Entry> ofArray(byte[] body, ObjectMapper json, String recordName, IntConsumer requireAtMost) {
        requireNotEmpty(body, recordName);
        List<int[]> elements = new ArrayList<>();
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of " + recordName + "s (or send "
                        + NDJSON + ", one " + recordName + " a line)");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                // an element that is no object is told by its first byte: only an object's bytes are read again
                int end = parser.currentToken() == JsonToken.END_OBJECT
                        ? (int) parser.currentLocation().getByteOffset() : start + 1;
                elements.add(new int[]{start, end});
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(List.of(JsonFieldErrors.of(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireAtMost.accept(elements.size());
        Records records = new Records(body, json, recordName, true);
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < elements.size();
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int[] element = elements.get(index);
                return new Entry(records, index++, null, element[0], element[1] - element[0]);
            }
        };
    }

    /**
     * The non-blank lines of an NDJSON body; 400 when there is none (curl sends an empty body for a file it cannot
     * read, which must not look like a successful import of nothing); {@code requireAtMost} sees their count.
     */
    public static Iterable<Entry> ofLines(byte[] body, ObjectMapper json, String recordName, IntConsumer requireAtMost) {
        int count = 0;
        for (int start = 0; start <= body.length; start = lineEnd(body, start) + 1) {
            if (!isBlank(body, start, lineEnd(body, start))) {
                count++;
            }
        }
        if (count == 0) {
            throw ProblemException.invalid("body", "is empty: send one " + recordName + " a line");
        }
        requireAtMost.accept(count);
        return () -> lines(new Records(body, json, recordName, false));
    }

    /** Each record turned into what the service stores, one at a time as the service asks for it. */
    public static <T> Iterable<T> map(Iterable<Entry> entries, Function<Entry, T> record) {
        return () -> {
            Iterator<Entry> source = entries.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public T next() {
                    return record.apply(source.next());
                }
            };
        };
    }

    private static void requireNotEmpty(byte[] body, String recordName) {
        for (byte b : body) {
            if (b != '\n' && !isBlank(b)) {
                return;
            }
        }
        throw ProblemException.invalid("body", "is empty: send a JSON array of " + recordName + "s");
    }

    private static Iterator<Entry> lines(Records records) {
        byte[] body = records.body();
        return new Iterator<>() {
            // line before start: skipping the blank lines at the top counts them
            private int line = 1;
            private int start = skipBlankLines(0);
            private int index;

            private int skipBlankLines(int from) {
                while (from <= body.length && isBlank(body, from, lineEnd(body, from))) {
                    from = lineEnd(body, from) + 1;
                    line++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return start <= body.length;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int end = lineEnd(body, start);
                Entry entry = new Entry(records, index++, line++, start, end - start);
                start = skipBlankLines(end + 1);
                return entry;
            }
        };
    }

    private static int lineEnd(byte[] body, int start) {
        int end = start;
        while (end < body.length && body[end] != '\n') {
            end++;
        }
        return end;
    }

    /** Only spaces, tabs and carriage returns (UTF-8 continuation bytes are never ASCII). */
    private static boolean isBlank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isBlank(body[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
