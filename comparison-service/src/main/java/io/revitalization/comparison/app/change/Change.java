package io.revitalization.comparison.app.change;

import java.util.Collection;
import java.util.TreeSet;

/**
 * A change under way, handed out only by {@link DataChanges#apply}, so whatever records a change runs under the data
 * version's lock. Collects what the transaction's changes touch.
 */
public abstract class Change {
    final TreeSet<String> codebooks = new TreeSet<>();
    final TreeSet<String> dimensions = new TreeSet<>();
    final TreeSet<String> groupings = new TreeSet<>();
    final TreeSet<String> reads = new TreeSet<>();
    private boolean touched;

    Change() {
    }

    /**
     * Records what the change touches: the codebooks and dimensions whose comparisons may now read differently, the
     * groupings whose group membership changed, and the comparison reads affected ({@link ReadNames}).
     */
    public void touched(Collection<String> codebooks, Collection<String> dimensions, Collection<String> groupings,
                        Collection<String> reads) {
        if (!touched) {
            touched = true;
            firstTouch();
        }
        this.codebooks.addAll(codebooks);
        this.dimensions.addAll(dimensions);
        this.groupings.addAll(groupings);
        this.reads.addAll(reads);
    }

    abstract void firstTouch();
}
