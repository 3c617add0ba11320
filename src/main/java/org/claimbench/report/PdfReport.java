package org.claimbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** The report as PDF, laid out from its XHTML, with DejaVu fonts embedded (subset) so it prints the same anywhere. */
public final class PdfReport {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its progress notes would go to the console
    }

    private PdfReport() {
    }

    public static void render(ReportModel m, OutputStream out) throws IOException {
        renderHtml(HtmlReport.render(m), out);
    }

    /** Any well-formed XHTML page of the report's kind (the report, the redline) as PDF, with the report's fonts. */
    static void renderHtml(String html, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        font(b, "DejaVuSerif.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(b, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
        b.useUnicodeLineBreaker(new LineBreaks());
        b.withHtmlContent(html, null);
        b.withProducer("ClaimBench");
        b.toStream(out);
        b.run();
    }

    /**
     * Line breaks as java.text finds them, less those inside an abbreviation ("U.S.|C.", "C.F.|R."): a break right after
     * a full stop that a letter or digit follows at once. The renderer's own breaker adds breaks after "." and "/" for
     * web addresses, which split "U.S.C." too. A token too long for its line still wraps, by the report's
     * {@code overflow-wrap}.
     */
    static final class LineBreaks implements com.openhtmltopdf.extend.FSTextBreaker {
        private final java.text.BreakIterator it = java.text.BreakIterator.getLineInstance(java.util.Locale.US);
        private String text = "";

        @Override
        public int next() {
            int p = it.next();
            while (p != java.text.BreakIterator.DONE && p > 0 && p < text.length() && text.charAt(p - 1) == '.'
                    && Character.isLetterOrDigit(text.charAt(p))) {
                p = it.next();
            }
            return p;
        }

        @Override
        public void setText(String text) {
            this.text = text;
            it.setText(text);
        }
    }

    private static void font(PdfRendererBuilder b, String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        b.useFont(() -> {
            InputStream in = PdfReport.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("The report font " + file + " is missing from the application.");
            }
            return in;
        }, family, weight, style, true);
    }
}
