package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.ExhibitDescriptions;
import org.claimbench.ingest.ParsedCitation;
import org.claimbench.ingest.StringCitations;
import org.claimbench.ingest.ParsedCount;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.service.ImportService;

/** The JSON of {@code claimbench analyze --json}: a contract that scripts rely on (docs/formats.md). */
record AnalysisJson(String file, String format, TextSourceJson textSource, CaptionJson caption, List<ParagraphJson> paragraphs,
                    List<CountJson> counts, List<CitationJson> citations, List<String> warnings,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    List<ResponseJson> responses,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    List<DefenseJson> defenses) {

    /**
     * An Answer's response: {@code paragraph} is the complaint's paragraph number it answers (as a string), or its
     * scope ("all", "remaining", "headings", "prayer", "unnumbered"); {@code status} in lower case with hyphens.
     */
    record ResponseJson(String paragraph, String status, String text, String start, String end, String form, String admitted) {
    }

    record DefenseJson(int ordinal, String title, String text, String start, String end) {
    }

    /** The wording flags of each segment; none for an Answer, whose "lacks knowledge or information" is a response, not a hedge. */
    static java.util.Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flags(ParsedPleading p,
                                                                                        org.claimbench.analysis.WordingScreen screen) {
        return p.answer() != null ? java.util.Map.of() : screen.screen(p.text(), p.segments(), p.caption().defendants().size());
    }

    /**
     * The responses of an Answer: one per complaint paragraph it names, by the precedence of
     * {@link org.claimbench.analysis.AnswerReading} (the paragraphs in number order), then those that answer the complaint as
     * a whole, its headings, its prayer or its unnumbered text, in the Answer's order.
     */
    static List<ResponseJson> responses(ParsedPleading p) {
        var pleaded = p.answer().responses();
        var reading = org.claimbench.analysis.AnswerReading.read(pleaded, p.answer().defenses(),
                org.claimbench.analysis.AnswerReading.namedParagraphs(pleaded));
        List<ResponseJson> out = new ArrayList<>();
        for (var r : reading.responses()) {
            out.add(new ResponseJson(r.paragraph(), status(r.status()), r.start() < 0 ? null : p.text().substring(r.start(), r.end()),
                    cite(r.first()), cite(r.last()), r.form(), r.admitted()));
        }
        for (var r : pleaded) {
            if (r.scope() != org.claimbench.domain.ResponseScope.PARAGRAPHS) {
                out.add(new ResponseJson(r.scope().label(), status(r.status()), p.text().substring(r.start(), r.end()), cite(r.first()),
                        cite(r.last()), r.form(), r.admitted()));
            }
        }
        return out;
    }

    static String status(org.claimbench.domain.ResponseStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the text was obtained; the recognition's figures are left out when no page was recognised. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record TextSourceJson(String kind, String engine, String language, Integer pages, Integer pagesRecognised, Integer words,
                          Double meanConfidence, Integer uncertainWords, Double uncertainBelow) {

        static TextSourceJson of(org.claimbench.domain.TextSource s) {
            if (!s.recognised()) {
                return new TextSourceJson(s.kind(), null, null, s.pages() > 0 ? s.pages() : null, s.pages() > 0 ? 0 : null, null, null,
                        null, null);
            }
            return new TextSourceJson(s.kind(), s.engine(), s.language(), s.pages(), s.pagesRecognised(), s.words(), s.meanConfidence(),
                    s.uncertainWords(), (double) org.claimbench.domain.TextSource.UNCERTAIN_BELOW);
        }
    }

    record CaptionJson(String court, String caseNumber, String title, List<String> plaintiffs, List<String> defendants) {
    }

    record ParagraphJson(Integer number, String start, String end, String text, String kind, List<FlagJson> flags) {
    }

    record FlagJson(String kind, String text) {
    }

    record CountJson(int ordinal, String label, String title, List<String> against, Integer startParagraph, List<Integer> incorporates,
                     boolean incorporatesEverythingBefore, java.util.Map<String, Integer> flags) {
    }

    /**
     * {@code members}: for a string citation only, the texts of the citations it joins. {@code description}: for an
     * exhibit whose sentence says what it is, what it is.
     */
    record CitationJson(String text, String kind, Integer paragraph,
                        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                        List<String> members,
                        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                        String description) {
    }

    static AnalysisJson of(String file, ImportService.Analysis a, org.claimbench.analysis.WordingScreen screen) {
        ParsedPleading p = a.parsed();
        var c = p.caption();
        var flags = flags(p, screen);
        List<ParagraphJson> paragraphs = new ArrayList<>();
        for (Segment s : p.segments()) {
            List<FlagJson> f = flags.getOrDefault(s.ordinal(), List.of()).stream().map(x -> new FlagJson(x.kind(), x.text())).toList();
            paragraphs.add(new ParagraphJson(number(s), cite(s.first()), cite(s.last()), p.textOf(s), kind(s.kind()), f));
        }
        List<CountJson> counts = new ArrayList<>();
        for (CountFacts cf : CountFacts.of(p, flags)) {
            ParsedCount pc = cf.count();
            counts.add(new CountJson(pc.ordinal(), pc.label(), pc.title(), pc.against(),
                    pc.startParagraph() == null ? null : Integer.valueOf(pc.startParagraph()), pc.incorporates(), cf.shotgun(), cf.flags()));
        }
        List<CitationJson> citations = new ArrayList<>();
        List<StringCitations.StringCitation> runs = StringCitations.group(p.text(), p.citations());
        int run = 0;
        ExhibitDescriptions exhibits = ExhibitDescriptions.of(p.text());
        for (ParsedCitation ct : p.citations()) {
            while (run < runs.size() && runs.get(run).start() <= ct.start()) {
                StringCitations.StringCitation r = runs.get(run++);
                citations.add(new CitationJson(r.text(), "string", paragraph(p, r.segmentOrdinal()),
                        r.members().stream().map(ParsedCitation::text).toList(), null));
            }
            String description = ct.kind() == org.claimbench.domain.CitationKind.EXHIBIT ? exhibits.describe(ct.start(), ct.end()) : null;
            citations.add(new CitationJson(description == null ? ct.text() : ct.text() + " (" + description + ")",
                    ct.kind().name().toLowerCase(Locale.ROOT), paragraph(p, ct.segmentOrdinal()), null, description));
        }
        return new AnalysisJson(file, a.read().format().name().toLowerCase(Locale.ROOT), TextSourceJson.of(a.read().textSource()),
                new CaptionJson(c.court(), c.caseNumber(), c.title(), c.plaintiffs(), c.defendants()), paragraphs, counts, citations,
                p.warnings(), p.answer() == null ? null : responses(p), p.answer() == null ? null : p.answer().defenses().stream()
                        .map(d -> new DefenseJson(d.ordinal(), d.title(), p.text().substring(d.start(), d.end()), cite(d.first()), cite(d.last())))
                        .toList());
    }

    private static Integer paragraph(ParsedPleading p, int segmentOrdinal) {
        return segmentOrdinal < 0 ? null : number(p.segments().get(segmentOrdinal));
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
