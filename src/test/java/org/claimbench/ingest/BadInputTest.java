package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** Each kind of bad file is refused with a message that says what is wrong and what to do. */
class BadInputTest {

    static final String SOURCE = Fixtures.text("/fixtures/federal-complaint.txt");

    static String refusal(String name, byte[] bytes) {
        IngestException e = assertThrows(IngestException.class, () -> Readers.read(name, bytes, Progress.NONE));
        return e.getMessage();
    }

    @Test
    void anEncryptedPdfAsksForAnUnprotectedCopy() throws Exception {
        byte[] plain = Fixtures.pdf(SOURCE, false, null, null).bytes();
        try (PDDocument doc = Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            String m = refusal("complaint.pdf", out.toByteArray());
            assertTrue(m.contains("encrypted with a password"), m);
        }
    }

    @Test
    void aPdfOfPicturesWithoutTextSaysNoTextWasFoundWhenRecognised() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(72, 72, 400, 600); // a page that is all picture, no text
                    cs.fill();
                }
            }
            doc.save(out);
            String m = refusal("scan.pdf", out.toByteArray());
            assertTrue(m.contains("no text layer") && m.contains("no text was found") && m.contains("scan them again"), m);
            // with recognition turned off, the scan is refused as it was before ClaimBench recognised scans
            IngestException never = assertThrows(IngestException.class, () -> Readers.read("scan.pdf", out.toByteArray(),
                    OcrOptions.DEFAULT.withMode(OcrOptions.Mode.NEVER), Progress.NONE));
            assertTrue(never.getMessage().contains("no text layer") && never.getMessage().contains("OCR"), never.getMessage());
        }
    }

    @Test
    void aTruncatedPdfIsCalledIncomplete() {
        byte[] whole = Fixtures.pdf(SOURCE, false, null, null).bytes();
        String m = refusal("complaint.pdf", Arrays.copyOf(whole, whole.length / 3));
        assertTrue(m.startsWith("This PDF is incomplete: the file stops before its end") && m.contains("Download it again"), m);
    }

    @Test
    void aCorruptDocxIsCalledDamaged() {
        byte[] whole = Fixtures.docx(SOURCE);
        String m = refusal("complaint.docx", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(m.contains("damaged or incomplete"), m);
    }

    @Test
    void aDocxDamagedAnywhereIsRefusedInOneLineWithoutTheLibrarysNames() {
        byte[] whole = Fixtures.docx(SOURCE);
        java.util.Random random = new java.util.Random(11);
        int refused = 0;
        for (int round = 0; round < 40; round++) {
            byte[] b = whole.clone();
            for (int i = 0; i < 3; i++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            try {
                Readers.read("complaint.docx", b, Progress.NONE);
            } catch (IngestException e) {
                refused++;
                String m = e.getMessage();
                assertTrue(!m.contains("org.apache") && !m.contains("Exception") && !m.contains("ZipSecureFile") && !m.contains("\n"), m);
                assertTrue(m.endsWith(".") && m.length() < 300, m);
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " escaped as " + e, e);
            }
        }
        assertTrue(refused > 10, refused + " of 40 damaged copies refused");
    }

    @Test
    void anEmptyFileIsCalledEmpty() {
        String m = refusal("complaint.txt", new byte[0]);
        assertEquals("complaint.txt is empty (0 bytes), so there is nothing to import. Check that it was saved or downloaded completely.", m);
        String blank = refusal("complaint.txt", "  \n\n \t\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(blank.contains("contains no text"), blank);
    }

    @Test
    void anExtensionThatLiesAboutABinaryFormatIsCaught() {
        String m = refusal("complaint.pdf", Fixtures.docx(SOURCE));
        assertEquals("complaint.pdf has the name of a PDF document, but what it holds is a Word document (DOCX). "
                + "Rename it to complaint.docx and import it again.", m);
        String p = refusal("complaint.txt", Fixtures.docx(SOURCE));
        assertTrue(p.startsWith("complaint.txt has the name of a plain-text file, but what it holds is a Word document"), p);
    }

    @Test
    void textUnderTheNameOfAnotherFormatIsReadAsTextAndSaysSo() throws Exception {
        byte[] text = SOURCE.getBytes(StandardCharsets.UTF_8);
        Readers.Read pdf = Readers.read("complaint.pdf", text, Progress.NONE);
        assertEquals(DocumentFormat.TEXT, pdf.format());
        assertEquals(java.util.List.of("complaint.pdf has the name of a PDF document, but it holds plain text, so it was read as text."),
                pdf.notes());
        assertEquals(Readers.read("complaint.txt", text, Progress.NONE).lines(), pdf.lines(), "read as the same text would be");
        Readers.Read docx = Readers.read("complaint.docx", text, Progress.NONE);
        assertEquals(DocumentFormat.TEXT, docx.format());
        assertTrue(docx.notes().get(0).startsWith("complaint.docx has the name of a Word document (DOCX), but it holds plain text"));
        assertTrue(Readers.read("complaint.txt", text, Progress.NONE).notes().isEmpty(), "no note where the name is right");
    }

    @Test
    void aBinaryFileIsNotADocument() {
        byte[] binary = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        String m = refusal("exhibit.bin", binary);
        assertTrue(m.contains("not a document ClaimBench can read"), m);
    }

    @Test
    void aTruncatedImageIsCalledDamaged() {
        // an image is now a document (a scanned page), so a cut-off one is damaged rather than unknown
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        String m = refusal("exhibit.png", png);
        assertTrue(m.contains("image is damaged or incomplete"), m);
    }

    @Test
    void textEncodingsAreDetected() throws Exception {
        String s = "1. Caf\u00e9 \u00a7 17200 \u2014 \u201cquoted\u201d.\r\n2. Second.\r\n";
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertEquals("1. Caf\u00e9 \u00a7 17200 \u2014 \u201cquoted\u201d.\n2. Second.\n", TextDecoder.decode(s.getBytes(cs)), cs.name());
        }
        byte[] bom = ("\ufeff" + s).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("1. Caf\u00e9 \u00a7 17200 \u2014 \u201cquoted\u201d.\n2. Second.\n", TextDecoder.decode(bom));
        String w = "1. Caf\u00e9 \u00a7 17200 \u2014 \u201cquoted\u201d.\n";
        assertEquals(w, TextDecoder.decode(w.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        assertEquals("x\ny", TextDecoder.decode("\ufeffx\ry".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A two-page PDF written as some producers write it: catalog and page tree first, the pages' content streams
     * last, so that a file cut short keeps its pages but loses what is printed on the later ones.
     */
    static byte[] pageTreeFirstPdf() {
        String[] body = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
            null, null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        };
        StringBuilder page1 = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        StringBuilder page2 = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        for (int i = 1; i <= 40; i++) {
            page1.append("(").append(i).append(". The tenant paid the rent for month ").append(i).append(" on time.) '\n");
            page2.append("(").append(40 + i).append(". The landlord kept the deposit for month ").append(i).append(".) '\n");
        }
        page1.append("ET");
        page2.append("ET");
        body[4] = "<< /Length " + page1.length() + " >>\nstream\n" + page1 + "\nendstream";
        body[5] = "<< /Length " + page2.length() + " >>\nstream\n" + page2 + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[body.length];
        int[] order = {0, 1, 2, 3, 6, 4, 5}; // the content streams come last
        for (int i : order) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(body[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(body.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(body.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfCutShortIsCalledIncompleteNotAScan() throws Exception {
        byte[] whole = pageTreeFirstPdf();
        assertEquals(80, Readers.read("lease.pdf", whole, Progress.NONE).lines().size(), "the whole file is read");
        byte[] padded = Arrays.copyOf(whole, whole.length + 600);
        assertEquals(80, Readers.read("lease.pdf", padded, Progress.NONE).lines().size(), "and with padding after its end");
        // cut where the last page's content begins: read as it is, page 2 would quietly drop out
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        byte[] cut = Arrays.copyOf(whole, text.indexOf("6 0 obj") + 12);
        String m = refusal("lease.pdf", cut);
        assertEquals("This PDF is incomplete: the file stops before its end, so some of its pages are missing or blank (it may have"
                + " been cut off while downloading or copying). Download it again, or ask the sender for a new copy.", m);
    }
}
