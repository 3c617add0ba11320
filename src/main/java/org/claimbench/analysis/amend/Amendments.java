package org.claimbench.analysis.amend;

import java.util.List;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.CountChange;
import org.claimbench.domain.PartyChange;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadingVersion;

/**
 * An amended pleading against the one it replaces: {@link #compare} aligns their segments, counts and parties, and
 * {@link #carry} places the old version's highlighted passages in the new text. Pure functions of their arguments.
 *
 * <p>The rules and their thresholds:
 * <ul>
 * <li>Words are compared normalised: case, spacing, punctuation and quote style do not count, nor does a numbered
 *     paragraph's own number.</li>
 * <li>Two segments are alike when the longest common run of their words (in order) makes up at least
 *     {@link #SIMILAR} of both ({@code 2·lcs / (|old| + |new|)}).</li>
 * <li>A paragraph takes part in a split or merge when at least {@link #CONTAINED} of its words appear, in order, in
 *     the paragraph on the other side.</li>
 * <li>Two counts answer to each other with the same title, or with the same number or place and titles at least
 *     {@link #TITLE_SIMILAR} alike.</li>
 * <li>A passage whose words changed is offered the closest run of words in its paragraph's answering segment(s) and
 *     their neighbours, if at least {@link #FUZZY} alike (word edit distance: {@code 1 − edits / max(|quote|, |candidate|)}).</li>
 * </ul>
 */
public final class Amendments {

    /** Least LCS ratio for two segments to be aligned as one changed segment. */
    public static final double SIMILAR = 0.5;
    /** Least share of a paragraph's words found in its partner, for a split or a merge. */
    public static final double CONTAINED = 0.8;
    /** Least word overlap (Dice) of two count titles paired by number or place. */
    public static final double TITLE_SIMILAR = 0.5;
    /** Least similarity of a candidate offered for a passage whose words changed. */
    public static final double FUZZY = 0.6;
    /** Least number of words of a quote carried to the same words outside its own paragraph's answer. */
    public static final int MOVE_WORDS = 3;

    private Amendments() {
    }

    /** The two versions compared: rows of aligned segments, count changes, party changes and a summary. */
    public static Comparison compare(PleadingVersion before, PleadingVersion after) {
        List<AlignedRow> rows = new SegmentAligner(before, after).rows();
        List<CountChange> counts = CountAligner.counts(before.counts(), after.counts());
        List<PartyChange> parties = CountAligner.parties(before.parties(), after.parties());
        return new Comparison(before, after, rows, counts, parties, Summary.of(rows, counts, parties));
    }

    /**
     * Each passage of the old version in the new one, in the order given. See {@link Carrier} for the rule; a passage
     * carried as {@code EXACT} or {@code MOVED} always sits on its own quote, character for character.
     *
     * @throws IllegalArgumentException if a passage belongs to another document than the old version
     */
    public static List<CarriedPassage> carry(Comparison comparison, List<Passage> passages) {
        Carrier carrier = new Carrier(comparison);
        return passages.stream().map(carrier::carry).toList();
    }

    /**
     * Quotes from outside (web annotations) placed in one text by the rules a carried passage follows, with no older
     * version to compare: each probe passage holds a quote with its prefix and suffix, and {@code hints} its stated
     * start in {@code text} (-1: none). See {@link Carrier#anchor}.
     */
    public static List<CarriedPassage> anchor(String text, List<org.claimbench.domain.Segment> segments, List<Passage> quotes,
                                              List<Integer> hints) {
        Carrier carrier = new Carrier(text, segments);
        java.util.ArrayList<CarriedPassage> out = new java.util.ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            out.add(carrier.anchor(quotes.get(i), hints.get(i)));
        }
        return out;
    }
}
