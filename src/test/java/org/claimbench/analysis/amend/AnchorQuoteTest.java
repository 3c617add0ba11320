package org.claimbench.analysis.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Passage;
import org.junit.jupiter.api.Test;

/** Quotes from outside placed in one text by the carrier's rules, the stated place standing for the old one. */
class AnchorQuoteTest {

    static final String TEXT = "The lease began in May. The tenant paid rent in May. "
            + "The landlord never repaired the heating system despite three written requests. "
            + "The tenant paid rent in June.";

    static CarriedPassage place(String quote, String prefix, String suffix, int hint) {
        List<Passage> probes = new ArrayList<>();
        probes.add(new Passage(1, 0, 0, Math.max(0, hint), Math.max(0, hint) + quote.length(), quote, prefix, suffix, null, null, null,
                null, null, null, AnchorState.ANCHORED, null));
        return Amendments.anchor(TEXT, List.of(), probes, List.of(hint)).get(0);
    }

    @Test
    void at_its_place_or_by_its_whole_surroundings_a_quote_is_exact() {
        int at = TEXT.indexOf("paid rent in June");
        CarriedPassage p = place("paid rent in June", "", "", at);
        assertEquals(CarryState.EXACT, p.state());
        assertEquals(at, p.start());

        // no place: "paid rent in" twice, told apart by the words around it
        CarriedPassage byContext = place("paid rent in", "The tenant ", " June", -1);
        assertEquals(CarryState.EXACT, byContext.state());
        assertEquals(TEXT.lastIndexOf("paid rent in"), byContext.start());
    }

    @Test
    void elsewhere_it_is_moved_to_the_occurrence_nearest_its_place() {
        CarriedPassage p = place("paid rent in", "", "", TEXT.indexOf("paid rent in June") - 5);
        assertEquals(CarryState.MOVED, p.state());
        assertEquals(TEXT.lastIndexOf("paid rent in"), p.start());
    }

    @Test
    void changed_words_are_offered_and_words_that_are_gone_are_not_found() {
        CarriedPassage changed = place("The landlord never fixed the heating system despite three written requests.", "", "", 60);
        assertEquals(CarryState.CHANGED, changed.state());
        assertEquals("The landlord never repaired the heating system despite three written requests.", changed.quote());
        CarriedPassage gone = place("The defendant shredded every invoice in December", "", "", 10);
        assertEquals(CarryState.ORPHANED, gone.state());
        assertEquals(-1, gone.start());
    }
}
