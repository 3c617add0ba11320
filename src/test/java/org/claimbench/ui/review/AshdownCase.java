package org.claimbench.ui.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.ui.session.WorkbenchFixture;

/**
 * A case of its own beside the demo case, made through the services: the original complaint of
 * {@link AmendmentServiceTest} with four highlights (two linked to an allegation), opened in the window's view models;
 * the amended complaint written to a file, ready to import.
 */
public final class AshdownCase {

    public final WorkbenchFixture f;
    public final long caseId;
    public final Document original;
    public final OutlineNode allegation;
    /** "promise", "storm" (its words change), "breach", "duty" (its count is dropped). */
    public final Map<String, Passage> passages = new LinkedHashMap<>();
    public final Path amendedFile;

    public AshdownCase(WorkbenchFixture f, Path dir) throws Exception {
        this.f = f;
        var services = f.services;
        caseId = services.cases().create("Ashdown v. Blue Heron Marina").id();
        original = services.importer().importBytesChecked(caseId, "ashdown.txt", AmendmentServiceTest.ORIGINAL.getBytes(StandardCharsets.UTF_8),
                DocumentKind.COMPLAINT, "Complaint", OcrOptions.DEFAULT, null, Progress.NONE).document();
        OutlineNode[] node = new OutlineNode[1];
        services.editor().addNode(new OutlineNode(0, caseId, null, 0, NodeKind.ALLEGATION, "The marina left the boat in the water",
                null, null, null, null, null, null), n -> node[0] = n).apply();
        allegation = node[0];
        highlight("promise", "promised in writing to haul the boat out");
        highlight("storm", "In November 2022 the marina left the boat in the water during a forecast storm.");
        highlight("breach", "breached its written promise");
        highlight("duty", "owed a duty of care to the owners of boats in its slips");
        services.editor().link(passages.get("storm").id(), allegation.id(), LinkRole.ASSERTS).apply();
        services.editor().link(passages.get("promise").id(), allegation.id(), LinkRole.ASSERTS).apply();
        amendedFile = dir.resolve("ashdown-fac.txt");
        Files.writeString(amendedFile, AmendmentServiceTest.AMENDED);
        f.w.caseFiles().openCase(caseId);
    }

    private void highlight(String key, String words) {
        String text = f.store.documents().text(original.id());
        int at = text.indexOf(words);
        if (at < 0) {
            throw new AssertionError(words);
        }
        Passage[] made = new Passage[1];
        f.services.editor().highlight(original.id(), at, at + words.length(), p -> made[0] = p).apply();
        passages.put(key, made[0]);
    }

    /** Imports the amended complaint as the window does, amending the original. */
    public Document importAmended() {
        f.w.importing().importFile(amendedFile, DocumentKind.AMENDED_COMPLAINT, "First Amended Complaint", false, original.id());
        return f.snapshot().documents().stream().filter(d -> d.kind() == DocumentKind.AMENDED_COMPLAINT).findFirst().orElseThrow();
    }
}
