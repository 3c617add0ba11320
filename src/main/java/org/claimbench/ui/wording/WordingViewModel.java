package org.claimbench.ui.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.claimbench.analysis.WordingRollUp;
import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PartyRole;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.DocumentView;
import org.claimbench.service.Edit;
import org.claimbench.service.FlagDecisions;
import org.claimbench.service.OutlineBuilder;
import org.claimbench.service.WordingService;
import org.claimbench.store.StoreException;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.EditController;

/**
 * What the case's pleadings say and how: the wording flags of their paragraphs, the user's verdicts on them, the
 * citations each paragraph makes and what each count incorporates. Read on the interactive lane whenever the
 * pleadings change; the outline, the checklist and the flag list show them.
 */
public final class WordingViewModel {

    private final CaseSession session;
    private final EditController edits;
    private final DocumentCache cache;
    private final CaseEditor editor;

    private final ReadOnlyObjectWrapper<Map<Long, List<WordingScreen.Flag>>> bySegment = new ReadOnlyObjectWrapper<>(Map.of());
    /** The pleadings the flags were read from: they are read again only when these change. */
    private List<Document> readFrom = List.of();
    private Map<Long, List<Citation>> citationsBySegment = Map.of();
    private List<OutlineBuilder.Incorporation> incorporations = List.of();
    private Index index;
    /**
     * The screenings of the pleadings of the last three cases read, by their pleadings and number of defendants: a case
     * opened again takes its own at once, when its index was made from the same outline, passages, links and decisions.
     * Forgotten when a text or the rules change.
     */
    private final Map<List<Object>, Screened> kept = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Screened> eldest) {
            return size() > 3;
        }
    };

    public WordingViewModel(CaseSession session, EditController edits, DocumentCache cache, CaseEditor editor) {
        this.session = session;
        this.edits = edits;
        this.cache = cache;
        this.editor = editor;
        // the pleadings of a case coming on show are screened as it comes, beside what the panes do with it, so that
        // the flags arrive with its text rather than after it (the rows of the outline are then drawn once)
        session.onComing(c -> screen(c.snapshot()));
        edits.onTextChanged(new EditController.TextListener() {
            @Override
            public void afterShowing() {
                readFrom = List.of();
                kept.clear();
                CaseSnapshot s = session.current();
                if (s != null) {
                    screen(s);
                }
            }
        });
    }

    /** A case's number of defendants: some flags depend on it ("defendants" said of one). */
    public static int defendants(CaseSnapshot s) {
        return s == null ? 0 : (int) s.parties().stream().filter(p -> p.role() == PartyRole.DEFENDANT).count();
    }

    private record Screened(Map<Long, List<WordingScreen.Flag>> flags, Map<Long, List<Citation>> citations,
                            List<OutlineBuilder.Incorporation> incorporations, String problem, Index index) {
    }

    /** Reads the flags of the case's pleadings, again only when its pleadings change. */
    private void screen(CaseSnapshot s) {
        List<Document> pleadings = s.documents().stream().filter(d -> d.kind().isComplaint()).toList();
        if (pleadings.equals(readFrom)) {
            return;
        }
        readFrom = pleadings;
        int defendants = defendants(s);
        List<Object> key = List.of(pleadings, defendants);
        Screened known = kept.get(key);
        if (known != null && (known.index() == null ? known.flags().isEmpty() : known.index().madeFrom(s))) {
            take(pleadings, known, key); // before the panes take the case: the outline's rows are drawn once, with their flags
            return;
        }
        bySegment.set(Map.of());
        citationsBySegment = Map.of();
        incorporations = List.of();
        session.tasks().run("Screening the wording", () -> {
            Map<Long, List<WordingScreen.Flag>> out = new HashMap<>();
            Map<Long, List<Citation>> cites = new HashMap<>();
            List<OutlineBuilder.Incorporation> incorporated = new ArrayList<>();
            for (Document d : pleadings) {
                DocumentView v = cache.view(d.id());
                if (OutlineBuilder.isLatestComplaint(d, s.documents())) {
                    incorporated.addAll(cache.incorporation(v));
                }
                v.citations().stream().filter(c -> c.segmentId() != null)
                        .forEach(c -> cites.computeIfAbsent(c.segmentId(), k -> new ArrayList<>()).add(c));
                WordingService.putBySegmentId(cache.flags(v, defendants), v.segments(), out);
            }
            Map<Long, List<WordingScreen.Flag>> flags = Map.copyOf(out);
            // the outline's rows ask for the index as soon as the flags arrive: made here, not on the FX thread
            return new Screened(flags, Map.copyOf(cites), List.copyOf(incorporated), cache.screen().problem(),
                    flags.isEmpty() ? null : index(s, flags));
        }, screened -> session.whenShown(() -> take(pleadings, screened, key)), session::fail);
    }

    private void take(List<Document> pleadings, Screened screened, List<Object> key) {
        if (pleadings == readFrom) {
            kept.put(key, screened);
            if (screened.index() != null) {
                index = screened.index(); // used only while the snapshot on show is the one it was made for
            }
            citationsBySegment = screened.citations();
            incorporations = screened.incorporations();
            bySegment.set(screened.flags());
            if (screened.problem() != null) {
                session.say(screened.problem());
            }
        }
    }

    /** The flags of the open case's pleadings by segment id (empty until they are read). */
    public ReadOnlyObjectProperty<Map<Long, List<WordingScreen.Flag>>> wordingBySegmentProperty() {
        return bySegment.getReadOnlyProperty();
    }

    /** The citations a paragraph (segment) of a pleading makes. */
    public List<Citation> citationsOf(long segmentId) {
        return citationsBySegment.getOrDefault(segmentId, List.of());
    }

    /** True once the citations of the pleadings are read. */
    public boolean citationsRead() {
        return !citationsBySegment.isEmpty();
    }

    /** The paragraphs a count node incorporates, when it is a count of the complaint (by its title or number); else null. */
    public OutlineBuilder.Incorporation incorporationOf(OutlineNode n) {
        if (n == null || n.kind() != NodeKind.COUNT) {
            return null;
        }
        return OutlineBuilder.Incorporation.of(incorporations, n.title());
    }

    // ---- flags of the outline ----------------------------------------------------------------------

    /** A wording flag on an allegation's paragraph: the document it lies in, the flag, and the user's verdict (or null). */
    public record NodeFlag(long documentId, WordingScreen.Flag flag, FlagVerdict verdict) {
    }

    /** The flags of every allegation and their counts by kind, made once for a snapshot and a screening. */
    private record Index(CaseSnapshot snapshot, Map<Long, List<WordingScreen.Flag>> wording, FlagDecisions decisions,
                         Map<Long, List<NodeFlag>> byAllegation, Map<Long, Map<String, Integer>> byKind) {

        /** Whether {@code s} holds what this index was made from: the same outline, passages, links and decisions. */
        boolean madeFrom(CaseSnapshot s) {
            return s == snapshot || s.outline() == snapshot.outline() && s.passages() == snapshot.passages()
                    && s.links() == snapshot.links() && s.flagDecisions() == snapshot.flagDecisions();
        }
    }

    private Index index() {
        CaseSnapshot s = session.current();
        Map<Long, List<WordingScreen.Flag>> flags = bySegment.get();
        if (s == null || flags.isEmpty()) {
            return null;
        }
        Index cached = index;
        if (cached != null && cached.madeFrom(s) && cached.wording() == flags) {
            return cached;
        }
        index = index(s, flags);
        return index;
    }

    /** The index of one snapshot and one screening; pure, so that a worker can make it beside the screening. */
    private static Index index(CaseSnapshot s, Map<Long, List<WordingScreen.Flag>> flags) {
        FlagDecisions decisions = s.decisions();
        var placed = WordingRollUp.sorted(WordingRollUp.byAllegation(s.outline(), s.passages(), s.links(), flags),
                Comparator.comparingInt(WordingScreen.Flag::start));
        Map<Long, List<NodeFlag>> byAllegation = new HashMap<>();
        placed.forEach((id, list) -> byAllegation.put(id, list.stream()
                .map(p -> new NodeFlag(p.documentId(), p.flag(), decisions.verdict(p.documentId(), p.flag()))).toList()));
        Map<Long, Map<String, Integer>> byKind = WordingRollUp.byKind(s.outline(), placed, WordingScreen.Flag::kind,
                WordingScreen.Flag::label, p -> decisions.verdict(p.documentId(), p.flag()) != FlagVerdict.DISMISSED);
        return new Index(s, flags, decisions, byAllegation, byKind);
    }

    /**
     * The wording flags of the paragraphs an allegation's passages assert, once each ("hedge (“allegedly”)"), without
     * the ones the user dismissed; a confirmed one says so.
     */
    public List<String> wordingOf(OutlineNode n) {
        Index i = index();
        if (i == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (NodeFlag f : flagsOf(n)) {
            if (f.verdict() != FlagVerdict.DISMISSED) {
                out.add(i.decisions().label(f.documentId(), f.flag()));
            }
        }
        return List.copyOf(out);
    }

    /** For a count or an element: its allegations' flags the user has not dismissed, counted by kind. */
    public Map<String, Integer> wordingByKind(OutlineNode n) {
        Index i = n == null ? null : index();
        return i == null ? Map.of() : i.byKind().getOrDefault(n.id(), Map.of());
    }

    /** Every wording flag of the paragraphs an allegation's passages assert, dismissed ones included, in text order. */
    public List<NodeFlag> flagsOf(OutlineNode n) {
        if (n == null || n.kind() != NodeKind.ALLEGATION) {
            return List.of();
        }
        Index i = index();
        return i == null ? List.of() : i.byAllegation().getOrDefault(n.id(), List.of());
    }

    // ---- decisions ---------------------------------------------------------------------------------

    /** Records the user's verdict on a wording flag (null: undecided again); one undoable edit. */
    public void decideFlag(long documentId, WordingScreen.Flag f, FlagVerdict verdict) {
        edits.perform(made -> editor.decideFlag(documentId, f, verdict, null));
    }

    /** The same verdict on several flags of a document at once, as one undoable edit ("Dismiss 5 flags"). */
    public void decideFlags(long documentId, List<WordingScreen.Flag> flags, FlagVerdict verdict) {
        if (flags.size() == 1) {
            decideFlag(documentId, flags.get(0), verdict);
            return;
        }
        if (flags.isEmpty()) {
            return;
        }
        String label = (verdict == null ? "Take back decisions on " : verdict == FlagVerdict.CONFIRMED ? "Confirm " : "Dismiss ")
                + flags.size() + " flags";
        edits.perform(made -> {
            List<Edit> parts = new ArrayList<>();
            for (var f : flags) {
                parts.add(editor.decideFlag(documentId, f, verdict, null));
            }
            return Edit.of(label, parts.toArray(new Edit[0]));
        });
    }

    // ---- the rules ---------------------------------------------------------------------------------

    /** The built-in rules and the user's own, for the rules dialog; {@code then} runs on the FX thread. */
    public void loadWordingRules(BiConsumer<WordingScreen.Lexicon, WordingScreen.Lexicon> then) {
        WordingService wording = cache.wording();
        if (wording.userFile() == null) {
            session.say("This store keeps no wording rules of its own; the built-in rules apply.");
            return;
        }
        session.tasks().run("Reading the wording rules", () -> {
            WordingScreen.Lexicon user;
            try {
                user = wording.userLexicon();
            } catch (StoreException e) {
                user = new WordingScreen.Lexicon(1, List.of()); // the dialog's save replaces the bad file
            }
            return new WordingScreen.Lexicon[] {WordingScreen.defaultLexicon(), user};
        }, l -> then.accept(l[0], l[1]), session::fail);
    }

    /** Saves the user's wording rules and screens the case again with them. */
    public void saveWordingRules(WordingScreen.Lexicon user) {
        WordingService wording = cache.wording();
        session.tasks().run("Saving the wording rules", () -> {
            wording.saveUserLexicon(user);
            cache.forgetScreen();
            return cache.screen();
        }, sc -> {
            session.say("Saved the wording rules to " + wording.userFile());
            readFrom = List.of();
            kept.clear();
            CaseSnapshot s = session.current();
            if (s != null) {
                screen(s);
            }
            rulesChanged.run();
        }, session::fail);
    }

    private Runnable rulesChanged = () -> { };

    /** Told when the rules changed, so that the text pane reads its document again with them. */
    public void onRulesChanged(Runnable r) {
        rulesChanged = r;
    }
}
