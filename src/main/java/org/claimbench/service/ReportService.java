package org.claimbench.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.Segment;
import org.claimbench.report.ReportBuilder;
import org.claimbench.report.ReportInput;
import org.claimbench.report.ReportFormat;
import org.claimbench.report.ReportModel;
import org.claimbench.report.ReportOptions;
import org.claimbench.store.Store;

/** Builds the allegation-versus-evidence report of a case and writes it in any format. */
public final class ReportService {

    private final Store store;
    private final CaseService cases;
    private final WordingService wordingService;
    private final AmendmentService amendments;

    /** The wording flags are those of {@code wording}'s rules; amended pleadings are compared by {@code amendments}. */
    public ReportService(Store store, CaseService cases, WordingService wording, AmendmentService amendments) {
        this.store = store;
        this.cases = cases;
        this.wordingService = wording;
        this.amendments = amendments;
    }

    /** The Answers' responses to the complaint's headings, prayer and unnumbered text (those that answer no paragraph). */
    private List<org.claimbench.domain.PleadedResponse> otherResponses(CaseSnapshot s) {
        List<org.claimbench.domain.PleadedResponse> out = new ArrayList<>();
        for (Document d : s.documents()) {
            if (d.kind() == org.claimbench.domain.DocumentKind.ANSWER) {
                for (var r : store.answers().pleaded(d.id())) {
                    if (r.scope() == org.claimbench.domain.ResponseScope.HEADINGS || r.scope() == org.claimbench.domain.ResponseScope.PRAYER
                            || r.scope() == org.claimbench.domain.ResponseScope.UNNUMBERED) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** Each amended pleading of the case with the one it amends, compared, and how its highlights were carried. */
    private List<ReportInput.Amendment> amendments(CaseSnapshot s) {
        Map<Long, Document> byId = new HashMap<>();
        s.documents().forEach(d -> byId.put(d.id(), d));
        List<ReportInput.Amendment> out = new ArrayList<>();
        for (Document to : s.documents()) {
            Document from = to.supersedesId() == null ? null : byId.get(to.supersedesId());
            if (from != null && from.kind().isPleading() && to.kind().isPleading()) {
                out.add(new ReportInput.Amendment(from, to, amendments.compare(from.id(), to.id()).summary(), s.carries().stream()
                        .filter(c -> c.fromDocumentId() == from.id() && c.toDocumentId() == to.id()).toList()));
            }
        }
        return out;
    }

    public ReportModel model(long caseId, ReportOptions options) {
        CaseSnapshot s = cases.snapshot(caseId);
        Map<Long, List<Segment>> segments = new HashMap<>();
        List<Citation> citations = new ArrayList<>();
        Map<Long, org.claimbench.report.ReportInput.DocumentText> text = new HashMap<>();
        for (Document d : s.documents()) {
            segments.put(d.id(), store.documents().segments(d.id()));
            text.put(d.id(), new org.claimbench.report.ReportInput.DocumentText(store.recognition().textSource(d.id()),
                    store.recognition().uncertainWords(d.id()).size(), store.recognition().corrections(d.id()).size()));
            if (d.kind().isComplaint()) {
                citations.addAll(store.documents().citations(d.id()));
            }
        }
        Map<Long, List<String>> wording = new HashMap<>();
        org.claimbench.analysis.WordingRollUp.byAllegation(s.outline(), s.passages(), s.links(),
                wordingService.labelsBySegment(caseId, wordingService.screen())).forEach((id, placed) -> wording.put(id,
                placed.stream().map(org.claimbench.analysis.WordingRollUp.Placed::flag).distinct().toList()));
        return ReportBuilder.build(new ReportInput(s.legalCase(), s.parties(), s.documents(), s.outline(), s.passages(), s.links(),
                s.evidence(), s.checklist(), s.support(), segments, citations, wording, text, amendments(s), s.responsesBySegment(),
                otherResponses(s), (int) store.pendingAnnotations().forCase(caseId).stream().filter(a -> a.decision() == org.claimbench.domain.CarryDecision.PENDING).count()),
                options);
    }

    public static byte[] render(ReportModel m, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(m, format, out);
        return out.toByteArray();
    }

    public static void write(ReportModel m, ReportFormat format, OutputStream out) throws IOException {
        format.write(m, out);
    }

    /**
     * Writes the report to {@code target}: first to a temporary file beside it, then moved into place, so that a full
     * disk or a failure leaves the old file (or none), never half a report.
     */
    public void export(long caseId, ReportOptions options, ReportFormat format, Path target) throws IOException {
        ReportModel m = model(caseId, options);
        AtomicFiles.write(target, "The report", out -> write(m, format, out));
    }
}
