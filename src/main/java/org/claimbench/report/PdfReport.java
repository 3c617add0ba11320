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
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        font(b, "DejaVuSerif.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(b, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
        b.withHtmlContent(HtmlReport.render(m), null);
        b.withProducer("ClaimBench");
        b.toStream(out);
        b.run();
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
