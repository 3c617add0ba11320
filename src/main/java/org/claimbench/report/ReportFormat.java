package org.claimbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A format the report is written in: its name, its file extension, what the menu calls it, and the renderer that
 * lays the report model out in it. {@link #ALL} is the one list of formats: the window's Report menu, the file
 * chooser and the command line's {@code --format} all come from it, so a new format is a renderer and a line here.
 */
public record ReportFormat(String name, String extension, String label, Renderer renderer) {

    /** Writes a report model in one format. */
    @FunctionalInterface
    public interface Renderer {
        void render(ReportModel m, OutputStream out) throws IOException;
    }

    public static final ReportFormat PDF = new ReportFormat("PDF", "pdf", "PDF", PdfReport::render);
    public static final ReportFormat HTML = new ReportFormat("HTML", "html", "HTML",
            (m, out) -> out.write(HtmlReport.render(m).getBytes(StandardCharsets.UTF_8)));
    public static final ReportFormat DOCX = new ReportFormat("DOCX", "docx", "Word (DOCX)", DocxReport::render);
    /** With a byte-order mark, so that a spreadsheet reads it as UTF-8. */
    public static final ReportFormat CSV = new ReportFormat("CSV", "csv", "CSV",
            (m, out) -> out.write(("\ufeff" + CsvReport.render(m)).getBytes(StandardCharsets.UTF_8)));

    /** Every format, in the order menus list them. */
    public static final List<ReportFormat> ALL = List.of(PDF, HTML, DOCX, CSV);

    /** The format a command-line value names ("pdf", "HTML"…). */
    public static ReportFormat parse(String value) {
        String v = value == null ? "" : value.strip();
        for (ReportFormat f : ALL) {
            if (f.name().equalsIgnoreCase(v) || f.extension().equalsIgnoreCase(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown report format \"" + value + "\": use "
                + ALL.stream().map(f -> f.extension().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")).replaceFirst(", ([^,]+)$", " or $1")
                + ".");
    }

    public void write(ReportModel m, OutputStream out) throws IOException {
        renderer.render(m, out);
    }
}
