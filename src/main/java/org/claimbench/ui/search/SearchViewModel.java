package org.claimbench.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.claimbench.analysis.TextSearch;
import org.claimbench.domain.Document;
import org.claimbench.service.DocumentView;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.EditController;
import org.claimbench.ui.session.TaskRunner;

/**
 * Edit ▸ Search the case: finds a phrase or a regular expression in the text of every document of the open case, off
 * the FX thread, and lists each hit with its document, paragraph, page:line and the words around it. A new search
 * supersedes one still running: that one stops, and its results are never shown. Picking a hit shows it in the text.
 */
public final class SearchViewModel {

    /** The most hits listed; past it the summary says that there are more. */
    public static final int MOST_HITS = 1_000;
    /** How long one search may take before it is stopped (a regular expression can be very slow). */
    static final long TIME_LIMIT_SECONDS = 20;

    /** One hit: where it is in which document, and the words around it. */
    public record Hit(long documentId, String documentTitle, int start, int end, String where, TextSearch.Snippet snippet) {
    }

    /** What to search for, as the user asked. */
    public record Query(String text, TextSearch.Options options) {
    }

    /** What one search found; {@code stopped} says why it ended early, or is null. */
    private record Found(int generation, List<Hit> hits, boolean capped, String stopped) {
    }

    private final CaseSession session;
    private final TaskRunner tasks;
    private final DocumentCache cache;
    private final DocumentViewModel document;

    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ObservableList<Hit> readOnlyHits = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    /** Counts the searches asked for; a search whose number is no longer the latest stops, and is not shown. */
    private final AtomicInteger generation = new AtomicInteger();
    /** The last search asked for, searched again when the documents or their text change; null when there is none. */
    private Query last;

    public SearchViewModel(CaseSession session, TaskRunner tasks, EditController edits, DocumentCache cache, DocumentViewModel document) {
        this.session = session;
        this.tasks = tasks;
        this.cache = cache;
        this.document = document;
        session.onOtherCase(this::clear);
        session.documents().addListener((ListChangeListener<Document>) c -> searchAgain());
        edits.onTextChanged(new EditController.TextListener() {
            @Override
            public void afterShowing() {
                searchAgain(); // a corrected text moves the hits after the correction
            }
        });
    }

    /** Searches every document of the open case; the results replace those on show when they come. */
    public void search(String text, boolean matchCase, boolean wholeWord, boolean regex) {
        search(new Query(text, new TextSearch.Options(matchCase, wholeWord, regex)));
    }

    private void search(Query query) {
        int mine = generation.incrementAndGet();
        last = null;
        hits.clear();
        searching.set(false);
        TextSearch search;
        try {
            search = TextSearch.of(query.text(), query.options());
        } catch (TextSearch.InvalidQuery e) {
            say(e.getMessage(), true);
            return;
        }
        if (search == null) {
            say("Type the words to find, then press Enter.", false);
            return;
        }
        if (session.current() == null) {
            say("Open a case first: the search looks through the documents of the open case.", true);
            return;
        }
        List<Document> documents = List.copyOf(session.documents());
        if (documents.isEmpty()) {
            say("This case has no documents yet. Import one (Ctrl+I), then search again.", false);
            return;
        }
        last = query;
        searching.set(true);
        say("Searching " + count(documents.size(), "document", "documents") + "\u2026", false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
        BooleanSupplier superseded = () -> generation.get() != mine;
        BooleanSupplier stop = () -> superseded.getAsBoolean() || System.nanoTime() > deadline;
        tasks.run("Searching the case", () -> find(mine, search, documents, stop), found -> {
            if (found.generation() == generation.get()) {
                show(query, documents.size(), found);
            }
        }, e -> {
            if (mine != generation.get()) {
                return;
            }
            searching.set(false);
            if (e instanceof TextSearch.InvalidQuery) {
                last = null;
                say(e.getMessage(), true);
            } else {
                say("The search failed.", true);
                session.fail("The case could not be searched", e);
            }
        });
    }

    /** On the worker: the hits in each document in turn, until there are more than {@link #MOST_HITS}. */
    private Found find(int mine, TextSearch search, List<Document> documents, BooleanSupplier stop) {
        List<Hit> found = new ArrayList<>();
        try {
            for (Document d : documents) {
                if (stop.getAsBoolean()) {
                    throw new TextSearch.Stopped();
                }
                DocumentView v = cache.view(d.id());
                for (TextSearch.Hit h : search.hits(v.text(), v.segments(), v.lines(), MOST_HITS + 1 - found.size(), stop)) {
                    found.add(new Hit(d.id(), d.title(), h.start(), h.end(), h.where(), h.snippet()));
                }
                if (found.size() > MOST_HITS) {
                    return new Found(mine, List.copyOf(found.subList(0, MOST_HITS)), true, null);
                }
            }
        } catch (TextSearch.Stopped e) {
            return new Found(mine, List.copyOf(found), false, "The search took longer than " + TIME_LIMIT_SECONDS
                    + " seconds and was stopped; the hits found until then are listed. Simplify the regular expression or narrow the"
                    + " search.");
        }
        return new Found(mine, List.copyOf(found), false, null);
    }

    private void show(Query query, int documents, Found found) {
        searching.set(false);
        hits.setAll(found.hits());
        Set<Long> withHits = new LinkedHashSet<>();
        found.hits().forEach(h -> withHits.add(h.documentId()));
        if (found.stopped() != null) {
            say(found.stopped(), true);
        } else if (found.hits().isEmpty()) {
            say("No hits for \u201c" + query.text().strip() + "\u201d" + optionsNote(query.options()) + " in "
                    + count(documents, "document", "documents") + ".", false);
        } else if (found.capped()) {
            say(String.format(Locale.ROOT, "More than %,d hits in %s; the first %,d are listed. Narrow the search to see the rest.",
                    MOST_HITS, count(withHits.size(), "document", "documents"), MOST_HITS), false);
        } else {
            say(count(found.hits().size(), "hit", "hits") + " in " + count(withHits.size(), "document", "documents"), false);
        }
    }

    /** " (match case, whole word)": the options that narrowed a search that found nothing. */
    private static String optionsNote(TextSearch.Options o) {
        List<String> on = new ArrayList<>();
        if (o.matchCase()) {
            on.add("match case");
        }
        if (o.wholeWord()) {
            on.add("whole word");
        }
        if (o.regex()) {
            on.add("regular expression");
        }
        return on.isEmpty() ? "" : " (" + String.join(", ", on) + ")";
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    private void say(String message, boolean isProblem) {
        summary.set(message);
        problem.set(isProblem);
    }

    /** The last search again, if there was one (the documents or their text changed). */
    private void searchAgain() {
        if (last != null) {
            search(last);
        }
    }

    /** Forgets the search and its hits (another case is on show); a search still running is not shown. */
    public void clear() {
        generation.incrementAndGet();
        last = null;
        hits.clear();
        searching.set(false);
        say("", false);
    }

    /** Shows a hit in the text pane: its document opened if need be, the hit selected and scrolled into view. */
    public void open(Hit hit) {
        if (hit != null) {
            document.showSpot(hit.documentId(), hit.start(), hit.end());
        }
    }

    /** The hits of the last search, in document order and then text order. */
    public ObservableList<Hit> hits() { return readOnlyHits; }

    /** "12 hits in 3 documents", "No hits for …", or what is wrong with the query. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** True when the summary says what went wrong (a regular expression that is not valid, a search stopped). */
    public ReadOnlyBooleanProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** True while a search runs. */
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
}
