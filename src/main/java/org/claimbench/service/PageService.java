package org.claimbench.service;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.PassageBoxes;
import org.claimbench.domain.Document;
import org.claimbench.domain.PageBox;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.WordBox;
import org.claimbench.ingest.IngestException;
import org.claimbench.ingest.OriginalPages;
import org.claimbench.store.StoreException;
import org.claimbench.store.Store;

/**
 * The pages of a document's original as they were filed, for showing beside its text: how many and how large, each
 * drawn as an image, and where a stretch of the text stands on them. The original's bytes are read from the store
 * once and kept open for the documents shown last; the words of a page are read once. Off the window's event thread
 * only; one caller at a time.
 */
public final class PageService {

    /** The size of a page as it is shown, in points. */
    public record PageSize(float width, float height) {
    }

    /**
     * The pages of a document's original: their sizes, or, when there are none to show, why ({@code absent}, a
     * sentence for the reader: a Word file has no pages, a damaged PDF cannot be shown).
     */
    public record Pages(long documentId, List<PageSize> sizes, String absent) {

        public Pages {
            sizes = List.copyOf(sizes);
        }

        public int count() {
            return sizes.size();
        }

        public PageSize size(int page) {
            return sizes.get(page - 1);
        }

        /** Whether there are pages to show. */
        public boolean shown() {
            return absent == null && !sizes.isEmpty();
        }
    }

    private static final int OPEN_DOCUMENTS = 2;
    private static final int PAGES_OF_WORDS = 64;

    private final Store store;

    private final Map<Long, OriginalPages> open = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, OriginalPages> eldest) {
            if (size() > OPEN_DOCUMENTS) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    private record PageKey(long documentId, int page) {
    }

    private final Map<PageKey, List<WordBox>> words = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PageKey, List<WordBox>> eldest) {
            return size() > PAGES_OF_WORDS;
        }
    };

    public PageService(Store store) {
        this.store = store;
    }

    /** The pages of a document's original, or why it has none to show. A damaged original is an answer, not a failure. */
    public synchronized Pages pages(long documentId) {
        Document doc = store.documents().find(documentId)
                .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
        if (!OriginalPages.paginated(doc.mediaType())) {
            return new Pages(documentId, List.of(), "This document has no pages (it was read from "
                    + OriginalPages.kindOfFile(doc.mediaType()) + ").");
        }
        try {
            OriginalPages o = original(documentId, doc.mediaType());
            List<PageSize> sizes = new ArrayList<>();
            for (int p = 1; p <= o.count(); p++) {
                sizes.add(new PageSize(o.size(p).width(), o.size(p).height()));
            }
            return new Pages(documentId, sizes, null);
        } catch (IngestException e) {
            return new Pages(documentId, List.of(), e.getMessage());
        }
    }

    /** Page {@code page} (from 1) of a document's original, drawn at {@code scale} pixels a point. */
    public synchronized BufferedImage render(long documentId, int page, float scale) throws IngestException {
        return original(documentId, null).render(page, scale);
    }

    /** The words page {@code page} (from 1) prints, with their boxes; none for a scan, a picture or a damaged page. */
    public synchronized List<WordBox> words(long documentId, int page) {
        PageKey key = new PageKey(documentId, page);
        List<WordBox> known = words.get(key);
        if (known != null) {
            return known;
        }
        List<WordBox> read;
        try {
            read = List.copyOf(original(documentId, null).words(page));
        } catch (IngestException e) {
            read = List.of();
        }
        words.put(key, read);
        return read;
    }

    /**
     * The words recognised on page {@code page} (from 1) of a document, with their boxes and confidence, in text order;
     * none for a page whose text was not recognised.
     */
    public synchronized List<RecognisedBox> recognisedWords(long documentId, int page) {
        return store.recognition().boxes(documentId, page);
    }

    /**
     * Where [start, end) of a document's text stands on the pages of its original: one box per printed line, on each
     * page it covers; none where the words cannot be found for certain.
     */
    public synchronized List<PageBox> boxes(DocumentView view, int start, int end) {
        if (view.lines().isEmpty() || end <= start) {
            return List.of();
        }
        List<PageBox> out = new ArrayList<>();
        for (int page : PassageBoxes.pagesOf(view.lines(), start, end)) {
            out.addAll(boxesOnPage(view, start, end, page));
        }
        return out;
    }

    /**
     * The boxes of [start, end) on page {@code page} only: from the words recognised on it when its text was
     * recognised, else from the words its text layer prints.
     */
    public synchronized List<PageBox> boxesOnPage(DocumentView view, int start, int end, int page) {
        if (view.lines().isEmpty() || end <= start) {
            return List.of();
        }
        if (view.textSource() != null && view.textSource().recognised()) {
            List<RecognisedBox> recognised = recognisedWords(view.document().id(), page);
            if (!recognised.isEmpty()) {
                return PassageBoxes.onRecognisedPage(view.text(), page, start, end, recognised);
            }
        }
        List<WordBox> onPage = words(view.document().id(), page);
        return onPage.isEmpty() ? List.of() : PassageBoxes.onPage(view.text(), view.lines(), page, start, end, onPage);
    }

    private OriginalPages original(long documentId, String mediaType) throws IngestException {
        OriginalPages o = open.get(documentId);
        if (o != null) {
            return o;
        }
        String type = mediaType;
        if (type == null) {
            type = store.documents().find(documentId)
                    .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist.")).mediaType();
        }
        o = OriginalPages.open(store.documents().original(documentId), type);
        open.put(documentId, o);
        return o;
    }
}
