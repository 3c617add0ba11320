package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.ParsedCitation;
import org.claimbench.ingest.ParsedCount;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.service.ImportService;

/** The JSON of {@code claimbench analyze --json}: a contract that scripts rely on (docs/formats.md). */
record AnalysisJson(String file, String format, CaptionJson caption, List<ParagraphJson> paragraphs,
                    List<CountJson> counts, List<CitationJson> citations) {

    record CaptionJson(String court, String caseNumber, String title, List<String> plaintiffs, List<String> defendants) {
    }

    record ParagraphJson(Integer number, String start, String end, String text, String kind) {
    }

    record CountJson(int ordinal, String label, String title, List<String> against, Integer startParagraph, List<Integer> incorporates) {
    }

    record CitationJson(String text, String kind, Integer paragraph) {
    }

    static AnalysisJson of(String file, ImportService.Analysis a) {
        ParsedPleading p = a.parsed();
        var c = p.caption();
        List<ParagraphJson> paragraphs = new ArrayList<>();
        for (Segment s : p.segments()) {
            paragraphs.add(new ParagraphJson(number(s), cite(s.first()), cite(s.last()), p.textOf(s), kind(s.kind())));
        }
        List<CountJson> counts = new ArrayList<>();
        for (ParsedCount pc : p.counts()) {
            counts.add(new CountJson(pc.ordinal(), pc.label(), pc.title(), pc.against(),
                    pc.startParagraph() == null ? null : Integer.valueOf(pc.startParagraph()), pc.incorporates()));
        }
        List<CitationJson> citations = new ArrayList<>();
        for (ParsedCitation ct : p.citations()) {
            Segment s = ct.segmentOrdinal() < 0 ? null : p.segments().get(ct.segmentOrdinal());
            citations.add(new CitationJson(ct.text(), ct.kind().name().toLowerCase(Locale.ROOT), s == null ? null : number(s)));
        }
        return new AnalysisJson(file, a.read().format().name().toLowerCase(Locale.ROOT),
                new CaptionJson(c.court(), c.caseNumber(), c.title(), c.plaintiffs(), c.defendants()), paragraphs, counts, citations);
    }

    static Integer number(Segment s) {
        return s.kind() == SegmentKind.NUMBERED_PARAGRAPH ? Integer.valueOf(s.label()) : null;
    }

    static String kind(SegmentKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String cite(PageLine pl) {
        return pl == null ? null : pl.toString();
    }
}
