package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text pane keeps an area for each of the last three documents it showed. Going back to one puts its area back as
 * the reader left it (text laid out, selection, caret), without laying its text out again; what follows the text
 * (the selection reported, the type size) follows the area on show.
 */
class KeptTextAreasTest extends AppDriver {

    @TempDir
    Path files;

    /** How many times each area had its whole text laid in. */
    private final Map<StyleClassedTextArea, AtomicInteger> laidIn = new IdentityHashMap<>();

    private StyleClassedTextArea watched() {
        StyleClassedTextArea area = text();
        laidIn.computeIfAbsent(area, a -> {
            AtomicInteger n = new AtomicInteger();
            robot.interact(() -> a.richChanges().subscribe(c -> {
                if (c.getPosition() == 0 && c.getInserted().length() > 0 && c.getInserted().length() == a.getLength()) {
                    n.incrementAndGet();
                }
            }));
            return n;
        });
        return area;
    }

    private Document document(String titleStart) {
        return snapshot().documents().stream().filter(d -> d.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private void showDocument(Document d) throws Exception {
        robot.interact(() -> app.model().session().selectedDocumentProperty().set(d));
        waitUntil(() -> {
            var shown = app.model().document().loadedDocumentProperty().get();
            return shown != null && shown.view().document().id() == d.id() && text().getLength() > 0
                    && !app.model().session().tasks().busyProperty().get();
        });
    }

    @Test
    void a_document_shown_again_comes_back_as_the_reader_left_it() throws Exception {
        Document complaint = document("Complaint");
        showDocument(complaint);
        StyleClassedTextArea first = watched();
        robot.interact(() -> {
            first.selectRange(200, 230);
            first.requestFocus();
        });
        String selected = first.getSelectedText();

        showDocument(document("Exhibit B"));
        StyleClassedTextArea exhibit = watched();
        assertNotSame(first, exhibit, "another document is shown in an area of its own");
        assertTrue(exhibit.isFocused(), "the reader in the text stays in the text");
        robot.interact(() -> app.window().documentPane().zoom().larger());

        showDocument(complaint);
        assertSame(first, text(), "the complaint's own area is back");
        assertEquals(0, laidIn.get(first).get(), "its text was not laid in again");
        assertEquals(selected, first.getSelectedText(), "the selection is as the reader left it");
        var spot = app.model().document().selectedTextProperty().get();
        assertTrue(spot != null && spot.documentId() == complaint.id() && spot.start() == 200 && spot.end() == 230,
                "the selection of the area on show is the one reported: " + spot);
        assertEquals(exhibit.getStyle(), first.getStyle(), "the type size chosen meanwhile applies to it too");

        long demo = snapshot().legalCase().id();
        robot.interact(() -> app.model().caseFiles().newCase("A case without documents"));
        waitUntil(() -> snapshot().legalCase().id() != demo && text().getLength() == 0);
        assertNotSame(first, text(), "a case without documents shows an empty area; the complaint's is kept");
        robot.interact(() -> app.model().caseFiles().openCase(demo));
        waitUntil(() -> snapshot().legalCase().id() == demo && text().getLength() > 0
                && !app.model().session().tasks().busyProperty().get());
        assertSame(first, text());
        assertEquals(0, laidIn.get(first).get(), "the case opened again shows the complaint's area as it was");
        assertEquals(app.model().document().loadedDocumentProperty().get().view().text(), first.getText());
    }

    @Test
    void the_find_bar_left_open_finds_in_the_document_shown_next() throws Exception {
        showDocument(document("Complaint"));
        robot.interact(() -> {
            app.window().documentPane().showFind();
            ((javafx.scene.control.TextField) robot.lookup("#find-field").query()).setText("meridian");
        });
        int inComplaint = app.window().documentPane().findHits().size();
        assertTrue(inComplaint > 0);

        showDocument(document("Exhibit B"));
        String exhibit = text().getText();
        int inExhibit = (int) java.util.regex.Pattern.compile("(?i)meridian").matcher(exhibit).results().count();
        assertTrue(inExhibit > 0 && inExhibit != inComplaint, inExhibit + " / " + inComplaint);
        var hits = app.window().documentPane().findHits();
        assertEquals(inExhibit, hits.size(), "the hits are the exhibit's");
        assertTrue(hits.stream().allMatch(h -> exhibit.substring(h[0], h[1]).equalsIgnoreCase("meridian")));
        assertTrue(text().getStyleOfChar(hits.get(0)[0] + 1).contains("search-hit"), "and drawn in it");
        assertEquals(inExhibit + " matches", robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void only_the_last_three_documents_keep_their_areas() throws Exception {
        Path extra = files.resolve("letter.txt");
        Files.writeString(extra, "LETTER OF NOTICE\n\n1. The supplier wrote to the buyer on March 2.\n2. The buyer did not answer.\n");
        int before = snapshot().documents().size();
        robot.interact(() -> app.model().importing().importFile(extra, DocumentKind.EXHIBIT, "Letter of notice"));
        waitUntil(() -> snapshot().documents().size() == before + 1 && !app.model().session().tasks().busyProperty().get());

        Set<StyleClassedTextArea> areas = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Long> shown = new HashSet<>();
        for (String title : new String[] {"Complaint", "Exhibit B", "Commentary", "Letter of notice"}) {
            Document d = document(title);
            showDocument(d);
            StyleClassedTextArea area = watched();
            areas.add(area);
            shown.add(d.id());
            if (title.equals("Complaint")) {
                robot.interact(() -> area.moveTo(300)); // the reader's caret, in the area the fourth document will take
            }
        }
        assertEquals(0, text().getCaretPosition(), "a document put in an area taken from another starts at its beginning");
        assertEquals(4, shown.size());
        assertEquals(3, areas.size(), "the fourth document takes the area of the one shown least lately");

        StyleClassedTextArea complaintArea = null;
        showDocument(document("Complaint"));
        complaintArea = watched();
        assertTrue(laidIn.get(complaintArea).get() >= 1, "the complaint's text was laid in again: its area had been taken");
        assertEquals(app.model().document().loadedDocumentProperty().get().view().text(), complaintArea.getText());
        int commentaryBefore = laidIn.values().stream().mapToInt(AtomicInteger::get).sum();
        showDocument(document("Commentary"));
        assertEquals(commentaryBefore, laidIn.values().stream().mapToInt(AtomicInteger::get).sum(),
                "the commentary, shown lately, is still kept");
    }
}
