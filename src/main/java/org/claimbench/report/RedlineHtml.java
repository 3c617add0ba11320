package org.claimbench.report;

import static org.claimbench.report.HtmlReport.esc;

/** The redline as one XHTML page, the source of its PDF: deleted words struck through in red, inserted words underlined in green. */
final class RedlineHtml {

    private RedlineHtml() {
    }

    static String render(Redline.Model m) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>");
        h.append("<title>").append(esc("Redline \u2014 " + m.newTitle())).append("</title>");
        h.append("<style>").append(CSS).append("</style></head><body>\n");
        h.append("<div class=\"running-title\">").append(esc("Redline \u2014 " + m.newTitle())).append("</div>\n");
        h.append("<h1>Redline</h1>");
        h.append("<p class=\"titles\"><span class=\"side\">New</span> ").append(esc(m.newTitle())).append("<br/>")
                .append("<span class=\"side\">Against</span> ").append(esc(m.oldTitle())).append("</p>");
        h.append("<p class=\"summary\">").append(esc(m.summary())).append("</p>");
        list(h, "Counts", m.counts());
        list(h, "Parties", m.parties());
        h.append("<p class=\"legend\"><span class=\"del\">Struck through</span>: words of the earlier version taken out. ")
                .append("<span class=\"ins\">Underlined</span>: words the amended version puts in.</p>");
        if (m.rows().isEmpty()) {
            h.append("<p>Every paragraph stayed as it was.</p>");
        }
        for (Redline.Row r : m.rows()) {
            h.append("<div class=\"row\"><p class=\"where\"><span class=\"kind kind-").append(r.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(esc(Redline.kindName(r.kind()))).append("</span> ").append(esc(r.where())).append("</p><p class=\"text\">");
            for (Redline.Run run : r.redline()) {
                String cls = switch (run.mark()) {
                    case DELETED -> "del";
                    case INSERTED -> "ins";
                    case SAME -> null;
                };
                String text = esc(run.text()).replace("\n", "<br/>");
                h.append(cls == null ? text : "<span class=\"" + cls + "\">" + text + "</span>");
            }
            h.append("</p></div>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void list(StringBuilder h, String heading, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(heading)).append("</h2><ul>");
        for (String l : lines) {
            h.append("<li>").append(esc(l)).append("</li>");
        }
        h.append("</ul>");
    }

    private static final String CSS = """
            @page { size: letter; margin: 20mm 18mm 20mm 18mm;
              @top-center { content: element(runningTitle); }
              @bottom-right { content: "page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; } }
            .running-title { position: running(runningTitle); font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; }
            body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; line-height: 1.4; color: #1f2328;
                   word-wrap: break-word; overflow-wrap: break-word; }
            h1, h2, .where, .side, .legend { font-family: 'DejaVu Sans', Arial, sans-serif; }
            h1 { font-size: 18pt; margin: 0 0 6pt 0; }
            h2 { font-size: 11pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }
            ul { margin: 0; padding-left: 14pt; }
            .titles { margin: 0 0 8pt 0; }
            .side { font-size: 8pt; color: #57606a; text-transform: uppercase; letter-spacing: 0.5pt; }
            .summary { font-weight: bold; font-size: 11pt; }
            .legend { font-size: 8pt; color: #57606a; margin: 10pt 0 6pt 0; border-bottom: 1pt solid #d0d7de; padding-bottom: 4pt; }
            .row { margin: 0 0 8pt 0; page-break-inside: auto; }
            .where { font-size: 8.5pt; font-weight: bold; margin: 0 0 1pt 0; page-break-after: avoid; color: #1f2328; }
            .kind { color: #57606a; }
            .kind-added { color: #1a7f37; } .kind-removed { color: #cf222e; }
            .text { margin: 0; }
            .del { text-decoration: line-through; color: #cf222e; }
            .ins { text-decoration: underline; color: #1a7f37; }
            """;
}
