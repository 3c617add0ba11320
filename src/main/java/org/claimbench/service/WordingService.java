package org.claimbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.Document;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Segment;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/**
 * The wording screen of a store: the built-in lexicon with the user's own on top ({@code lexicon.json} in the data
 * folder), and the flags of a case's pleadings by segment id, with the user's decisions applied.
 */
public final class WordingService {

    public static final String USER_FILE = "lexicon.json";

    private final Store store;
    private final Path userFile;

    /** {@code dataDir} may be null (an in-memory store): then only the built-in lexicon applies. */
    public WordingService(Store store, Path dataDir) {
        this.store = store;
        this.userFile = dataDir == null ? null : dataDir.resolve(USER_FILE);
    }

    /** Where the user's lexicon is kept, or null when this store keeps none. */
    public Path userFile() {
        return userFile;
    }

    /** The user's own lexicon: added terms and rules switched off; empty when there is none. */
    public WordingScreen.Lexicon userLexicon() {
        if (userFile == null || !Files.isRegularFile(userFile)) {
            return new WordingScreen.Lexicon(1, List.of());
        }
        try {
            WordingScreen.Lexicon l = WordingScreen.parse(Files.readAllBytes(userFile));
            return l.rules() == null ? new WordingScreen.Lexicon(l.version(), List.of()) : l;
        } catch (IOException e) {
            throw new StoreException("Your wording rules in " + userFile + " cannot be read (" + e.getMessage()
                    + "). Fix or remove the file; until then the built-in rules apply.", e);
        }
    }

    /** The screen: built-in rules with the user's on top. A user lexicon that cannot be read is reported, not skipped. */
    public WordingScreen screen() {
        WordingScreen.Lexicon user = userLexicon();
        try {
            return WordingScreen.of(WordingScreen.defaultLexicon(), user);
        } catch (IllegalArgumentException e) {
            throw new StoreException("Your wording rules in " + userFile + " are not valid: " + e.getMessage()
                    + ". Fix or remove the file; until then the built-in rules apply.", e);
        }
    }

    /** The screen, or the built-in one with the reason the user's could not be used. */
    public record Loaded(WordingScreen screen, String problem) {
    }

    public Loaded screenOrBuiltIn() {
        try {
            return new Loaded(screen(), null);
        } catch (StoreException e) {
            return new Loaded(WordingScreen.standard(), e.getMessage());
        }
    }

    /** Saves the user's lexicon (checked first: it must compile); the file is replaced in one step. */
    public void saveUserLexicon(WordingScreen.Lexicon lexicon) throws IOException {
        if (userFile == null) {
            throw new StoreException("This store keeps no wording rules of its own.");
        }
        try {
            WordingScreen.of(WordingScreen.defaultLexicon(), lexicon);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage() + ". Nothing was saved.", e);
        }
        AtomicFiles.write(userFile, "The wording rules", WordingScreen.write(lexicon));
    }

    /**
     * A flag of a case's pleading: its document, its paragraph (segment id and number), the flag, and the user's
     * decision (or null).
     */
    public record CaseFlag(long documentId, long segmentId, String paragraph, WordingScreen.Flag flag,
                           org.claimbench.domain.FlagDecision decision) {

        boolean dismissed() {
            return decision != null && decision.verdict() == org.claimbench.domain.FlagVerdict.DISMISSED;
        }
    }

    /** Every flag of the case's pleadings, by document and place in the text, with the user's decisions. */
    public List<CaseFlag> flags(long caseId, WordingScreen screen) {
        int defendants = (int) store.cases().parties(caseId).stream().filter(p -> p.role() == PartyRole.DEFENDANT).count();
        FlagDecisions decisions = new FlagDecisions(store.flags().forCase(caseId));
        List<CaseFlag> out = new java.util.ArrayList<>();
        for (Document d : store.documents().list(caseId)) {
            if (!d.kind().isComplaint()) {
                continue;
            }
            List<Segment> segments = store.documents().segments(d.id());
            Map<Integer, List<WordingScreen.Flag>> byOrdinal = screen.screen(store.documents().text(d.id()), segments, defendants);
            for (Segment sg : segments) {
                for (WordingScreen.Flag f : byOrdinal.getOrDefault(sg.ordinal(), List.of())) {
                    out.add(new CaseFlag(d.id(), sg.id(), sg.label(), f, decisions.of(d.id(), f)));
                }
            }
        }
        return out;
    }

    /** Every flag of the case's pleadings by segment id, as screened, decisions not applied. */
    public Map<Long, List<WordingScreen.Flag>> flagsBySegment(long caseId, WordingScreen screen) {
        Map<Long, List<WordingScreen.Flag>> out = new HashMap<>();
        for (CaseFlag f : flags(caseId, screen)) {
            out.computeIfAbsent(f.segmentId(), k -> new java.util.ArrayList<>()).add(f.flag());
        }
        return out;
    }

    /**
     * What the report shows of each paragraph's wording, by segment id: the flags the user has not dismissed, once
     * each, a confirmed one marked so.
     */
    public Map<Long, List<String>> labelsBySegment(long caseId, WordingScreen screen) {
        Map<Long, LinkedHashSet<String>> labels = new HashMap<>();
        for (CaseFlag f : flags(caseId, screen)) {
            if (!f.dismissed()) {
                labels.computeIfAbsent(f.segmentId(), k -> new LinkedHashSet<>())
                        .add(f.decision() != null ? f.flag().label() + FlagDecisions.CONFIRMED : f.flag().label());
            }
        }
        Map<Long, List<String>> out = new HashMap<>();
        labels.forEach((seg, l) -> out.put(seg, List.copyOf(l)));
        return out;
    }

    /** Puts one pleading's flags, as the screen gives them by segment ordinal, into {@code out} by segment id. */
    public static void putBySegmentId(Map<Integer, List<WordingScreen.Flag>> byOrdinal, List<Segment> segments,
                                      Map<Long, List<WordingScreen.Flag>> out) {
        for (Segment s : segments) {
            List<WordingScreen.Flag> f = byOrdinal.get(s.ordinal());
            if (f != null) {
                out.put(s.id(), f);
            }
        }
    }
}
