package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.claimbench.analysis.AnswerReading;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.ingest.DocumentParser;
import org.claimbench.ingest.KindSniffer;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.ParsedCitation;
import org.claimbench.ingest.ParsedCount;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.service.ImportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read a complaint or an answer (PDF, scanned or not, DOCX, HTML, text, or page images: PNG, JPEG, TIFF) and print its "
                + "structure: caption, paragraphs, counts, citations; for an answer, its responses and affirmative defenses.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to read.")
    Path file;

    @Option(names = "--json", description = "Print the whole structure as JSON (see docs/formats.md).")
    boolean json;

    @Option(names = "--explain", description = "Print every printed line with the role it was given and why "
            + "(margin number, filing stamp, running footer, footnote, block quote, text).")
    boolean explain;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "What the document is: complaint, amended-complaint, answer, exhibit, commentary or other "
                    + "(default: what its first page says it is).")
    String kind;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A lexicon of your own (JSON) on top of the built-in one: more terms, or rules switched off.")
    Path lexicon;

    @Mixin
    OcrCliOptions ocr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String name = file.getFileName().toString();
        byte[] bytes = ImportService.readFile(file);
        DocumentKind k = kind != null ? ImportCommand.parseKind(kind) : KindSniffer.fromFile(name, bytes).orElse(null);
        ImportService.Analysis a = ImportService.analyze(name, bytes, ocr.options(), DocumentParser.forKind(k),
                OcrCliOptions.reporting(spec.commandLine().getErr()));
        a.notes().forEach(spec.commandLine().getErr()::println);
        if (explain) {
            LayoutExplanation.print(out, name, a.read());
            out.flush();
            return 0;
        }
        org.claimbench.analysis.WordingScreen screen = org.claimbench.analysis.WordingScreen.of(
                org.claimbench.analysis.WordingScreen.defaultLexicon(),
                lexicon == null ? null : org.claimbench.analysis.WordingScreen.parse(java.nio.file.Files.readAllBytes(lexicon)));
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(AnalysisJson.of(name, a, screen)));
        } else {
            summary(out, name, a, screen);
        }
        out.flush();
        return 0;
    }

    private static void summary(PrintWriter out, String name, ImportService.Analysis a, org.claimbench.analysis.WordingScreen screen) {
        ParsedPleading p = a.parsed();
        var flags = AnalysisJson.flags(p, screen);
        var facts = CountFacts.of(p, flags);
        var c = p.caption();
        int pages = p.lines().isEmpty() ? 0 : p.lines().get(p.lines().size() - 1).page();
        out.println(name + " \u2014 " + a.read().format().description() + (pages > 0 ? ", " + Plural.of(pages, "page") : ""));
        if (a.read().textSource().recognised()) {
            out.println("Text: " + a.read().textSource().describe());
        }
        out.println();
        row(out, "Court", c.court());
        row(out, "Case number", c.caseNumber());
        row(out, "Title", c.title());
        row(out, "Plaintiffs", String.join("; ", c.plaintiffs()));
        row(out, "Defendants", String.join("; ", c.defendants()));
        out.println();
        List<Segment> paragraphs = p.numberedParagraphs();
        long headings = p.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING).count();
        if (paragraphs.isEmpty()) {
            row(out, "Paragraphs", "none numbered");
        } else {
            Segment first = paragraphs.get(0);
            Segment last = paragraphs.get(paragraphs.size() - 1);
            row(out, "Paragraphs", paragraphs.size() + " numbered (\u00b6 " + first.label() + at(first.first()) + " to \u00b6 "
                    + last.label() + at(last.first()) + "), " + Plural.of(headings, "heading"));
        }
        if (p.counts().isEmpty()) {
            row(out, "Counts", "none found");
        } else {
            out.println("Counts:");
            for (CountFacts cf : facts) {
                ParsedCount pc = cf.count();
                out.println("  " + pc.label() + (pc.title().isEmpty() ? "" : " \u2014 " + pc.title()));
                out.println("      from \u00b6 " + (pc.startParagraph() == null ? "?" : pc.startParagraph())
                        + (pc.against().isEmpty() ? "" : "; against " + String.join("; ", pc.against()))
                        + (pc.incorporates().isEmpty() ? "" : "; incorporates \u00b6\u00b6 " + org.claimbench.service.OutlineBuilder.ranges(pc.incorporates())));
                if (cf.shotgun()) {
                    out.println("      ! incorporates every paragraph before it, earlier counts included (shotgun pleading)");
                }
                if (!cf.flags().isEmpty()) {
                    out.println("      flagged wording: " + byKind(cf.flags()));
                }
            }
        }
        if (p.answer() != null) {
            out.println(answerSummary(p));
        }
        row(out, "Ending", List.of(SegmentKind.PRAYER, SegmentKind.JURY_DEMAND, SegmentKind.SIGNATURE).stream()
                .map(k -> (p.segments().stream().anyMatch(s -> s.kind() == k) ? "" : "no ") + k.name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", ")));
        Map<String, Long> flagKinds = new TreeMap<>(flags.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(org.claimbench.analysis.WordingScreen.Flag::kind, Collectors.counting())));
        row(out, "Wording", flagKinds.isEmpty() ? "no flags" : Plural.of(flags.size(), "paragraph") + " flagged: " + byKind(flagKinds));
        row(out, "Warnings", p.warnings().isEmpty() ? "none" : String.join("; ", p.warnings()));
        Map<String, Long> byKind = new TreeMap<>(p.citations().stream()
                .collect(Collectors.groupingBy(ct -> ct.kind().name().toLowerCase(), Collectors.counting())));
        out.println("Citations: " + (byKind.isEmpty() ? "none" : byKind.entrySet().stream().map(e -> Plural.of(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "))));
        for (ParsedCitation ct : p.citations()) {
            Segment s = ct.segmentOrdinal() < 0 ? null : p.segments().get(ct.segmentOrdinal());
            String where = s == null ? "" : s.cite() != null ? s.cite() : s.kind().name().toLowerCase().replace('_', ' ');
            out.printf("  %-16s %s%n", where, ct.text());
        }
    }

    /**
     * "Answer: 41 responses — 12 admitted, 20 denied, …; 9 affirmative defenses": the paragraphs the Answer names, each
     * once, by status, then what it says of the complaint as a whole, its headings and its prayer.
     */
    static String answerSummary(ParsedPleading p) {
        List<PleadedResponse> pleaded = p.answer().responses();
        AnswerReading.Reading r = AnswerReading.read(pleaded, p.answer().defenses(), AnswerReading.namedParagraphs(pleaded));
        String byStatus = r.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder("Answer: " + Plural.of(r.responses().size(), "response")
                + (byStatus.isEmpty() ? "" : " \u2014 " + byStatus));
        for (PleadedResponse o : pleaded) {
            switch (o.scope()) {
                case ALL -> sb.append("; a general denial of every allegation");
                case REMAINING -> sb.append("; every allegation not answered otherwise denied");
                case HEADINGS, PRAYER, UNNUMBERED -> sb.append("; ").append(o.scope().label()).append(": ").append(o.status().label());
                default -> {
                }
            }
        }
        return sb.append("; ").append(Plural.of(p.answer().defenses().size(), "affirmative defense")).toString();
    }

    /** "hedge (2), legal label (1)": each kind of flag with how many there are, whatever the kind's name. */
    static String byKind(Map<String, ? extends Number> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().replace('-', ' ') + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String at(PageLine pl) {
        return pl == null ? "" : " at " + pl;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-12s %s%n", label + ":", value == null || value.isBlank() ? "\u2014" : value);
    }
}
