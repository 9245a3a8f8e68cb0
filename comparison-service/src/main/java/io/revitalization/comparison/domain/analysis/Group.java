package io.revitalization.comparison.domain.analysis;

import java.util.List;

/** A labelled set of coded units, e.g. the Japanese cases or one policy program's cases. */
public record Group(String label, List<CodedUnit> units) {

    public Group {
        Require.text(label, "group label");
        units = List.copyOf(Require.present(units, "units"));
    }
}
