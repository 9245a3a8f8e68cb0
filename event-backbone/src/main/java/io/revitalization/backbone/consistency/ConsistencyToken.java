package io.revitalization.backbone.consistency;

import io.revitalization.support.http.ConsistencyTokens;
import io.revitalization.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What one write produced: its id and how many events it published on each topic, e.g.
 * {@code 6f1c…;revit.cases.v1=1}. A service reading those topics has caught up with the write once it has applied
 * that many events of the write on each of them. A header may carry several tokens, separated by commas.
 */
public record ConsistencyToken(UUID write, SortedMap<String, Integer> events) {
    public static final String HEADER = ConsistencyTokens.HEADER;
    private static final int MAX_TOKENS = 20;
    private static final Pattern COUNT = Pattern.compile("[a-z0-9._-]{1,100}=[1-9][0-9]{0,8}");

    public ConsistencyToken {
        events = new TreeMap<>(events);
    }

    public String value() {
        StringBuilder value = new StringBuilder(write.toString());
        events.forEach((topic, count) -> value.append(';').append(topic).append('=').append(count));
        return value.toString();
    }

    /** The same write, with only the events on the given topics. */
    ConsistencyToken on(java.util.Set<String> topics) {
        SortedMap<String, Integer> kept = new TreeMap<>(events);
        kept.keySet().retainAll(topics);
        return new ConsistencyToken(write, kept);
    }

    /** The tokens of a header value; a malformed one is a 400 problem naming the header. */
    public static List<ConsistencyToken> parseAll(String header) {
        String[] parts = header.split(",");
        if (parts.length > MAX_TOKENS) {
            throw ProblemException.invalid(HEADER, "carries more than " + MAX_TOKENS + " tokens");
        }
        List<ConsistencyToken> tokens = new ArrayList<>();
        for (String part : parts) {
            tokens.add(parse(part.strip()));
        }
        return tokens;
    }

    private static ConsistencyToken parse(String text) {
        String[] fields = text.split(";");
        SortedMap<String, Integer> events = new TreeMap<>();
        for (int i = 1; i < fields.length; i++) {
            if (!COUNT.matcher(fields[i]).matches()) {
                throw malformed();
            }
            int equals = fields[i].indexOf('=');
            events.merge(fields[i].substring(0, equals), Integer.parseInt(fields[i].substring(equals + 1)),
                    Integer::sum);
        }
        try {
            return new ConsistencyToken(UUID.fromString(fields[0]), events);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static ProblemException malformed() {
        return ProblemException.invalid(HEADER, "is not a token a write answered: send the value of the "
                + HEADER + " header of the write's response unchanged");
    }

    static ConsistencyToken of(UUID write, Map<String, Integer> events) {
        return new ConsistencyToken(write, new TreeMap<>(events));
    }
}
