package io.revitalization.partnerships.app.change;

import java.util.List;

/** The names of the partnerships' reads, as the change stream announces them. */
public final class ReadNames {
    /** The list of partnerships, each partnership, agreements ending. */
    public static final String PARTNERSHIPS = "partnerships";
    public static final String PHASE_HISTORY = "phase-history";
    /** The feeds of updates. */
    public static final String UPDATES = "updates";
    public static final String RECIPROCITY = "reciprocity";
    public static final String PHASE_SUGGESTION = "phase-suggestion";
    public static final String NETWORK = "network";

    public static final List<String> ALL = List.of(NETWORK, PARTNERSHIPS, PHASE_HISTORY, PHASE_SUGGESTION,
            RECIPROCITY, UPDATES);
    /** What a partnership's own content changes (its members, agreement, visibility) can change: all of it. */
    static final List<String> OF_PARTNERSHIP = ALL;
    static final List<String> OF_PHASE = List.of(NETWORK, PARTNERSHIPS, PHASE_HISTORY, PHASE_SUGGESTION);
    static final List<String> OF_UPDATE = List.of(NETWORK, PHASE_SUGGESTION, RECIPROCITY, UPDATES);

    private ReadNames() {
    }
}
