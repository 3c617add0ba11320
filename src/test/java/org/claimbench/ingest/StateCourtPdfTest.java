package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.claimbench.domain.Caption;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A New York state-court complaint as a firm prints it from its word processor: the caption between rules of dashes
 * closed by an "X", a column of colons, "-against-", numbered paragraphs whose number stands at the first line's indent
 * and whose text wraps to the margin, causes of action headed "AS AND FOR A … CAUSE OF ACTION", a paragraph running on
 * over a page break, and the page number at the foot of each page.
 */
class StateCourtPdfTest {

    private static final float LEFT = 72;
    private static final float FIRST_LINE = 108;
    private static final float NUMBER_GAP = 144;

    private static ParsedPleading parsed;

    static synchronized ParsedPleading parsed() throws IngestException {
        if (parsed == null) {
            Readers.Read read = Readers.read("verified-complaint.pdf", pdf(), Progress.NONE);
            parsed = new PleadingParser().parse(read.lines());
        }
        return parsed;
    }

    /** A numbered paragraph: its number at the first line's indent, its text after a tab, the rest at the margin. */
    private static float paragraph(LayoutPdfs.Page p, float top, int number, String... lines) {
        p.text(FIRST_LINE, top, number + ".");
        p.text(NUMBER_GAP, top, lines[0]);
        float y = top;
        for (int i = 1; i < lines.length; i++) {
            y += 24;
            p.text(LEFT, y, lines[i]);
        }
        return y + 24;
    }

    static byte[] pdf() {
        LayoutPdfs.Page one = LayoutPdfs.page()
                .text(LEFT, 72, "SUPREME COURT OF THE STATE OF NEW YORK")
                .text(LEFT, 86, "COUNTY OF WESTCHESTER")
                .text(LEFT, 100, "-----------------------------------------------------------------------X")
                .text(LEFT, 116, "CORDELIA ASHWORTH-PIKE,").text(330, 116, ":")
                .text(330, 130, ":").text(360, 130, "Index No. 61234/2025")
                .text(200, 144, "Plaintiff,").text(330, 144, ":")
                .text(330, 158, ":").text(360, 158, "VERIFIED COMPLAINT")
                .text(120, 172, "-against-").text(330, 172, ":")
                .text(330, 186, ":")
                .text(LEFT, 200, "MILLBROOK TERRACE CONDOMINIUM and").text(330, 200, ":")
                .text(LEFT, 214, "HUDSON CREST ROOFING CO., INC.,").text(330, 214, ":")
                .text(200, 228, "Defendants.").text(330, 228, ":")
                .text(LEFT, 242, "-----------------------------------------------------------------------X")
                .text(FIRST_LINE, 270, "Plaintiff, by her attorneys, Quarry & Lune LLP, complaining of the defendants,")
                .text(LEFT, 294, "alleges upon information and belief:");
        float y = paragraph(one, 318, 1, "Plaintiff owns unit 4C of the Millbrook Terrace Condominium in White",
                "Plains, New York.");
        y = paragraph(one, y, 2, "Defendant Millbrook Terrace Condominium manages the building's roof and",
                "common elements.");
        y = paragraph(one, y, 3, "Defendant Hudson Crest Roofing Co., Inc. replaced the roof in 2023.");
        one.bold(210, y + 6, "AS AND FOR A FIRST CAUSE OF ACTION")
                .bold(195, y + 30, "(Negligence against Hudson Crest Roofing Co., Inc.)");
        y = paragraph(one, y + 60, 4, "Plaintiff repeats each allegation in paragraphs \u201c1\u201d through \u201c3\u201d as",
                "if fully set forth herein.");
        paragraph(one, y, 5, "The new roof leaked in every heavy rain from March 2024 on, and water ran");
        one.centred(750, 12, "1");

        LayoutPdfs.Page two = LayoutPdfs.page()
                .text(LEFT, 72, "down the walls of unit 4C, ruining its floors.");
        y = paragraph(two, 96, 6, "Hudson Crest failed to seal the flashing.");
        two.bold(205, y + 6, "AS AND FOR A SECOND CAUSE OF ACTION")
                .bold(150, y + 30, "AGAINST MILLBROOK TERRACE CONDOMINIUM");
        y = paragraph(two, y + 60, 7, "Plaintiff repeats each allegation in paragraphs \u201c1\u201d through \u201c6\u201d as",
                "if fully set forth herein.");
        y = paragraph(two, y, 8, "The condominium knew of the leaks and did not repair them, in breach of",
                "N.Y. Real Prop. Law \u00a7 339-dd and its own by-laws.");
        two.text(FIRST_LINE, y, "WHEREFORE, plaintiff demands judgment against the defendants on each cause of")
                .text(LEFT, y + 24, "action, with interest and the costs of this action.")
                .text(LEFT, y + 60, "Dated: White Plains, New York")
                .text(LEFT, y + 74, "May 12, 2025")
                .text(330, y + 102, "QUARRY & LUNE LLP")
                .centred(750, 12, "2");
        return LayoutPdfs.pdf(one, two);
    }

    @Test
    void readsTheCaption() throws Exception {
        Caption c = parsed().caption();
        assertEquals("SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF WESTCHESTER", c.court());
        assertEquals("61234/2025", c.caseNumber());
        assertEquals(List.of("CORDELIA ASHWORTH-PIKE"), c.plaintiffs());
        assertEquals(List.of("MILLBROOK TERRACE CONDOMINIUM", "HUDSON CREST ROOFING CO., INC."), c.defendants());
    }

    @Test
    void findsTheParagraphsAsFiled() throws Exception {
        ParsedPleading p = parsed();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), p.numberedParagraphs().stream().map(Segment::label).toList());
        Segment five = p.numberedParagraphs().get(4);
        assertEquals("The new roof leaked in every heavy rain from March 2024 on, and water ran down the walls of unit 4C, ruining its floors.",
                p.textOf(five));
        assertEquals(1, five.first().page());
        assertEquals(2, five.last().page());
        for (Segment s : p.numberedParagraphs()) {
            assertFalse(p.textOf(s).matches("(?s).*\\b[12]\\s*$"), "no page number in \u00b6 " + s.label());
        }
    }

    @Test
    void findsTheCausesOfAction() throws Exception {
        ParsedPleading p = parsed();
        assertEquals(List.of("AS AND FOR A FIRST CAUSE OF ACTION", "AS AND FOR A SECOND CAUSE OF ACTION"),
                p.counts().stream().map(ParsedCount::label).toList());
        assertEquals(List.of("Negligence", ""), p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of(List.of("Hudson Crest Roofing Co., Inc."), List.of("MILLBROOK TERRACE CONDOMINIUM")),
                p.counts().stream().map(ParsedCount::against).toList());
        assertEquals(List.of("4", "7"), p.counts().stream().map(ParsedCount::startParagraph).toList());
        assertEquals(List.of(1, 2, 3), p.counts().get(0).incorporates());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), p.counts().get(1).incorporates());
    }

    @Test
    void findsTheCitationPrayerAndSignature() throws Exception {
        ParsedPleading p = parsed();
        assertEquals(List.of("N.Y. Real Prop. Law \u00a7 339-dd @\u00b68"), p.citations().stream()
                .map(c -> c.text() + " @\u00b6" + p.segments().get(c.segmentOrdinal()).label()).toList());
        assertEquals(1, p.segments().stream().filter(s -> s.kind() == SegmentKind.PRAYER).count());
        assertEquals(1, p.segments().stream().filter(s -> s.kind() == SegmentKind.SIGNATURE).count());
    }
}
