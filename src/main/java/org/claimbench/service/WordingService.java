package org.claimbench.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.Document;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Segment;
import org.claimbench.store.Store;

/** The wording flags of a case's pleadings, by segment id: what the outline and the report show on each allegation. */
public final class WordingService {

    private final Store store;
    private final WordingScreen screen;

    public WordingService(Store store, WordingScreen screen) {
        this.store = store;
        this.screen = screen;
    }

    public Map<Long, List<WordingScreen.Flag>> flagsBySegment(long caseId) {
        int defendants = (int) store.cases().parties(caseId).stream().filter(p -> p.role() == PartyRole.DEFENDANT).count();
        Map<Long, List<WordingScreen.Flag>> out = new HashMap<>();
        for (Document d : store.documents().list(caseId)) {
            if (!d.kind().isPleading()) {
                continue;
            }
            screenInto(screen, store.documents().text(d.id()), store.documents().segments(d.id()), defendants, out);
        }
        return out;
    }

    /** Screens one pleading's text and puts its flags into {@code out} by segment id. */
    public static void screenInto(WordingScreen screen, String text, List<Segment> segments, int defendants,
                                  Map<Long, List<WordingScreen.Flag>> out) {
        Map<Integer, List<WordingScreen.Flag>> byOrdinal = screen.screen(text, segments, defendants);
        for (Segment s : segments) {
            List<WordingScreen.Flag> f = byOrdinal.get(s.ordinal());
            if (f != null) {
                out.put(s.id(), f);
            }
        }
    }
}
