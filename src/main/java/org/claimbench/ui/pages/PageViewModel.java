package org.claimbench.ui.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import org.claimbench.analysis.PassageBoxes;
import org.claimbench.domain.Link;
import org.claimbench.domain.PageBox;
import org.claimbench.domain.Passage;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.DocumentView;
import org.claimbench.service.PageService;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.document.LoadedDocument;
import org.claimbench.ui.document.TextStyles;
import org.claimbench.ui.session.CaseSession;

/**
 * The original page beside the text: which page of the document on show is drawn, at what zoom, with the boxes of
 * the passages on it in their colours, the selected passage's outlined. It follows the text (the selected passage,
 * the caret, the first line on screen), and the text follows it when the reader turns its pages. Pages are drawn
 * and their words placed on the interactive lane; the pages drawn last are kept, within a budget of memory.
 */
public final class PageViewModel {

    /** A box drawn on the page: a passage's part on one printed line, with the passage's style classes. */
    public record Mark(long passageId, PageBox box, List<String> styles, boolean selected) {
    }

    /** Where a word was read on a recognised page, and whether it was read with low confidence. */
    public record WordMark(PageBox box, boolean uncertain, float confidence) {
    }

    /** What the page view says about a page whose words were recognised from its image: the legend of its word boxes. */
    static final String RECOGNISED_NOTE = "The words of this page were recognised from its image (OCR): a faint outline shows "
            + "where each word was read, a tinted one a word read with low confidence.";

    /** Zoom steps, in pixels a point (1 is the page at its printed size on a 72-dpi screen). */
    static final double[] ZOOMS = {0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 2.5, 3};
    /** Memory the drawn pages may keep, in bytes of pixels. */
    static final long IMAGE_BUDGET = 48L * 1024 * 1024;
    static final float MAX_RENDER_SCALE = 4f;

    private final CaseSession session;
    private final DocumentViewModel document;
    private final PageService service;

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<PageService.Pages> pages = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Mark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<WordMark>> wordMarks = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty showWordBoxes = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<PageBox> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> textTarget = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper fitWidth = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);

    /** The document whose pages are known ({@link #pages}), or -1. */
    private long documentId = -1;
    /** The scale the view needs the page drawn at, in pixels a point, rounded up to a half. */
    private float renderScale = 1.5f;
    /** Drawn pages of the document on show, by page and scale: the most recently used last. */
    private final Map<String, Image> drawn = new LinkedHashMap<>(8, 0.75f, true);
    private boolean working;
    private boolean again;
    /** The passage whose page is to show once the pages are known. */
    private Passage wanted;
    /**
     * Where the text of the document on show stands, as it last said (its caret or first line on screen), or -1: the
     * page to open at once the pages are known, when no passage asks for another. A place brought back when a case is
     * opened again is reported while the pages are still being read.
     */
    private int textPlace = -1;

    public PageViewModel(CaseSession session, DocumentViewModel document, PageService service) {
        this.session = session;
        this.document = document;
        this.service = service;
        showing.addListener((obs, was, on) -> {
            if (on) {
                documentShown(document.loadedDocumentProperty().get());
            }
        });
        document.loadedDocumentProperty().addListener((obs, was, d) -> {
            if (showing.get()) {
                documentShown(d);
            }
        });
        session.selectedPassageProperty().addListener((obs, was, p) -> passageSelected(p));
        session.snapshotProperty().addListener((obs, was, s) -> refresh());
        session.selectedNodeProperty().addListener((obs, was, n) -> refresh());
    }

    // ---- following the text ------------------------------------------------------------------------

    private DocumentView view() {
        LoadedDocument d = document.loadedDocumentProperty().get();
        return d == null ? null : d.view();
    }

    private void documentShown(LoadedDocument d) {
        if (d == null) {
            forget();
            message.set("No document is open.");
            return;
        }
        long id = d.view().document().id();
        if (id == documentId && pages.get() != null) {
            refresh(); // the same document read again (its text corrected): the boxes are placed anew
            return;
        }
        forget();
        documentId = id;
        message.set("Reading the original\u2026");
        Passage selected = session.selectedPassageProperty().get();
        wanted = selected != null && selected.documentId() == id ? selected : null;
        session.tasks().run("Reading the pages of " + d.view().document().title(), () -> service.pages(id), p -> {
            if (documentId != id) {
                return; // another document came meanwhile
            }
            pages.set(p);
            message.set(p.shown() ? "" : p.absent());
            if (p.shown()) {
                int first = wanted != null ? pageOf(wanted.start()) : textPlace >= 0 ? pageOf(textPlace) : 1;
                wanted = null;
                page.set(Math.max(1, Math.min(p.count(), first)));
                refresh();
            }
        }, e -> message.set(CaseSession.messageOf(e)));
    }

    private void forget() {
        documentId = -1;
        textPlace = -1;
        pages.set(null);
        page.set(0);
        image.set(null);
        marks.set(List.of());
        wordMarks.set(List.of());
        focus.set(null);
        note.set("");
        drawn.clear();
    }

    /** The page (from 1) of an offset of the text on show; 0 without pages. */
    int pageOf(int offset) {
        DocumentView v = view();
        return v == null ? 0 : PassageBoxes.pageOf(v.lines(), offset);
    }

    private boolean ready() {
        PageService.Pages p = pages.get();
        return showing.get() && p != null && p.shown() && view() != null && view().document().id() == p.documentId();
    }

    private void passageSelected(Passage p) {
        if (p == null || !showing.get()) {
            refresh();
            return;
        }
        DocumentView v = view();
        if (v == null || p.documentId() != v.document().id()) {
            return;
        }
        if (!ready()) {
            wanted = p;
            return;
        }
        int n = pageOf(p.start());
        if (n >= 1 && n != page.get()) {
            page.set(Math.min(n, pages.get().count()));
        }
        refresh();
    }

    /**
     * The text pane's caret or first line on screen is at {@code offset}: its page shows, at once or, while the pages
     * are still being read, as soon as they are known. The text is not moved.
     */
    public void followText(int offset) {
        DocumentView v = view();
        if (v != null && (documentId < 0 || v.document().id() == documentId)) {
            textPlace = offset;
        }
        if (!ready()) {
            return;
        }
        int n = pageOf(offset);
        if (n >= 1 && n <= pages.get().count() && n != page.get()) {
            page.set(n);
            refresh();
        }
    }

    /** The reader turns to page {@code n} in the page view: it shows, and the text goes to the page's first line. */
    public void goToPage(int n) {
        if (!ready()) {
            return;
        }
        int target = Math.max(1, Math.min(pages.get().count(), n));
        if (target == page.get()) {
            return;
        }
        page.set(target);
        refresh();
        int start = PassageBoxes.startOfPage(view().lines(), target);
        if (start >= 0) {
            textTarget.set(null);
            textTarget.set(start);
        }
    }

    public void nextPage() {
        goToPage(page.get() + 1);
    }

    public void previousPage() {
        goToPage(page.get() - 1);
    }

    // ---- zoom ------------------------------------------------------------------------------------

    /** Zooms in one step from {@code current}, the scale the page is shown at now; the page no longer fits the width. */
    public void zoomIn(double current) {
        for (double z : ZOOMS) {
            if (z > current * 1.01) {
                setZoom(z);
                return;
            }
        }
        setZoom(ZOOMS[ZOOMS.length - 1]);
    }

    public void zoomOut(double current) {
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < current * 0.99) {
                setZoom(ZOOMS[i]);
                return;
            }
        }
        setZoom(ZOOMS[0]);
    }

    private void setZoom(double z) {
        zoom.set(z);
        fitWidth.set(false);
    }

    /** The page fits the pane's width again (as at first). */
    public void fitToWidth() {
        fitWidth.set(true);
    }

    /** The scale to show page {@code n} at in a pane {@code width} wide: fitting it, or the zoom chosen. */
    public double scaleFor(double width) {
        PageService.Pages p = pages.get();
        if (!fitWidth.get() || p == null || !p.shown() || page.get() < 1) {
            return zoom.get();
        }
        return Math.max(0.1, width / p.size(page.get()).width());
    }

    /**
     * The view shows the page at {@code pixelsPerPoint} on the screen: the page is drawn again, sharper, when the image
     * it has is coarser than that.
     */
    public void needScale(double pixelsPerPoint) {
        float wanted = (float) Math.min(MAX_RENDER_SCALE, Math.max(1, Math.ceil(pixelsPerPoint * 2) / 2));
        if (wanted > renderScale + 0.01f || wanted < renderScale / 2) {
            renderScale = wanted;
            refresh();
        }
    }

    // ---- drawing the page ------------------------------------------------------------------------

    private record Want(long documentId, int page, float scale, DocumentView view, List<Passage> passages,
                        Map<Long, List<String>> styles, Long selectedId, boolean needImage) {
    }

    private record Drawn(Want want, Image image, List<Mark> marks, boolean words, List<WordMark> recognised) {
    }

    /** Draws the page on show again with its boxes, once the work under way is done; nothing while the view is off. */
    void refresh() {
        if (!ready() || page.get() < 1) {
            return;
        }
        if (working) {
            again = true;
            return;
        }
        Want w = want();
        working = true;
        session.tasks().run("Drawing page " + w.page(), () -> draw(w), d -> {
            working = false;
            show(d);
            redo();
        }, e -> {
            working = false;
            message.set(CaseSession.messageOf(e));
            image.set(null);
            redo();
        });
    }

    private void redo() {
        if (again) {
            again = false;
            refresh();
        }
    }

    private Want want() {
        DocumentView v = view();
        CaseSnapshot s = session.current();
        List<Passage> passages = new ArrayList<>();
        Map<Long, List<String>> styles = new HashMap<>();
        int n = page.get();
        if (s != null) {
            Map<Long, List<Link>> links = new HashMap<>();
            s.links().forEach(l -> links.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l));
            for (Passage p : s.passages()) {
                if (p.documentId() == v.document().id() && p.end() <= v.text().length()
                        && PassageBoxes.pagesOf(v.lines(), p.start(), p.end()).contains(n)) {
                    passages.add(p);
                    styles.put(p.id(), TextStyles.passageClasses(p, links.getOrDefault(p.id(), List.of()), s,
                            session.selectedNodeProperty().get()));
                }
            }
        }
        Passage selected = session.selectedPassageProperty().get();
        return new Want(v.document().id(), n, renderScale, v, passages, styles, selected == null ? null : selected.id(),
                !drawn.containsKey(key(n, renderScale)));
    }

    private static String key(int page, float scale) {
        return page + "@" + scale;
    }

    /** On the worker: the page's image when it is not kept already, and the boxes of its passages. */
    private Drawn draw(Want w) throws Exception {
        Image img = w.needImage() ? SwingFXUtils.toFXImage(service.render(w.documentId(), w.page(), w.scale()), null) : null;
        List<Mark> made = new ArrayList<>();
        for (Passage p : w.passages()) {
            boolean selected = Objects.equals(p.id(), w.selectedId());
            for (PageBox b : service.boxesOnPage(w.view(), p.start(), p.end(), w.page())) {
                made.add(new Mark(p.id(), b, w.styles().get(p.id()), selected));
            }
        }
        // the selected passage last, so that its outline is drawn over the others
        made.sort((a, b) -> Boolean.compare(a.selected(), b.selected()));
        List<WordMark> recognised = new ArrayList<>();
        if (w.view().textSource() != null && w.view().textSource().recognised()) {
            for (RecognisedBox b : service.recognisedWords(w.documentId(), w.page())) {
                recognised.add(new WordMark(b.box(), b.uncertain(), b.confidence()));
            }
        }
        boolean words = !recognised.isEmpty() || !service.words(w.documentId(), w.page()).isEmpty();
        return new Drawn(w, img, List.copyOf(made), words, List.copyOf(recognised));
    }

    private void show(Drawn d) {
        Want w = d.want();
        if (w.documentId() != documentId || w.page() != page.get()) {
            again = true; // drawn for a page no longer on show
            return;
        }
        String k = key(w.page(), w.scale());
        if (d.image() != null) {
            keep(k, d.image());
        }
        Image img = drawn.get(k);
        if (img == null) {
            again = true;
            return;
        }
        message.set("");
        image.set(img);
        marks.set(d.marks());
        wordMarks.set(d.recognised());
        note.set(!d.recognised().isEmpty() ? RECOGNISED_NOTE
                : d.words() ? "" : "This page has no text layer (a scan): passages are not boxed on it.");
        PageBox first = d.marks().stream().filter(Mark::selected).map(Mark::box).findFirst().orElse(null);
        focus.set(null);
        focus.set(first);
    }

    private void keep(String k, Image img) {
        drawn.put(k, img);
        long total = 0;
        for (Image i : drawn.values()) {
            total += (long) (i.getWidth() * i.getHeight() * 4);
        }
        var it = drawn.entrySet().iterator();
        while (total > IMAGE_BUDGET && drawn.size() > 1 && it.hasNext()) {
            var e = it.next();
            if (e.getKey().equals(k)) {
                continue;
            }
            total -= (long) (e.getValue().getWidth() * e.getValue().getHeight() * 4);
            it.remove();
        }
    }

    /** How many drawn pages are kept now (for tests). */
    int keptImages() {
        return drawn.size();
    }

    // ---- properties ------------------------------------------------------------------------------

    /** Whether the page view is on (View ▸ Original page); off, it reads and draws nothing. */
    public BooleanProperty showingProperty() { return showing; }

    /** The pages of the document on show; null while they are read or when no document is open. */
    public ReadOnlyObjectProperty<PageService.Pages> pagesProperty() { return pages.getReadOnlyProperty(); }

    /** What to say instead of a page (no pages, a damaged original), or "". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** A word on the page on show (a scan whose passages cannot be boxed), or "". */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    /** The page on show, from 1; 0 for none. */
    public ReadOnlyIntegerProperty pageProperty() { return page.getReadOnlyProperty(); }

    /** The page on show, drawn; its size in pixels is the page's in points times the scale it was drawn at. */
    public ReadOnlyObjectProperty<Image> imageProperty() { return image.getReadOnlyProperty(); }

    /** The boxes on the page on show, the selected passage's last. */
    public ReadOnlyObjectProperty<List<Mark>> marksProperty() { return marks.getReadOnlyProperty(); }

    /** The words recognised on the page on show, where each was read; none for a page whose text was not recognised. */
    public ReadOnlyObjectProperty<List<WordMark>> wordMarksProperty() { return wordMarks.getReadOnlyProperty(); }

    /** Whether the recognised words' boxes are drawn (on at first). */
    public BooleanProperty showWordBoxesProperty() { return showWordBoxes; }

    /** The selected passage's first box on this page, to scroll into view; set again each time the page is drawn. */
    public ReadOnlyObjectProperty<PageBox> focusProperty() { return focus.getReadOnlyProperty(); }

    /** Where the text is to go when the reader turns a page here: the offset of the page's first line. */
    public ReadOnlyObjectProperty<Integer> textTargetProperty() { return textTarget.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty fitWidthProperty() { return fitWidth.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    public CaseSession session() { return session; }
}
