package io.revitalization.cases.api;

import java.util.List;
import java.util.function.Function;

/** Maps parts of a request to parts of a draft; nulls stay null, so the use case's checks can report them. */
final class Drafts {
    private Drafts() {
    }

    static <T, R> R of(T part, Function<T, R> toDraft) {
        return part == null ? null : toDraft.apply(part);
    }

    static <T, R> List<R> of(List<T> parts, Function<T, R> toDraft) {
        return parts == null ? null : parts.stream().map(part -> of(part, toDraft)).toList();
    }
}
