package org.claimbench.report;

import java.util.List;
import java.util.Locale;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.SupportLevel;

/**
 * The report as one well-formed XHTML page: readable in a browser, and the source of the PDF. Every piece of
 * document text is escaped, so nothing in a complaint can become markup.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(ReportModel m) {
        StringBuilder h = new StringBuilder(64 * 1024);
        ReportModel.Cover c = m.cover();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>");
        h.append("<title>").append(esc("Allegations and evidence \u2014 " + c.caseTitle())).append("</title>");
        h.append("<style>").append(css(m)).append("</style></head><body>\n");

        h.append("<div class=\"running-title\">").append(esc(c.caseTitle())).append("</div>\n");
        h.append("<section class=\"cover\">");
        h.append("<p class=\"confidential\">").append(esc(nz(c.confidentiality()))).append("</p>");
        h.append("<h1 class=\"title\">Allegations and evidence</h1>");
        h.append("<p class=\"subtitle\">A proof chart of the complaint</p>");
        h.append("<h2 class=\"case\">").append(esc(c.caseTitle())).append("</h2>");
        // a table with a label column of fixed width: a long court name wraps within its own column
        h.append("<table class=\"fields\"><colgroup><col class=\"label-col\"/><col/></colgroup><tbody>");
        row(h, "Court", c.court());
        row(h, "Case number", c.caseNumber());
        row(h, "Plaintiffs", String.join("; ", c.plaintiffs()));
        row(h, "Defendants", String.join("; ", c.defendants()));
        row(h, "Date", c.date());
        row(h, "Prepared by", c.preparedBy());
        h.append("</tbody></table>");
        if (m.isEmpty()) {
            // nothing to chart: the cover says what is missing, and lists the documents if there are any
            h.append("<div class=\"notice\"><p>").append(esc(m.notice())).append("</p></div>");
            if (!m.documents().isEmpty()) {
                h.append("<h3 class=\"documents-heading\">The documents and how their text was read</h3>");
                documents(h, m);
            }
            h.append("</section>\n</body></html>\n");
            return h.toString();
        }
        h.append("</section>\n");

        if (m.options().tableOfContents()) {
            contents(h, m);
        }

        ReportModel.Summary s = m.summary();
        boolean wording = m.options().includeWording();
        h.append("<section class=\"summary\" id=\"summary\"><h1>Summary</h1>");
        h.append("<p class=\"coverage\">").append(esc(m.coverageSentence())).append(".</p>");
        h.append("<table class=\"levels\"><thead><tr><th>Support level</th><th class=\"num\">Allegations</th><th class=\"bar-cell\">Share</th></tr></thead><tbody>");
        for (SupportLevel l : SupportLevel.values()) {
            int n = s.allegationsByLevel().getOrDefault(l, 0);
            h.append("<tr><td>").append(badge(l)).append("</td><td class=\"num\">").append(n).append("</td><td class=\"bar-cell\">")
                    .append(bar(n, s.allegations(), l)).append("</td></tr>");
        }
        h.append("</tbody></table>");
        // fixed widths for every column but the count's, which takes the rest and keeps its cites whole
        h.append("<table class=\"counts\"><colgroup><col/><col class=\"level-col\"/><col class=\"num-col\"/>")
                .append(wording ? "<col class=\"num-col\"/>" : "").append("<col class=\"cover-col\"/></colgroup>");
        h.append("<thead><tr><th>Count</th><th>Level</th><th class=\"num\">With evidence</th>")
                .append(wording ? "<th class=\"num\">Wording flags</th>" : "").append("<th>Coverage</th></tr></thead><tbody>");
        for (ReportModel.CountLine cl : s.counts()) {
            h.append("<tr><td class=\"count-title\">").append(esc(Cites.keepTogether(cl.title()))).append("</td><td>").append(badge(cl.level()))
                    .append("</td><td class=\"num\">").append(cl.withEvidence()).append(" of ").append(cl.allegations()).append("</td>");
            if (wording) {
                h.append("<td class=\"num\">").append(cl.wordingFlags()).append("</td>");
            }
            h.append("<td>").append(bar(cl.withEvidence(), cl.allegations(), SupportLevel.SUPPORTED, "short")).append("</td></tr>");
        }
        h.append("</tbody></table>");
        if (wording) {
            h.append("<p class=\"lead note-small\">").append(esc(ReportModel.WORDING_NOTE)).append("</p>");
        }
        if (m.answer() != null) {
            h.append("<p class=\"answer-summary\">").append(esc(m.answerSentence())).append("</p>");
        }
        h.append("</section>\n");

        for (int i = 0; i < m.amendments().size(); i++) {
            amendment(h, m.amendments().get(i), i);
        }

        if (!m.disputedFirst().isEmpty()) {
            h.append("<section class=\"first\" id=\"disputed\"><h1>Disputed allegations without evidence</h1>");
            h.append("<p class=\"lead\">The Answer denies these, says it lacks knowledge of them, or admits them only in part, "
                    + "and no evidence is recorded for them yet.</p>");
            for (ReportModel.Section sec : m.disputedFirst()) {
                section(h, m, sec);
            }
            h.append("</section>\n");
        }

        if (!m.unsupportedFirst().isEmpty()) {
            h.append("<section class=\"first\" id=\"first\"><h1>Allegations without evidence</h1>");
            h.append("<p class=\"lead\">Contradicted first, then unsupported, in the order of the outline.</p>");
            for (ReportModel.Section sec : m.unsupportedFirst()) {
                section(h, m, sec);
            }
            h.append("</section>\n");
        }

        h.append("<section class=\"chart\" id=\"chart\"><h1>Proof chart</h1>");
        for (ReportModel.Section sec : m.chart()) {
            section(h, m, sec);
        }
        h.append("</section>\n");

        h.append("<section class=\"appendix\" id=\"citations\"><h1>Appendix: citations in the complaint</h1>");
        if (m.citations().isEmpty()) {
            h.append("<p>None found.</p>");
        } else {
            h.append("<table class=\"citations\"><thead><tr><th>Citation</th><th>Kind</th><th>Where</th></tr></thead><tbody>");
            for (ReportModel.CitationRow r : m.citations()) {
                h.append("<tr><td>").append(esc(r.text())).append("</td><td>").append(esc(r.kind())).append("</td><td>")
                        .append(esc(r.cite())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");
        for (int i = 0; i < m.amendments().size(); i++) {
            passageStates(h, m.amendments().get(i), i);
        }
        h.append("<section class=\"appendix documents\" id=\"documents\"><h1>Appendix: documents and how their text was read</h1>");
        documents(h, m);
        h.append("</section>\n</body></html>\n");
        return h.toString();
    }

    /** "Changes in the amended complaint": the summary, what waits for review, the allegations whose passages changed. */
    private static void amendment(StringBuilder h, ReportModel.AmendmentSection a, int i) {
        h.append("<section class=\"amendment\" id=\"amendment-").append(i).append("\"><h1>Changes in the amended complaint</h1>");
        h.append("<p class=\"lead\">").append(esc(a.title())).append(".</p>");
        h.append("<p>").append(esc(a.summary())).append(".</p>");
        if (a.waiting() > 0) {
            h.append("<p class=\"waiting\">").append(a.waiting()).append(a.waiting() == 1 ? " highlight waits" : " highlights wait")
                    .append(" for review: until it is cleared, the chart marks them.</p>");
        }
        if (a.allegations().isEmpty()) {
            h.append("<p>No allegation's passages changed.</p>");
        } else {
            h.append("<h2>Allegations whose passages changed</h2>");
            for (ReportModel.ChangedAllegation c : a.allegations()) {
                h.append("<h3>").append(esc(Cites.keepTogether(c.title()))).append("</h3><ul>");
                for (String line : c.changes()) {
                    h.append("<li>").append(esc(line)).append("</li>");
                }
                h.append("</ul>");
            }
        }
        h.append("</section>\n");
    }

    /** The appendix of an amendment: every passage of the old version and what became of it. */
    private static void passageStates(StringBuilder h, ReportModel.AmendmentSection a, int i) {
        h.append("<section class=\"appendix\" id=\"passage-states-").append(i).append("\"><h1>Appendix: highlights carried into the "
                + "amended complaint</h1><p class=\"lead\">").append(esc(a.title())).append(".</p>");
        if (a.passages().isEmpty()) {
            h.append("<p>The earlier version had no highlights.</p>");
        } else {
            h.append("<table class=\"citations\"><thead><tr><th>Passage</th><th>Was</th><th>Now</th><th>Words</th><th>Decision</th></tr>"
                    + "</thead><tbody>");
            for (ReportModel.PassageStateRow r : a.passages()) {
                h.append("<tr><td>").append(esc(r.quote())).append("</td><td>").append(esc(Cites.keepTogether(r.before()))).append("</td><td>")
                        .append(esc(Cites.keepTogether(r.after()))).append("</td><td>").append(esc(r.state())).append("</td><td>")
                        .append(esc(r.decision())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");
    }

    private static void documents(StringBuilder h, ReportModel m) {
        h.append("<table class=\"documents\"><thead><tr><th class=\"doc-title\">Document</th><th class=\"doc-kind\">Kind</th>"
                + "<th>Text</th><th class=\"doc-corrections\">Corrections</th></tr></thead><tbody>");
        for (ReportModel.DocumentRow r : m.documents()) {
            h.append("<tr><td class=\"doc-title\">").append(esc(r.title())).append("</td><td class=\"doc-kind\">").append(esc(r.kind()))
                    .append("</td><td>").append(esc(r.text())).append("</td><td class=\"doc-corrections\">").append(esc(r.corrections()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** The parts of the report and its counts, each with the page it starts on (in the PDF; a link in a browser). */
    private static void contents(StringBuilder h, ReportModel m) {
        h.append("<section class=\"toc\"><h1>Contents</h1><table class=\"toc\"><colgroup><col/><col class=\"toc-page\"/></colgroup><tbody>");
        tocRow(h, "summary", "Summary", false);
        if (!m.disputedFirst().isEmpty()) {
            tocRow(h, "disputed", "Disputed allegations without evidence", false);
        }
        for (int i = 0; i < m.amendments().size(); i++) {
            tocRow(h, "amendment-" + i, "Changes in the amended complaint", false);
        }
        if (!m.unsupportedFirst().isEmpty()) {
            tocRow(h, "first", "Allegations without evidence", false);
        }
        tocRow(h, "chart", "Proof chart", false);
        for (ReportModel.Section sec : m.chart()) {
            if (sec.kind().isTopLevel()) {
                tocRow(h, "node-" + sec.nodeId(), Cites.keepTogether(sec.title()), true);
            }
        }
        tocRow(h, "citations", "Appendix: citations in the complaint", false);
        for (int i = 0; i < m.amendments().size(); i++) {
            tocRow(h, "passage-states-" + i, "Appendix: highlights carried into the amended complaint", false);
        }
        tocRow(h, "documents", "Appendix: documents and how their text was read", false);
        h.append("</tbody></table></section>\n");
    }

    private static void tocRow(StringBuilder h, String id, String title, boolean indent) {
        h.append("<tr><td").append(indent ? " class=\"toc-count\"" : "").append("><a href=\"#").append(id).append("\">").append(esc(title))
                .append("</a></td><td class=\"toc-page\"><a class=\"page-ref\" href=\"#").append(id).append("\"></a></td></tr>");
    }

    /** Characters beyond which a node's block is allowed to break across pages (about half a page of text). */
    static final int LONG_NODE = 2500;

    private static int length(ReportModel.Section s) {
        int n = s.title().length() + (s.text() == null ? 0 : s.text().length()) + (s.overrideReason() == null ? 0 : s.overrideReason().length());
        for (ReportModel.Quote q : s.quotes()) {
            n += q.text().length();
        }
        for (ReportModel.EvidenceRow r : s.evidence()) {
            n += r.description().length() + (r.note() == null ? 0 : r.note().length());
        }
        return n;
    }

    private static void section(StringBuilder h, ReportModel m, ReportModel.Section s) {
        boolean answerColumn = AnswerColumn.shown(m, s);
        String kind = s.kind().name().toLowerCase(Locale.ROOT);
        String tag = s.kind().isTopLevel() ? "h2" : s.kind() == NodeKind.ELEMENT ? "h3" : "h4";
        // a node kept whole on its page must fit on one: a very long one may break across pages instead
        h.append("<div class=\"node ").append(kind).append(" depth-").append(Math.min(s.depth(), 3))
                .append(length(s) > LONG_NODE ? " long" : "").append("\">");
        h.append("<").append(tag).append(s.kind().isTopLevel() && s.depth() == 0 ? " id=\"node-" + s.nodeId() + "\"" : "").append(">")
                .append(badge(s.level())).append(" ").append(esc(Cites.keepTogether(s.title()))).append("</").append(tag).append(">");
        if (s.legalBasis() != null || s.standard() != null) {
            h.append("<p class=\"meta\">");
            if (s.legalBasis() != null) {
                h.append(esc(s.legalBasis()));
            }
            if (s.standard() != null) {
                h.append(s.legalBasis() != null ? " \u00b7 " : "").append(esc(s.standard()));
            }
            h.append("</p>");
        }
        if (s.overrideReason() != null) {
            h.append("<p class=\"override\">Level set by hand: ").append(esc(s.overrideReason())).append("</p>");
        }
        for (ReportModel.Quote q : s.quotes()) {
            h.append("<blockquote><span class=\"quote\">\u201c").append(esc(q.text())).append("\u201d</span> <span class=\"cite\">")
                    .append(esc(q.cite())).append(q.role().equals("asserts") ? "" : " (" + esc(q.role()) + ")").append("</span></blockquote>");
        }
        if (s.text() != null) {
            h.append("<p class=\"text\">").append(esc(s.text())).append("</p>");
        }
        if (!s.wording().isEmpty()) {
            h.append("<p class=\"wording\">Wording: ").append(esc(String.join("; ", s.wording()))).append("</p>");
        }
        if (s.answer() != null && !answerColumn) {
            h.append("<p class=\"answer\">Answer: ").append(esc(Cites.keepTogether(s.answer()))).append("</p>");
        }
        if (!s.evidence().isEmpty() || answerColumn) {
            h.append("<table class=\"evidence").append(answerColumn ? " with-answer" : "").append("\"><colgroup><col/><col class=\"ev-status\"/>"
                    + "<col class=\"ev-basis\"/><col class=\"ev-weight\"/><col class=\"ev-source\"/>").append(answerColumn ? "<col class=\"ev-answer\"/>" : "")
                    .append("</colgroup><thead><tr><th>Evidence</th><th>Status</th><th>Basis</th><th>Weight</th><th>Source</th>")
                    .append(answerColumn ? "<th>Answer</th>" : "").append("</tr></thead><tbody>");
            String answerCell = answerColumn ? answerCell(s, Math.max(1, s.evidence().size())) : "";
            if (s.evidence().isEmpty()) {
                h.append("<tr><td colspan=\"5\" class=\"none\">No evidence recorded.</td>").append(answerCell).append("</tr>");
            }
            for (ReportModel.EvidenceRow r : s.evidence()) {
                h.append("<tr><td>").append(r.checked() ? "<span class=\"tick\" title=\"ticked\">\u2611</span> " : "").append(esc(Cites.keepTogether(r.description())));
                if (r.note() != null) {
                    h.append("<div class=\"note\">").append(esc(r.note())).append("</div>");
                }
                h.append("</td><td>").append(esc(r.status())).append("</td><td>").append(esc(r.basis())).append("</td><td>")
                        .append(esc(r.weight())).append("</td><td>").append(esc(nz(Cites.keepTogether(r.source())))).append("</td>")
                        .append(answerCell).append("</tr>");
                answerCell = "";
            }
            h.append("</tbody></table>");
        } else if (s.kind() == NodeKind.ALLEGATION) {
            h.append("<p class=\"none\">No evidence recorded.</p>");
        }
        if (s.note() != null) {
            h.append("<p class=\"note\">Note: ").append(esc(s.note())).append("</p>");
        }
        h.append("</div>");
    }

    /** The Answer's cell, spanning the evidence rows: the status word in its colour, the paragraphs under it. */
    private static String answerCell(ReportModel.Section s, int rows) {
        String detail = AnswerColumn.detail(s);
        return "<td class=\"answer-cell\"" + (rows > 1 ? " rowspan=\"" + rows + "\"" : "") + "><span class=\"answer-status\" style=\"color:#"
                + AnswerColumn.colour(s.answerStatus()) + "\">" + esc(AnswerColumn.word(s)) + "</span>"
                + (detail == null ? "" : "<div class=\"answer-cites\">" + esc(Cites.keepTogether(detail)) + "</div>") + "</td>";
    }

    static String badge(SupportLevel l) {
        return "<span class=\"level " + l.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">" + l.symbol() + " " + esc(l.label()) + "</span>";
    }

    private static String bar(int n, int total, SupportLevel l) {
        return bar(n, total, l, "");
    }

    private static String bar(int n, int total, SupportLevel l, String size) {
        int pct = total == 0 ? 0 : Math.round(100f * n / total);
        return "<div class=\"bar " + size + "\"><div class=\"fill " + l.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\" style=\"width:" + pct
                + "%\"></div></div><span class=\"pct\">" + pct + "%</span>";
    }

    private static void row(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<tr class=\"field\"><td class=\"label\">").append(esc(label)).append("</td><td class=\"value\">").append(esc(value))
                    .append("</td></tr>");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Escapes text for XHTML content and attributes; drops characters XML cannot carry. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // controls and the characters that reverse or embed the direction of text are left out, so that
                    // a name cannot make the report show words in another order than they were written
                    boolean control = ch < 0x20 && ch != '\n' && ch != '\t' || ch == 0x7f;
                    boolean direction = ch >= '\u202a' && ch <= '\u202e' || ch >= '\u2066' && ch <= '\u2069';
                    if (!control && !direction) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String css(ReportModel m) {
        return """
                @page { size: %s; margin: 22mm 18mm 20mm 18mm;
                  @top-center { content: element(runningTitle); }
                  @bottom-right { content: "page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; }
                  @bottom-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; } }
                @page :first { @top-center { content: none; } }
                .running-title { position: running(runningTitle); font-family: 'DejaVu Sans'; font-size: 8pt; color: #57606a; }
                body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; line-height: 1.35; color: #1f2328;
                       word-wrap: break-word; overflow-wrap: break-word; }
                h1, h2, h3, h4, th, .level, .meta, .cite, .fields .label, .pct { font-family: 'DejaVu Sans', Arial, sans-serif; }
                h1 { font-size: 16pt; margin: 0 0 8pt 0; page-break-after: avoid; }
                h2, h3 { -fs-page-break-min-height: 6cm; } h4 { -fs-page-break-min-height: 3cm; }
                h2 { font-size: 13pt; margin: 16pt 0 4pt 0; border-bottom: 1.5pt solid #1f2328; padding-bottom: 2pt; page-break-after: avoid; }
                h3 { font-size: 11pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
                h4 { font-size: 10pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
                section { page-break-before: always; }
                section.cover { page-break-before: auto; padding-top: 40mm; }
                .cover .title { font-size: 26pt; margin-bottom: 2pt; }
                .cover .subtitle { font-size: 12pt; color: #57606a; margin-top: 0; }
                .cover .case { font-size: 16pt; border: none; margin-top: 24pt; }
                .confidential { font-family: 'DejaVu Sans'; font-weight: bold; color: #cf222e; text-transform: uppercase; font-size: 9pt; letter-spacing: 1pt; }
                table.fields { width: 100%%; table-layout: fixed; margin: 8pt 0 0 0; }
                table.fields col.label-col { width: 32mm; }
                table.fields td { border: none; padding: 2pt 4pt 2pt 0; font-size: 10pt; vertical-align: baseline; }
                table.fields td.label { color: #57606a; font-size: 9pt; }
                .notice { margin-top: 18pt; padding: 8pt 10pt; border-left: 3pt solid #bf8700; background: #fff8c5; }
                .notice p { margin: 0; font-size: 11pt; }
                h3.documents-heading { margin-top: 18pt; }
                table.counts { table-layout: fixed; }
                table.counts col.level-col { width: 30mm; } table.counts col.num-col { width: 20mm; } table.counts col.cover-col { width: 38mm; }
                table.counts td.num, table.counts th.num { width: auto; }
                .bar.short { width: 24mm; }
                table.toc td { border: none; padding: 2pt 4pt; font-size: 10pt; }
                table.toc td.toc-count { padding-left: 8mm; font-size: 9.5pt; }
                table.toc col.toc-page { width: 16mm; } table.toc td.toc-page { text-align: right; }
                table.toc a { color: #1f2328; text-decoration: none; }
                /* the evidence table's short columns have widths of their own, wide enough for their longest words */
                table.evidence { table-layout: fixed; }
                table.evidence col.ev-status { width: 27mm; } table.evidence col.ev-basis { width: 26mm; }
                table.evidence col.ev-weight { width: 20mm; } table.evidence col.ev-source { width: 32mm; }
                /* with the Answer's column, the others give up a little of their room, the evidence keeps about 50 mm */
                table.evidence.with-answer col.ev-status { width: 25mm; } table.evidence.with-answer col.ev-basis { width: 21mm; }
                table.evidence.with-answer col.ev-weight { width: 19mm; } table.evidence.with-answer col.ev-source { width: 24mm; }
                table.evidence col.ev-answer { width: 25mm; }
                td.answer-cell { border-left: 0.5pt solid #d0d7de; }
                .answer-status { font-family: 'DejaVu Sans'; font-size: 8.5pt; font-weight: bold; }
                .answer-cites { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #57606a; }
                /* a title breaks only between words: "18 U.S.C. § 1595" is held together by its non-breaking spaces */
                h2, h3, td.count-title, table.toc td { word-wrap: normal; overflow-wrap: normal; }
                a.page-ref::after { content: target-counter(attr(href), page); }
                .coverage { font-size: 12pt; font-weight: bold; }
                table { width: 100%%; border-collapse: collapse; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th { text-align: left; font-size: 8pt; color: #57606a; border-bottom: 1pt solid #d0d7de; padding: 3pt 4pt; }
                td { vertical-align: top; border-bottom: 0.5pt solid #d0d7de; padding: 3pt 4pt; font-size: 9pt; }
                td.num, th.num { text-align: right; width: 22mm; }
                .doc-title { width: 45mm; } .doc-kind { width: 28mm; } .doc-corrections { width: 32mm; }
                .tick { font-family: 'DejaVu Sans'; }
                .bar-cell { width: 60mm; }
                .bar { display: inline-block; width: 44mm; height: 7pt; background: #eaeef2; vertical-align: middle; }
                .fill { height: 7pt; } .pct { font-size: 8pt; color: #57606a; margin-left: 4pt; }
                .fill.supported { background: #1a7f37; } .fill.partly-supported { background: #9a6700; }
                .fill.unsupported { background: #6e7781; } .fill.contradicted { background: #cf222e; }
                .level { font-size: 8.5pt; font-weight: bold; white-space: nowrap; }
                .level.supported { color: #1a7f37; } .level.partly-supported { color: #9a6700; }
                .level.unsupported { color: #6e7781; } .level.contradicted { color: #cf222e; }
                .node { page-break-inside: auto; }
                .node.element { margin-left: 4mm; } .node.allegation { margin-left: 8mm; page-break-inside: avoid; }
                .node.allegation.long, .node.long tr { page-break-inside: auto; }
                .first .node.allegation { margin-left: 0; }
                .meta { font-size: 8pt; color: #57606a; margin: 0 0 3pt 0; }
                .override { font-size: 9pt; color: #9a6700; margin: 2pt 0; }
                blockquote { margin: 3pt 0 4pt 0; padding-left: 8pt; border-left: 2pt solid #d0d7de; }
                .cite { font-size: 8pt; color: #57606a; white-space: nowrap; }
                .none { font-size: 9pt; color: #cf222e; margin: 2pt 0; }
                .note { font-size: 8.5pt; color: #57606a; font-style: italic; }
                .wording { font-family: 'DejaVu Sans'; font-size: 8pt; color: #8250df; margin: 2pt 0; }
                .lead { color: #57606a; }
                .note-small { font-size: 8pt; }
                """.formatted(m.options().paper().cssSize(), esc(nz(m.cover().confidentiality())).replace("\"", ""));
    }
}
