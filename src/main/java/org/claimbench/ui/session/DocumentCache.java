package org.claimbench.ui.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.service.DocumentImporter;
import org.claimbench.service.DocumentView;
import org.claimbench.service.WordingService;

/**
 * The documents last read and their wording flags, shared by the text pane, the outline and the flag list, so that a
 * document is read and screened once. Used on the workers only; every method may do store work.
 */
public final class DocumentCache {

    private final DocumentImporter documents;
    private final WordingService wording;

    private final Map<Long, DocumentView> views = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, DocumentView> eldest) {
            return size() > 4;
        }
    };

    /** A document's flags by segment ordinal, for one view of its text, one screen and one number of defendants. */
    private record Screened(DocumentView view, WordingScreen screen, int defendants, Map<Integer, List<WordingScreen.Flag>> flags) {
    }

    private final Map<Long, Screened> screened = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Screened> eldest) {
            return size() > 8;
        }
    };

    /** What each count of a complaint incorporates, for one view of its text: worked out once, it is not cheap. */
    private record Incorporated(DocumentView view, List<org.claimbench.service.OutlineBuilder.Incorporation> incorporations) {
    }

    private final Map<Long, Incorporated> incorporated = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Incorporated> eldest) {
            return size() > 8;
        }
    };

    /** What each count of a complaint incorporates (the paragraphs it repeats), read once for a view of its text. */
    public List<org.claimbench.service.OutlineBuilder.Incorporation> incorporation(DocumentView v) {
        synchronized (incorporated) {
            Incorporated i = incorporated.get(v.document().id());
            if (i != null && i.view() == v) {
                return i.incorporations();
            }
        }
        return once(incorporating, incorporated, v.document().id(), i -> i.view() == v, () -> {
            Incorporated made = new Incorporated(v, List.copyOf(org.claimbench.service.OutlineBuilder.incorporation(v)));
            synchronized (incorporated) {
                incorporated.put(v.document().id(), made);
            }
            return made;
        }).incorporations();
    }

    /** The incorporations being worked out, by document. */
    private final Map<Long, java.util.concurrent.CompletableFuture<Incorporated>> incorporating = new java.util.HashMap<>();

    /**
     * Makes a value for {@code key} once while others may ask for it at the same moment (the read-ahead and the text
     * pane do, when a case opens): a second asker waits for the value under way and takes it if it {@code fits},
     * and makes its own otherwise, or when that one failed (so that its own failure is the one reported).
     */
    private static <V> V once(Map<Long, java.util.concurrent.CompletableFuture<V>> underWay, Object lock, long key,
                              java.util.function.Predicate<V> fits, java.util.function.Supplier<V> make) {
        java.util.concurrent.CompletableFuture<V> pending;
        java.util.concurrent.CompletableFuture<V> mine = null;
        synchronized (lock) {
            pending = underWay.get(key);
            if (pending == null) {
                mine = new java.util.concurrent.CompletableFuture<>();
                underWay.put(key, mine);
            }
        }
        if (pending != null) {
            try {
                V v = pending.join();
                if (fits.test(v)) {
                    return v;
                }
            } catch (java.util.concurrent.CompletionException e) {
                // made here, where a failure is reported
            }
            return make.get();
        }
        try {
            V v = make.get();
            mine.complete(v);
            return v;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (lock) {
                underWay.remove(key, mine);
            }
        }
    }

    /** The screen in use, with the reason the user's rules could not be used (or null); read on first use. */
    private volatile WordingService.Loaded screen;

    public DocumentCache(DocumentImporter documents, WordingService wording) {
        this.documents = documents;
        this.wording = wording;
    }

    /** Reads ahead on a thread of its own, beside the interactive lane, so that a case and its document are read at once. */
    private final java.util.concurrent.ExecutorService ahead = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimbench-read-ahead");
        t.setDaemon(true);
        return t;
    });

    /** How many times the views were forgotten: a read ahead that began before the last time is not kept. */
    private int forgotten;

    /** The documents being read ahead; {@link #view} waits for one rather than reading it a second time. */
    private final Map<Long, java.util.concurrent.CompletableFuture<DocumentView>> reading = new java.util.HashMap<>();

    /**
     * Starts reading, and screening, the document a case is about to show, while the case itself is read. A failure
     * here is not reported: the document is then read again when it is asked for, and that read reports it.
     */
    public java.util.concurrent.Future<?> readAhead(java.util.concurrent.Callable<java.util.Optional<org.claimbench.service.CaseService.Opening>> opening) {
        return ahead.submit(() -> {
            java.util.concurrent.CompletableFuture<DocumentView> read = new java.util.concurrent.CompletableFuture<>();
            Long id = null;
            try {
                var o = opening.call();
                if (o.isEmpty()) {
                    return;
                }
                id = o.get().documentId();
                synchronized (views) {
                    if (views.containsKey(id) || reading.containsKey(id)) {
                        return;
                    }
                    reading.put(id, read);
                }
                int generation;
                synchronized (views) {
                    generation = forgotten;
                }
                DocumentView v = documents.view(id);
                synchronized (views) {
                    if (generation == forgotten) {
                        // not when the text changed meanwhile; and a view the text pane read first stays the one shared
                        DocumentView first = views.putIfAbsent(id, v);
                        v = first != null ? first : v;
                    }
                    reading.remove(id, read);
                }
                read.complete(v);
                flags(v, o.get().defendants());
                if (v.document().kind().isComplaint()) {
                    incorporation(v); // what its counts incorporate: the wording screen of the case asks for it next
                }
            } catch (Exception | Error e) {
                read.completeExceptionally(e);
                synchronized (views) {
                    if (id != null) {
                        reading.remove(id, read);
                    }
                }
            }
        });
    }

    /** A document's text and structure, read once. */
    public DocumentView view(long documentId) {
        java.util.concurrent.CompletableFuture<DocumentView> pending;
        synchronized (views) {
            DocumentView v = views.get(documentId);
            if (v != null) {
                return v;
            }
            pending = reading.get(documentId);
        }
        if (pending != null) {
            try {
                return pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                // read it here, where a failure is reported
            }
        }
        DocumentView read = documents.view(documentId);
        synchronized (views) {
            DocumentView first = views.putIfAbsent(documentId, read); // read at the same time ahead: one view is shared
            return first != null ? first : read;
        }
    }

    /** After a document's text changed: every view read before is stale. */
    public void forgetViews() {
        synchronized (views) {
            views.clear();
            reading.clear();
            forgotten++;
        }
    }

    /** The screenings under way, by document: a second asker waits for the first rather than screening the text again. */
    private final Map<Long, java.util.concurrent.CompletableFuture<Screened>> screening = new java.util.HashMap<>();

    /**
     * The wording flags of a pleading's numbered paragraphs by ordinal (none for other documents), screened once: the
     * read-ahead and the text pane ask for them at the same moment when a case opens, and only one of them screens.
     */
    public Map<Integer, List<WordingScreen.Flag>> flags(DocumentView v, int defendants) {
        WordingScreen sc = screen().screen();
        synchronized (screened) {
            Screened s = screened.get(v.document().id());
            if (s != null && s.view() == v && s.screen() == sc && s.defendants() == defendants) {
                return s.flags();
            }
        }
        return once(screening, screened, v.document().id(), s -> s.view() == v && s.screen() == sc && s.defendants() == defendants, () -> {
            Screened made = new Screened(v, sc, defendants,
                    v.document().kind().isComplaint() ? sc.screen(v.text(), v.segments(), defendants) : Map.of());
            synchronized (screened) {
                screened.put(v.document().id(), made);
            }
            return made;
        }).flags();
    }

    /** The screen: the built-in rules with the user's on top, or the built-in ones and why the user's were not used. */
    public WordingService.Loaded screen() {
        WordingService.Loaded sc = screen;
        if (sc == null) {
            synchronized (this) { // read once, when two ask at once (the read-ahead and the text pane)
                sc = screen;
                if (sc == null) {
                    sc = wording.screenOrBuiltIn();
                    screen = sc;
                }
            }
        }
        return sc;
    }

    /** After the user's rules changed: the screen is read again on next use. */
    public void forgetScreen() {
        screen = null;
    }

    public WordingService wording() {
        return wording;
    }
}
