package org.claimbench.ingest;

/** Generated PDFs for tests outside this package. */
public final class FixturePdfs {

    private FixturePdfs() {
    }

    private static byte[] stampOf(byte[] pdf, FilingStamp.Stamp s) {
        try {
            return FilingStamp.apply(pdf, s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The test complaint of {@link ScannedComplaintTest} on pleading paper with the court's filing stamp, its first
     * {@code pages} pages scanned (300 dpi, turned by 1°, grain and dust) into a PDF without a text layer.
     */
    public static byte[] scannedComplaint(int pages) {
        try {
            byte[] stamped = FilingStamp.apply(Fixtures.pdf(ScannedComplaintTest.SOURCE, true, null, "COMPLAINT FOR DAMAGES").bytes(),
                    ScannedComplaintTest.STAMP);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(stamped); var out = new java.io.ByteArrayOutputStream()) {
                while (doc.getNumberOfPages() > pages) {
                    doc.removePage(doc.getNumberOfPages() - 1);
                }
                doc.save(out);
                return ScannedPdfs.scanAll(out.toByteArray(), 1.0, 23);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Page 1 of {@link #scannedComplaint} as a PNG image. */
    public static byte[] scannedPagePng() {
        byte[] stamped = stampOf(Fixtures.pdf(ScannedComplaintTest.SOURCE, true, null, "COMPLAINT FOR DAMAGES").bytes(),
                ScannedComplaintTest.STAMP);
        return ScannedPdfs.png(ScannedPdfs.images(stamped, java.util.Set.of(1), 1.0, 29)[0]);
    }

    /**
     * {@code text} (a caption, then paragraphs "1. …" separated by blank lines) printed on pleading paper, 28 numbered
     * lines a page, with {@code footerTitle} at the foot of each page.
     */
    public static byte[] pleadingPaper(String text, String footerTitle) {
        return Fixtures.pdf(text, true, null, footerTitle).bytes();
    }

    /** The demo's California complaint on pleading paper. */
    public static byte[] pleadingPaper() {
        return Fixtures.pdf(Fixtures.text("/org/claimbench/demo/complaint.txt"), true, null, "COMPLAINT FOR DAMAGES").bytes();
    }

    /**
     * A long filing on pleading paper, shaped like a real one: the federal test complaint's caption and opening,
     * its factual allegations (¶¶ 11–20) repeated {@code copies} times and numbered on, then its three counts, prayer
     * and signature once.
     */
    public static byte[] longPleading(int copies) {
        return Fixtures.pdf(longText(copies), true, null, "CLASS ACTION COMPLAINT").bytes();
    }

    static String longText(int copies) {
        String one = Fixtures.text("/fixtures/federal-complaint.txt");
        int factsStart = one.indexOf("11. Brightline's checkout page");
        int factsEnd = one.indexOf("V. CLASS ALLEGATIONS");
        String head = one.substring(0, factsStart);
        String facts = one.substring(factsStart, factsEnd);
        String tail = one.substring(factsEnd);
        StringBuilder sb = new StringBuilder(head);
        int next = 11;
        java.util.regex.Pattern numbered = java.util.regex.Pattern.compile("^(\\d+)\\.(.*)$");
        for (int i = 0; i < copies; i++) {
            for (String line : facts.split("\n", -1)) {
                var m = numbered.matcher(line);
                sb.append(m.matches() ? (next++) + "." + m.group(2) : line).append('\n');
            }
        }
        int shift = next - 21;
        StringBuilder rest = new StringBuilder();
        for (String line : tail.split("\n", -1)) {
            var m = numbered.matcher(line);
            boolean inPrayerOrLater = rest.indexOf("PRAYER FOR RELIEF") >= 0;
            rest.append(m.matches() && !inPrayerOrLater ? (Integer.parseInt(m.group(1)) + shift) + "." + m.group(2) : line).append('\n');
        }
        return sb.append(rest).toString();
    }

    /** The orchard wage complaint written for the page view's tests, as text. */
    public static String orchardText() {
        return Fixtures.text("/fixtures/orchard-complaint.txt");
    }

    /** The orchard wage complaint on pleading paper: margin line numbers 1–28, a footer title and page numbers. */
    public static byte[] orchardPleading() {
        return Fixtures.pdf(orchardText(), true, null, "COMPLAINT FOR DAMAGES").bytes();
    }

    /** The orchard complaint as a Word document. */
    public static byte[] orchardDocx() {
        return Fixtures.docx(orchardText());
    }

    /** The federal test complaint as plain text, as a Word document and as a web page. */
    public static String federalText() {
        return Fixtures.text("/fixtures/federal-complaint.txt");
    }

    public static byte[] federalDocx() {
        return Fixtures.docx(federalText());
    }

    public static String federalHtml() {
        return Fixtures.html(federalText());
    }

    /** The federal test complaint printed as a PDF (not on pleading paper), with the court's filing stamp. */
    public static byte[] federalPdf() {
        return stampOf(Fixtures.pdf(federalText(), false, null, "COMPLAINT").bytes(), ScannedComplaintTest.STAMP);
    }
}
