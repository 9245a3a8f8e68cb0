package io.revitalization.support.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.support.problem.JsonFieldErrors;
import io.revitalization.support.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The records of a bulk import body (a JSON array, or NDJSON: one record a line), read one at a time as they are
 * stored, so that a 20 MB import never lives in memory as thousands of trees. The body is checked whole first (JSON
 * syntax, number of records): a body that is refused is refused before anything is stored.
 */
public final class ImportBody {
    public static final String NDJSON = "application/x-ndjson";

    /** One record: its index (from 0), its NDJSON line (from 1; null in an array) and its JSON, or why not. */
    public record Entry(int index, Integer line, JsonNode node, JsonProcessingException unreadable) {
    }

    private ImportBody() {
    }

    /**
     * The elements of a JSON array; 400 when the body is not one ({@code recordName}, e.g. "case", names what it
     * should hold); {@code requireAtMost} sees the count.
     */
    public static Iterable<Entry> ofArray(byte[] body, ObjectMapper json, String recordName, IntConsumer requireAtMost) {
        int count;
        requireNotEmpty(body, recordName);
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of " + recordName + "s (or send "
                        + NDJSON + ", one " + recordName + " a line)");
            }
            count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
                count++;
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(List.of(JsonFieldErrors.of(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireAtMost.accept(count);
        return () -> arrayElements(body, json);
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
        return () -> lines(body, json);
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

    private static Iterator<Entry> arrayElements(byte[] body, ObjectMapper json) {
        JsonParser parser;
        try {
            parser = json.createParser(body);
            parser.nextToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iterator<>() {
            private int index;
            private JsonToken next = advance();

            private JsonToken advance() {
                try {
                    return parser.nextToken();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != JsonToken.END_ARRAY;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    Entry entry = new Entry(index++, null, parser.readValueAsTree(), null);
                    next = advance();
                    return entry;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static Iterator<Entry> lines(byte[] body, ObjectMapper json) {
        return new Iterator<>() {
            private int start = skipBlankLines(0);
            private int line = 1;
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
                Entry entry;
                try {
                    entry = new Entry(index, line, json.readTree(body, start, end - start), null);
                } catch (JsonProcessingException e) {
                    entry = new Entry(index, line, null, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                index++;
                line++;
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
