package org.claimbench.store;

import org.jooq.DSLContext;

/** The repositories bound to one connection context (the store's, or one transaction's). */
public final class Repositories {

    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final OutlineRepository outline;
    private final PassageRepository passages;
    private final EvidenceRepository evidence;
    private final FlagRepository flags;
    private final RecognitionRepository recognition;
    private final CarryRepository carries;
    private final AnswerRepository answers;
    private final AnnotationPendingRepository pendingAnnotations;

    Repositories(DSLContext dsl) {
        this.cases = new CaseRepository(dsl);
        this.documents = new DocumentRepository(dsl);
        this.outline = new OutlineRepository(dsl);
        this.passages = new PassageRepository(dsl);
        this.evidence = new EvidenceRepository(dsl);
        this.flags = new FlagRepository(dsl);
        this.recognition = new RecognitionRepository(dsl);
        this.carries = new CarryRepository(dsl);
        this.answers = new AnswerRepository(dsl);
        this.pendingAnnotations = new AnnotationPendingRepository(dsl);
    }

    public CaseRepository cases() { return cases; }

    public DocumentRepository documents() { return documents; }

    public OutlineRepository outline() { return outline; }

    public PassageRepository passages() { return passages; }

    public EvidenceRepository evidence() { return evidence; }

    public FlagRepository flags() { return flags; }

    public RecognitionRepository recognition() { return recognition; }

    public CarryRepository carries() { return carries; }

    public AnswerRepository answers() { return answers; }

    public AnnotationPendingRepository pendingAnnotations() { return pendingAnnotations; }
}
