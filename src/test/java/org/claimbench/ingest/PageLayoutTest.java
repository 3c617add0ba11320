package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.ingest.LayoutPdfs.Grid;
import org.claimbench.ingest.LayoutPdfs.Order;
import org.claimbench.ingest.LayoutPdfs.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page layout on its own: PDFs drawn by {@link LayoutPdfs} in the shapes filings take, read by
 * {@link PdfTextExtractor} and laid out by {@link PageLayout}, and the role, page, line and text of every line that
 * comes out. All text is written for this test.
 *
 * <p>A line is written {@code "page:line ROLE text"}; on pleading paper the line is the margin number beside it,
 * elsewhere its ordinal among the page's lines of text.
 */
class PageLayoutTest {

    /** Lines of an invented dispute between a bakery and its flour mill, each short enough for one printed line. */
    static final String[] PROSE = {
        "Plaintiff Orchard Lane Bakery bakes bread for grocers in three counties.",
        "Defendant Millrace Flour Company mills and sells bread flour by the ton.",
        "In June the parties signed a supply agreement for weekly deliveries.",
        "The agreement set the price per ton for the first twelve months.",
        "It also set the protein content the flour had to meet on arrival.",
        "Each load came with a mill certificate stating its protein content.",
        "The bakery tested samples from each load in its own laboratory.",
        "From October on, the samples fell short of the agreed protein level.",
        "Bread made from the short flour collapsed in the proofing room.",
        "The bakery wrote to the mill about the problem on October the ninth.",
        "The mill replied that its certificates showed no shortfall at all.",
        "The bakery then sent sealed samples to an independent laboratory.",
        "That laboratory confirmed the shortfall in every sample it received.",
        "The bakery asked the mill to replace the short loads without charge.",
        "The mill refused and demanded payment for every load it had sent.",
        "The bakery bought replacement flour elsewhere at a higher price.",
        "It also lost two grocery accounts after weeks of failed bakes.",
        "The bakery paid for the loads that met the agreed specification.",
        "It withheld payment only for the loads its tests showed were short.",
        "The mill then stopped all deliveries without the notice required.",
        "The agreement requires thirty days of written notice to stop supply.",
        "No notice of any kind reached the bakery before the deliveries ended.",
        "The bakery has kept every certificate and every laboratory report.",
        "It has performed every duty the agreement placed on it as buyer.",
        "The mill's breaches caused the bakery losses in excess of the limit.",
        "Those losses continue as the bakery rebuilds its grocery accounts.",
        "The bakery brings this action to recover what the agreement promised.",
        "Venue is proper because the deliveries were made in this district.",
        "The agreement names the law of this state as the law that governs.",
        "Every condition precedent to this action has been met or excused.",
        "The bakery demands a trial by jury on every issue so triable.",
        "The bakery asks for damages, interest and the costs of this action.",
    };

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The lines of the text, as {@code "page:line ROLE text"}. */
    static List<String> textLines(PageLayout.Layout l) {
        return l.lines().stream().filter(x -> x.role().inText()).map(PageLayoutTest::show).toList();
    }

    static String show(LaidLine x) {
        return x.page() + ":" + x.line() + " " + x.role() + " " + x.text();
    }

    /** Only the texts of the lines given {@code role}, in reading order. */
    static List<String> texts(PageLayout.Layout l, LineRole role) {
        return l.lines().stream().filter(x -> x.role() == role).map(LaidLine::text).toList();
    }

    /** The texts of the lines given {@code role}, in reading order. */
    static List<String> withRole(PageLayout.Layout l, LineRole role) {
        return l.lines().stream().filter(x -> x.role() == role).map(x -> x.page() + " " + x.text()).toList();
    }

    static String dump(PageLayout.Layout l) {
        return l.lines().stream().map(x -> show(x) + "   [" + x.reason() + "]").collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** Numbered lines {@code from..to} of page text, taking PROSE from {@code first} on, except {@code blank} lines. */
    static Map<Integer, String> lines(int from, int to, int first, Set<Integer> blank) {
        Map<Integer, String> m = new LinkedHashMap<>();
        int k = first;
        for (int n = from; n <= to; n++) {
            if (!blank.contains(n)) {
                m.put(n, PROSE[k++ % PROSE.length]);
            }
        }
        return m;
    }

    static List<String> expected(int page, Map<Integer, String> lines, LineRole role) {
        List<String> out = new ArrayList<>();
        lines.forEach((n, t) -> out.add(page + ":" + n + " " + role + " " + t));
        return out;
    }

    // ---- 1. margin numbers in every drawing order ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Order.class)
    void marginNumbersLeaveTheTextWhateverOrderTheyAreDrawnIn(Order order) throws Exception {
        Grid g = Grid.of(28);
        Map<Integer, String> one = lines(1, 28, 0, Set.of(14));
        Map<Integer, String> two = lines(1, 20, 5, Set.of());
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(
                LayoutPdfs.pleading(g, order, one, Set.of()), LayoutPdfs.pleading(g, order, two, Set.of())));
        List<String> want = new ArrayList<>(expected(1, one, LineRole.BODY));
        want.addAll(expected(2, two, LineRole.BODY));
        assertEquals(want, textLines(l), order + dump(l));
        for (int page = 1; page <= 2; page++) {
            int p = page;
            List<String> numbers = l.lines().stream().filter(x -> x.page() == p && x.role() == LineRole.MARGIN_NUMBER)
                    .map(x -> x.line() + "=" + x.text()).toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 28).mapToObj(n -> n + "=" + n).toList(), numbers,
                    order + ": every margin number of page " + p + " is a MARGIN_NUMBER line of its own");
        }
        assertTrue(l.text().stream().noneMatch(r -> r.text().matches("^\\d{1,2}(\\s.*)?$")),
                order + ": no margin number in the text: " + l.text());
        assertTrue(l.findings().get(0).startsWith("margin-number column at x="), l.findings().toString());
    }

    // ---- 2. columns of each length, blank and unnumbered lines ----------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {26, 28, 32})
    void columnsOfEachLengthWithBlankNumberedLines(int count) throws Exception {
        Grid g = Grid.of(count);
        // lines 4-6 carry only their numbers (the space under a heading); the page's last three too
        Set<Integer> blank = Set.of(4, 5, 6, count - 2, count - 1, count);
        Map<Integer, String> one = lines(1, count, 0, blank);
        Map<Integer, String> two = lines(1, count, 3, Set.of(1, 2));
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(
                LayoutPdfs.pleading(g, Order.NUMBERS_FIRST, one, Set.of()), LayoutPdfs.pleading(g, Order.NUMBERS_FIRST, two, Set.of())));
        List<String> want = new ArrayList<>(expected(1, one, LineRole.BODY));
        want.addAll(expected(2, two, LineRole.BODY));
        assertEquals(want, textLines(l), count + " lines" + dump(l));
        assertEquals(2 * count, l.lines().stream().filter(x -> x.role() == LineRole.MARGIN_NUMBER).count());
        // the blank numbered lines leave a blank line in the text, never a line of their own numbers
        List<String> rawPageOne = l.text().stream().filter(r -> r.page() == 1).map(r -> r.line() + ":" + r.text()).toList();
        assertEquals(List.of("1:" + PROSE[0], "2:" + PROSE[1], "3:" + PROSE[2], "7:", "7:" + PROSE[3]), rawPageOne.subList(0, 5),
                "a blank line stands where the numbered lines carry no text");
    }

    @ParameterizedTest
    @EnumSource(value = Order.class, names = {"NUMBERS_FIRST", "FUSED"})
    void aLineBesideAMissingNumberTakesItsNumberFromTheGrid(Order order) throws Exception {
        Grid g = Grid.of(28);
        Map<Integer, String> one = lines(1, 28, 0, Set.of(20));
        Map<Integer, String> two = lines(1, 28, 10, Set.of());
        // page 1 lost a few numbers in the middle, page 2 its first and its last
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(
                LayoutPdfs.pleading(g, order, one, Set.of(9, 10, 17, 20)), LayoutPdfs.pleading(g, order, two, Set.of(1, 28))));
        List<String> want = new ArrayList<>(expected(1, one, LineRole.BODY));
        want.addAll(expected(2, two, LineRole.BODY));
        assertEquals(want, textLines(l), order + dump(l));
    }

    // ---- 3. filing stamps -----------------------------------------------------------------------------------

    /** Plain paper: {@code perPage} lines of text a page, double-spaced, from 96 pt down. */
    static List<Page> plainPages(int pages, int perPage) {
        List<Page> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            Page page = LayoutPdfs.page();
            for (int i = 0; i < perPage; i++) {
                page.text(72, 96 + 24 * i, PROSE[(p * perPage + i) % PROSE.length]);
            }
            out.add(page);
        }
        return out;
    }

    static List<String> plainExpected(int pages, int perPage) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            for (int i = 0; i < perPage; i++) {
                out.add((p + 1) + ":" + (i + 1) + " BODY " + PROSE[(p * perPage + i) % PROSE.length]);
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(FilingStamp.Form.class)
    void theFilingStampIsNeverText(FilingStamp.Form form) throws Exception {
        FilingStamp.Stamp stamp = new FilingStamp.Stamp(form, "2:25-cv-00871-RDW", 1, "03/14/25", 40);
        byte[] pdf = FilingStamp.apply(LayoutPdfs.pdf(plainPages(3, 12)), stamp);
        PageLayout.Layout l = LayoutPdfs.layout(pdf);
        assertEquals(plainExpected(3, 12), textLines(l), form + dump(l));
        List<String> stamps = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            for (String s : FilingStamp.lines(stamp, p, 3)) {
                stamps.add(p + " " + s.replaceAll("\\s+", " "));
            }
        }
        assertEquals(stamps, withRole(l, LineRole.FILING_STAMP), form + dump(l));
    }

    @Test
    void aFilingStampOverPleadingPaperIsNeitherTextNorMarginNumber() throws Exception {
        FilingStamp.Stamp stamp = new FilingStamp.Stamp(FilingStamp.Form.DOCUMENT_PAGEID_WRAPPED, "1:25-cv-00432-JPH-MG", 7,
                "05/02/25", 3);
        Grid g = Grid.of(28);
        Map<Integer, String> one = lines(1, 28, 0, Set.of());
        Map<Integer, String> two = lines(1, 12, 28, Set.of());
        byte[] pdf = FilingStamp.apply(LayoutPdfs.pdf(LayoutPdfs.pleading(g, Order.INTERLEAVED, one, Set.of()),
                LayoutPdfs.pleading(g, Order.INTERLEAVED, two, Set.of())), stamp);
        PageLayout.Layout l = LayoutPdfs.layout(pdf);
        List<String> want = new ArrayList<>(expected(1, one, LineRole.BODY));
        want.addAll(expected(2, two, LineRole.BODY));
        assertEquals(want, textLines(l), dump(l));
        assertEquals(List.of("1 Case 1:25-cv-00432-JPH-MG Document 7 Filed 05/02/25 Page 1 of 2 PageID #:", "1 3",
                "2 Case 1:25-cv-00432-JPH-MG Document 7 Filed 05/02/25 Page 2 of 2 PageID #:", "2 4"),
                withRole(l, LineRole.FILING_STAMP), dump(l));
    }

    // ---- 4. running feet and page numbers -------------------------------------------------------------------

    enum Folio {
        DASHED("- %d -"), OF_PAGES("Page %d of %d"), PLAIN("%d");

        final String format;

        Folio(String format) {
            this.format = format;
        }

        String of(int page, int pages) {
            return String.format(format, page, pages);
        }
    }

    static final String TITLE = "COMPLAINT FOR BREACH OF CONTRACT";
    static final String ONCE = "Page 2 of the agreement, which sets the protein level, is Exhibit B.";

    @ParameterizedTest
    @EnumSource(Folio.class)
    void documentIdTitleAndPageNumberAtTheFootAreNotText(Folio folio) throws Exception {
        int pages = 3;
        List<Page> drawn = plainPages(pages, 14);
        // the title, printed once in the caption's place on page 1, is text there
        drawn.get(0).centred(72, 12, TITLE);
        // a line set apart at the foot of the last page that reads like a page number but is printed once
        drawn.get(pages - 1).text(72, 690, ONCE);
        for (int p = 0; p < pages; p++) {
            drawn.get(p).centred(736, 10, TITLE).centred(752, 10, folio.of(p + 1, pages)).text(72, 768, 8, "731904_2.docx");
        }
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(drawn));
        List<String> want = new ArrayList<>();
        want.add("1:1 BODY " + TITLE);
        for (String s : plainExpected(pages, 14)) {
            String[] parts = s.split(" ", 2);
            int page = Integer.parseInt(parts[0].split(":")[0]);
            int line = Integer.parseInt(parts[0].split(":")[1]);
            want.add(page + ":" + (page == 1 ? line + 1 : line) + " " + parts[1]);
        }
        want.add(pages + ":15 BODY " + ONCE);
        assertEquals(want, textLines(l), folio + dump(l));
        List<String> feet = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            feet.add(p + " " + TITLE);
            feet.add(p + " 731904_2.docx");
            numbers.add(p + " " + folio.of(p, pages));
        }
        assertEquals(feet, withRole(l, LineRole.RUNNING_FOOTER), folio + dump(l));
        assertEquals(numbers, withRole(l, LineRole.PAGE_NUMBER), folio + dump(l));
    }

    @Test
    void aDocumentIdFooterOnTheSameLineAsTheTitleIsOneRunningFooter() throws Exception {
        List<Page> drawn = plainPages(2, 10);
        for (Page p : drawn) {
            p.text(72, 750, 8, "204417_3.docx").text(260, 750, 8, "COMPLAINT");
        }
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(drawn));
        assertEquals(plainExpected(2, 10), textLines(l), dump(l));
        assertEquals(List.of("1 204417_3.docx\tCOMPLAINT", "2 204417_3.docx\tCOMPLAINT"), withRole(l, LineRole.RUNNING_FOOTER),
                dump(l));
    }

    // ---- 5. footnotes ---------------------------------------------------------------------------------------

    @Test
    void smallLinesAtThePageFootAreFootnotesAndTheMarkerStaysInItsLine() throws Exception {
        Page one = LayoutPdfs.page();
        String before = "The bakery paid every invoice for flour that met the agreed level";
        for (int i = 0; i < 10; i++) {
            if (i != 5) {
                one.text(72, 96 + 24 * i, i == 4 ? before : PROSE[i]);
            }
        }
        // the marker: a small digit raised above the line's baseline, right after its word
        float after = 72 + LayoutPdfs.width(before, 12) + 0.5f;
        one.text(after, 96 + 24 * 4 - 4.5f, 7, "1");
        // a second marker in the next line
        String marked = "and withheld the rest";
        one.text(72, 96 + 24 * 5, marked);
        one.text(72 + LayoutPdfs.width(marked, 12) + 0.5f, 96 + 24 * 5 - 4.5f, 7, "2");
        one.text(72 + LayoutPdfs.width(marked, 12) + 0.5f + LayoutPdfs.width("2", 7) + LayoutPdfs.width(" ", 12), 96 + 24 * 5,
                "while the laboratory tested it.");
        // the footnotes: 10 pt, single-spaced, each opening with its number
        one.text(72, 660, 10, "1 The invoices for the short loads are listed in Exhibit C, by date and weight.");
        one.text(72, 672, 10, "Each lists the protein content the mill certified for that load.");
        one.text(72, 688, 10, "2 The tests were run on the day each load arrived.");
        Page two = LayoutPdfs.page();
        for (int i = 0; i < 8; i++) {
            two.text(72, 96 + 24 * i, PROSE[10 + i]);
        }
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one, two));
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            want.add("1:" + (i + 1) + " BODY " + (i == 4 ? before + "\u00b9" : i == 5 ? marked + "\u00b2 while the laboratory tested it." : PROSE[i]));
        }
        want.add("1:11 FOOTNOTE 1 The invoices for the short loads are listed in Exhibit C, by date and weight.");
        want.add("1:12 FOOTNOTE Each lists the protein content the mill certified for that load.");
        want.add("1:13 FOOTNOTE 2 The tests were run on the day each load arrived.");
        for (int i = 0; i < 8; i++) {
            want.add("2:" + (i + 1) + " BODY " + PROSE[10 + i]);
        }
        assertEquals(want, textLines(l), dump(l));
    }

    @Test
    void aFootnoteWhoseNumberIsRaisedIsAFootnoteToo() throws Exception {
        Page one = LayoutPdfs.page();
        for (int i = 0; i < 10; i++) {
            one.text(72, 96 + 24 * i, PROSE[i]);
        }
        one.text(72 + LayoutPdfs.width(PROSE[9], 12) + 0.5f, 96 + 24 * 9 - 4.5f, 7, "3");
        // as a word processor sets it: the number raised and small, the note's text after it
        one.text(72, 676 - 3.5f, 6.5f, "3");
        one.text(72 + LayoutPdfs.width("3", 6.5f) + 1, 676, 10, "The mill's own certificates for the same loads are Exhibit D.");
        one.text(72, 688, 10, "They state a protein level no test has since confirmed.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one, plainPages(1, 6).get(0)));
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            want.add("1:" + (i + 1) + " BODY " + PROSE[i] + (i == 9 ? "\u00b3" : ""));
        }
        want.add("1:11 FOOTNOTE \u00b3The mill's own certificates for the same loads are Exhibit D.");
        want.add("1:12 FOOTNOTE They state a protein level no test has since confirmed.");
        for (int i = 0; i < 6; i++) {
            want.add("2:" + (i + 1) + " BODY " + PROSE[i]);
        }
        assertEquals(want, textLines(l), dump(l));
    }

    @Test
    void aFootnoteSetAtTheBodysSizeIsKnownByItsMarkerAndItsTightSpacing() throws Exception {
        Page one = LayoutPdfs.page();
        for (int i = 0; i < 10; i++) {
            one.text(72, 96 + 24 * i, PROSE[i]);
        }
        one.text(72 + LayoutPdfs.width(PROSE[4], 12) + 0.5f, 96 + 24 * 4 - 4.5f, 7, "4");
        // the template sets the note in the body's own 12 pt, single-spaced, its small raised number a tab's width before it
        one.text(72, 664 - 4.5f, 7, "4");
        one.text(72 + LayoutPdfs.width("4", 7) + 9, 664, 12, "The agreement defines the protein level by the mill's own test.");
        one.text(72, 678, 12, "No other test is named in it, and none was agreed later.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one, plainPages(1, 6).get(0)));
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            want.add("1:" + (i + 1) + " BODY " + PROSE[i] + (i == 4 ? "\u2074" : ""));
        }
        want.add("1:11 FOOTNOTE \u2074 The agreement defines the protein level by the mill's own test.");
        want.add("1:12 FOOTNOTE No other test is named in it, and none was agreed later.");
        for (int i = 0; i < 6; i++) {
            want.add("2:" + (i + 1) + " BODY " + PROSE[i]);
        }
        assertEquals(want, textLines(l), dump(l));
    }

    @Test
    void aOneLineFootnoteAtTheBodysSizeIsTheLastLineOfItsPage() throws Exception {
        Page one = LayoutPdfs.page();
        for (int i = 0; i < 8; i++) {
            one.text(72, 96 + 24 * i, PROSE[i]);
        }
        one.text(72 + LayoutPdfs.width(PROSE[2], 12) + 0.5f, 96 + 24 * 2 - 4.5f, 7, "1");
        one.text(72, 700, 12, "\u00b9 Terms in bold are defined in the supply agreement.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one));
        assertEquals(List.of("\u00b9 Terms in bold are defined in the supply agreement."), texts(l, LineRole.FOOTNOTE), dump(l));
        assertEquals(8, texts(l, LineRole.BODY).size(), dump(l));
    }

    @Test
    void aLastLineOpeningWithAMarkThatNothingAboveCarriesStaysInTheText() throws Exception {
        Page one = LayoutPdfs.page();
        for (int i = 0; i < 8; i++) {
            one.text(72, 96 + 24 * i, PROSE[i]);
        }
        one.text(72, 700, 12, "* The bakery reserves its claim for lost wholesale accounts.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one));
        assertEquals(List.of(), texts(l, LineRole.FOOTNOTE), dump(l));
        assertEquals("* The bakery reserves its claim for lost wholesale accounts.", texts(l, LineRole.BODY).get(8), dump(l));
    }

    // ---- 6. block quotes ------------------------------------------------------------------------------------

    static final String[] QUOTE = {
        "12. Delivery. The Seller shall deliver each order to the",
        "Buyer\u2019s dock no later than six in the morning on the day",
        "named in the order, in sealed bags, with a mill certificate.",
        "\u00b6 4 of the Schedule sets the hours at which the dock is open.",
    };

    @Test
    void theAsterisksThatMarkAnOmissionInAQuoteAreQuoteNotAHeading() throws Exception {
        Page p = LayoutPdfs.page();
        p.text(108, 96, "9. The agreement says when and how the flour is to arrive. Its");
        p.text(72, 120, "twelfth section reads in part:");
        p.text(108, 144, QUOTE[0]);
        p.text(108, 158, QUOTE[1]);
        p.centred(182, 12, "* * *");
        p.text(108, 206, QUOTE[2]);
        p.text(72, 230, "The mill delivered after six on eleven of the next fourteen orders.");
        p.text(72, 254, "It never sent a certificate that the tests bore out.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(p, plainPages(1, 6).get(0)));
        assertEquals(List.of(QUOTE[0], QUOTE[1], "* * *", QUOTE[2]), texts(l, LineRole.QUOTE), dump(l));
    }

    @Test
    void aBlockQuoteKeepsTheNumbersThatOpenItsLines() throws Exception {
        Page p = LayoutPdfs.page();
        p.text(108, 96, "9. The agreement says when and how the flour is to arrive. Its");
        p.text(72, 120, "twelfth section reads in full:");
        float y = 144;
        for (String q : QUOTE) {
            p.text(108, y, q);
            y += 14;
        }
        p.text(72, y + 10, "(Ex. A \u00b6 12.) The mill delivered after six on eleven of the next");
        p.text(72, y + 34, "fourteen orders, and never with a certificate that the tests bore out.");
        p.text(108, y + 58, "10. The bakery refused none of those loads, to keep its ovens running.");
        p.text(72, y + 82, "It noted each late arrival in its receiving log.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(p, plainPages(1, 6).get(0)));
        List<String> want = new ArrayList<>(List.of(
                "1:1 BODY 9. The agreement says when and how the flour is to arrive. Its",
                "1:2 BODY twelfth section reads in full:"));
        for (int i = 0; i < QUOTE.length; i++) {
            want.add("1:" + (3 + i) + " QUOTE " + QUOTE[i]);
        }
        want.addAll(List.of(
                "1:7 BODY (Ex. A \u00b6 12.) The mill delivered after six on eleven of the next",
                "1:8 BODY fourteen orders, and never with a certificate that the tests bore out.",
                "1:9 BODY 10. The bakery refused none of those loads, to keep its ovens running.",
                "1:10 BODY It noted each late arrival in its receiving log."));
        for (int i = 0; i < 6; i++) {
            want.add("2:" + (i + 1) + " BODY " + PROSE[i]);
        }
        assertEquals(want, textLines(l), dump(l));
    }

    @Test
    void aPageThatIsMostlyBlockQuoteKeepsItsQuoteApartFromTheBody() throws Exception {
        // a long quotation runs over a whole page: only its first line, the end of the paragraph that introduces it,
        // stands at the document's left margin; the quote's lines, a numbered section among them, stay a quote
        List<Page> pages = plainPages(3, 20);
        Page quoted = LayoutPdfs.page();
        quoted.text(72, 96, "the lease, whose eighth article reads in full:");
        List<String> quote = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String q = i == 9 ? "12. Delivery. " + QUOTE[1] : (i % 4 == 0 ? QUOTE[2] : i % 4 == 1 ? QUOTE[1] : i % 4 == 2
                    ? "named in the schedule, and the Buyer shall sign for each load" : "on the day it arrives, before it is unloaded.");
            quoted.text(108, 120 + 14 * i, q);
            quote.add(q);
        }
        pages.set(1, quoted);
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(pages));
        assertEquals(quote, l.lines().stream().filter(x -> x.page() == 2 && x.role() == LineRole.QUOTE).map(LaidLine::text).toList(),
                dump(l));
        assertEquals(List.of("the lease, whose eighth article reads in full:"),
                l.lines().stream().filter(x -> x.page() == 2 && x.role() == LineRole.BODY).map(LaidLine::text).toList(), dump(l));
    }

    @Test
    void aBlockQuoteOnPleadingPaperKeepsItsNumbersAndTheMarginNumbersLeave() throws Exception {
        Grid g = Grid.of(28);
        Map<Integer, String> one = lines(1, 28, 0, Set.of(5, 6, 7, 8));
        Page p = LayoutPdfs.pleading(g, Order.NUMBERS_FIRST, one, Set.of());
        // four single-spaced quote lines in the space of numbered lines 5-8, set in half an inch on both sides
        for (int i = 0; i < QUOTE.length; i++) {
            p.text(108, g.y(5) + i * 14, QUOTE[i]);
        }
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(p, LayoutPdfs.pleading(g, Order.NUMBERS_FIRST, lines(1, 10, 0, Set.of()),
                Set.of())));
        List<String> pageOne = textLines(l).stream().filter(s -> s.startsWith("1:")).toList();
        List<String> want = new ArrayList<>(expected(1, lines(1, 4, 0, Set.of()), LineRole.BODY));
        // 14-point steps on a 23-point grid: each quote line takes the number printed beside it, or above it
        int[] at = {5, 5, 6, 7};
        for (int i = 0; i < QUOTE.length; i++) {
            want.add("1:" + at[i] + " QUOTE " + QUOTE[i]);
        }
        for (int n = 9; n <= 28; n++) {
            want.add("1:" + n + " BODY " + one.get(n));
        }
        assertEquals(want, pageOne, dump(l));
    }

    // ---- 7. captions ----------------------------------------------------------------------------------------

    @Test
    void aCaptionWithAParenthesisColumnComesOutAsTwoCells() throws Exception {
        Page p = LayoutPdfs.page();
        p.centred(72, 12, "UNITED STATES DISTRICT COURT");
        p.centred(86, 12, "NORTHERN DISTRICT OF OHIO");
        String[][] rows = {
            {"ORCHARD LANE BAKERY, LLC,", "Case No. 5:25-cv-00871"},
            {"an Ohio limited liability company,", ""},
            {"", "COMPLAINT FOR BREACH OF"},
            {"Plaintiff,", "CONTRACT AND OF WARRANTY"},
            {"", ""},
            {"v.", ""},
            {"", "JURY DEMAND ENDORSED HEREON"},
            {"MILLRACE FLOUR COMPANY,", ""},
            {"Defendant.", ""},
        };
        float y = 120;
        for (String[] r : rows) {
            if (!r[0].isEmpty()) {
                p.text(r[0].equals("Plaintiff,") || r[0].equals("Defendant.") ? 180 : 72, y, r[0]);
            }
            p.text(300, y, ")");
            if (!r[1].isEmpty()) {
                p.text(318, y, r[1]);
            }
            y += 14;
        }
        // a line of the right column set between two of the left's baselines
        p.text(318, 120 + 14 * 4 + 6, "Judge Ada Ferrante");
        p.text(108, 290, "1. Plaintiff Orchard Lane Bakery, LLC bakes bread for grocers across");
        p.text(72, 314, "northern Ohio from its plant in Medina County.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(p, plainPages(1, 4).get(0)));
        List<String> pageOne = textLines(l).stream().filter(s -> s.startsWith("1:")).toList();
        assertEquals(List.of(
                "1:1 BODY UNITED STATES DISTRICT COURT",
                "1:2 BODY NORTHERN DISTRICT OF OHIO",
                "1:3 BODY ORCHARD LANE BAKERY, LLC,\t)\tCase No. 5:25-cv-00871",
                "1:4 BODY an Ohio limited liability company,\t)\t",
                "1:5 BODY \t)\tCOMPLAINT FOR BREACH OF",
                "1:6 BODY Plaintiff,\t)\tCONTRACT AND OF WARRANTY",
                "1:7 BODY \t)\t",
                "1:8 BODY \t)\tJudge Ada Ferrante",
                "1:9 BODY v.\t)\t",
                "1:10 BODY \t)\tJURY DEMAND ENDORSED HEREON",
                "1:11 BODY MILLRACE FLOUR COMPANY,\t)\t",
                "1:12 BODY Defendant.\t)\t",
                "1:13 BODY 1. Plaintiff Orchard Lane Bakery, LLC bakes bread for grocers across",
                "1:14 BODY northern Ohio from its plant in Medina County."), pageOne, dump(l));
    }

    @Test
    void aCaptionWithASectionSignColumnComesOutAsTwoCells() throws Exception {
        Page p = LayoutPdfs.page();
        p.centred(72, 12, "CAUSE NO. D-1-GN-25-000871");
        String[][] rows = {
            {"ORCHARD LANE BAKERY, LLC,", "IN THE DISTRICT COURT OF"},
            {"Plaintiff,", ""},
            {"", ""},
            {"v.", "TRAVIS COUNTY, TEXAS"},
            {"", ""},
            {"MILLRACE FLOUR COMPANY,", "261ST JUDICIAL DISTRICT"},
            {"Defendant.", ""},
        };
        float y = 110;
        for (String[] r : rows) {
            if (!r[0].isEmpty()) {
                p.text(72, y, r[0]);
            }
            p.text(306, y, "\u00a7");
            if (!r[1].isEmpty()) {
                p.text(330, y, r[1]);
            }
            y += 16;
        }
        p.centred(240, 12, "PLAINTIFF\u2019S ORIGINAL PETITION");
        p.text(108, 272, "Plaintiff Orchard Lane Bakery, LLC files this petition against the mill.");
        p.text(72, 296, "It asks for damages within the jurisdictional limits of this Court.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(p, plainPages(1, 4).get(0)));
        List<String> pageOne = textLines(l).stream().filter(s -> s.startsWith("1:")).toList();
        assertEquals(List.of(
                "1:1 BODY CAUSE NO. D-1-GN-25-000871",
                "1:2 BODY ORCHARD LANE BAKERY, LLC,\t\u00a7\tIN THE DISTRICT COURT OF",
                "1:3 BODY Plaintiff,\t\u00a7\t",
                "1:4 BODY \t\u00a7\t",
                "1:5 BODY v.\t\u00a7\tTRAVIS COUNTY, TEXAS",
                "1:6 BODY \t\u00a7\t",
                "1:7 BODY MILLRACE FLOUR COMPANY,\t\u00a7\t261ST JUDICIAL DISTRICT",
                "1:8 BODY Defendant.\t\u00a7\t",
                "1:9 BODY PLAINTIFF\u2019S ORIGINAL PETITION",
                "1:10 BODY Plaintiff Orchard Lane Bakery, LLC files this petition against the mill.",
                "1:11 BODY It asks for damages within the jurisdictional limits of this Court."), pageOne, dump(l));
    }

    // ---- 8. pictures and redaction boxes --------------------------------------------------------------------

    @Test
    void aRedactionBoxAndAPageSizedPictureLeaveTheTextInOrder() throws Exception {
        Page one = LayoutPdfs.page();
        one.text(108, 96, "14. The mill\u2019s own quality manager wrote to the bakery in November.");
        one.text(72, 120, "The letter is reproduced in part below:");
        // the letter's body is blacked out: a box where its lines were, drawn between the two paragraphs
        one.box(72, 134, 468, 58);
        one.text(108, 216, "15. The bakery received no further word from the mill before the");
        one.text(72, 240, "deliveries stopped.");
        // on a page of its own text, a picture as large as the page, drawn in the middle of the text
        Page three = LayoutPdfs.page();
        three.text(108, 96, "16. The mill\u2019s delivery record for December shows no loads at all.");
        three.pageImage();
        three.text(72, 120, "Its records for the months before show a load every Tuesday.");
        three.box(300, 130, 120, 14);
        three.text(108, 144, "17. The bakery learned of the stop only when no truck arrived.");
        PageLayout.Layout l = LayoutPdfs.layout(LayoutPdfs.pdf(one, LayoutPdfs.page().pageImage(), three));
        assertEquals(List.of(
                "1:1 BODY 14. The mill\u2019s own quality manager wrote to the bakery in November.",
                "1:2 BODY The letter is reproduced in part below:",
                "1:3 BODY 15. The bakery received no further word from the mill before the",
                "1:4 BODY deliveries stopped.",
                "3:1 BODY 16. The mill\u2019s delivery record for December shows no loads at all.",
                "3:2 BODY Its records for the months before show a load every Tuesday.",
                "3:3 BODY 17. The bakery learned of the stop only when no truck arrived."), textLines(l), dump(l));
        assertEquals(List.of("page 2 has no text layer: it is a scanned image, and its text is not read"),
                l.findings().stream().filter(f -> f.contains("no text layer")).toList());
    }

    // ---- 9. a page without a text layer ---------------------------------------------------------------------

    @Test
    void aPageWithoutATextLayerIsReportedNotThrown() throws Exception {
        byte[] pdf = LayoutPdfs.pdf(plainPages(1, 5).get(0), LayoutPdfs.page().pageImage(), plainPages(1, 3).get(0));
        List<PageText> pages = PdfTextExtractor.extract(pdf, Progress.NONE, 1);
        assertEquals(List.of(true, false, true), pages.stream().map(PageText::hasTextLayer).toList());
        assertEquals(List.of(), pages.get(1).rows());
        PageLayout.Layout l = PageLayout.of(pages);
        assertEquals(List.of("page 2 has no text layer: it is a scanned image, and its text is not read"),
                l.findings().stream().filter(f -> f.contains("no text layer")).toList());
        assertTrue(l.lines().stream().noneMatch(x -> x.page() == 2), dump(l));
        List<String> want = new ArrayList<>(plainExpected(1, 5));
        for (int i = 0; i < 3; i++) {
            want.add("3:" + (i + 1) + " BODY " + PROSE[i]);
        }
        assertEquals(want, textLines(l), dump(l));
    }

    @Test
    void aScanWithNoTextAtAllIsReportedByExtractionAndRefusedOnlyByTheReader() throws Exception {
        byte[] pdf = LayoutPdfs.pdf(LayoutPdfs.page().pageImage(), LayoutPdfs.page().pageImage());
        List<PageText> pages = PdfTextExtractor.extract(pdf, Progress.NONE, 1);
        assertEquals(List.of(false, false), pages.stream().map(PageText::hasTextLayer).toList());
        PageLayout.Layout l = PageLayout.of(pages);
        assertEquals(List.of(), l.lines());
        assertEquals(List.of(), l.text());
        assertEquals(List.of("page 1 has no text layer: it is a scanned image, and its text is not read",
                "page 2 has no text layer: it is a scanned image, and its text is not read"),
                l.findings().stream().filter(f -> f.contains("no text layer")).toList());
        IngestException e = assertThrows(IngestException.class, () -> PdfReader.layout(pdf, Progress.NONE, 1));
        assertTrue(e.getMessage().startsWith("This PDF has no text layer"), e.getMessage());
        // a blank page that is not a picture has a text layer with nothing on it: nothing to report
        List<PageText> blank = PdfTextExtractor.extract(LayoutPdfs.pdf(LayoutPdfs.page(), plainPages(1, 2).get(0)), Progress.NONE, 1);
        assertEquals(List.of(true, true), blank.stream().map(PageText::hasTextLayer).toList());
        assertFalse(PageLayout.of(blank).findings().stream().anyMatch(f -> f.contains("no text layer")));
    }
}
