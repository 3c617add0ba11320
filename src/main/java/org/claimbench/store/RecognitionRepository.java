package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CITATION;
import static org.claimbench.store.generated.Tables.DOCUMENT;
import static org.claimbench.store.generated.Tables.FLAG_DECISION;
import static org.claimbench.store.generated.Tables.LINE_MAP;
import static org.claimbench.store.generated.Tables.PASSAGE;
import static org.claimbench.store.generated.Tables.RECOGNISED_WORD_BOX;
import static org.claimbench.store.generated.Tables.SEGMENT;
import static org.claimbench.store.generated.Tables.TEXT_CORRECTION;
import static org.claimbench.store.generated.Tables.UNCERTAIN_WORD;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.TextSource;
import org.claimbench.domain.UncertainWord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * How each document's text was obtained, the words recognised with little confidence, where each recognised word
 * stands on its page, and the user's corrections of recognised text. A correction rewrites the document's text, and
 * every span that points into that text (segments, citations, printed lines, highlights, wording decisions,
 * uncertain words, recognised words' boxes, earlier corrections) is moved with it in the same transaction, so that
 * nothing points at the wrong words afterwards.
 */
public final class RecognitionRepository {

    private final DSLContext dsl;

    RecognitionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void setTextSource(long documentId, TextSource s) {
        dsl.update(DOCUMENT)
                .set(DOCUMENT.SOURCE_KIND, s.kind())
                .set(DOCUMENT.OCR_ENGINE, s.engine())
                .set(DOCUMENT.OCR_LANGUAGE, s.language())
                .set(DOCUMENT.PAGE_COUNT, s.pages())
                .set(DOCUMENT.PAGES_RECOGNISED, s.pagesRecognised())
                .set(DOCUMENT.WORDS_RECOGNISED, s.words())
                .set(DOCUMENT.MEAN_CONFIDENCE, s.meanConfidence())
                .set(DOCUMENT.UNCERTAIN_COUNT, s.uncertainWords())
                .where(DOCUMENT.ID.eq(documentId)).execute();
    }

    public TextSource textSource(long documentId) {
        return dsl.select(DOCUMENT.SOURCE_KIND, DOCUMENT.OCR_ENGINE, DOCUMENT.OCR_LANGUAGE, DOCUMENT.PAGE_COUNT, DOCUMENT.PAGES_RECOGNISED,
                        DOCUMENT.WORDS_RECOGNISED, DOCUMENT.MEAN_CONFIDENCE, DOCUMENT.UNCERTAIN_COUNT)
                .from(DOCUMENT).where(DOCUMENT.ID.eq(documentId))
                .fetchOptional(r -> new TextSource(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()))
                .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
    }

    public void insertUncertain(long documentId, List<UncertainWord> words) {
        if (words.isEmpty()) {
            return;
        }
        dsl.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO UNCERTAIN_WORD (DOCUMENT_ID, START_OFFSET, END_OFFSET, CONFIDENCE) VALUES (?, ?, ?, ?)")) {
                int n = 0;
                for (UncertainWord w : words) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, w.start());
                    ps.setInt(3, w.end());
                    ps.setFloat(4, w.confidence());
                    ps.addBatch();
                    if (++n % DocumentRepository.CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /** The uncertain words still in the text (a corrected word is no longer one), in text order. */
    public List<UncertainWord> uncertainWords(long documentId) {
        return dsl.selectFrom(UNCERTAIN_WORD).where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId)).orderBy(UNCERTAIN_WORD.START_OFFSET)
                .fetch(r -> new UncertainWord(r.getStartOffset(), r.getEndOffset(), r.getConfidence()));
    }

    public void insertBoxes(long documentId, List<RecognisedBox> boxes) {
        if (boxes.isEmpty()) {
            return;
        }
        dsl.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO RECOGNISED_WORD_BOX (DOCUMENT_ID, PAGE, START_OFFSET, "
                    + "END_OFFSET, LEFT_PT, TOP_PT, RIGHT_PT, BOTTOM_PT, CONFIDENCE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (RecognisedBox b : boxes) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, b.page());
                    ps.setInt(3, b.start());
                    ps.setInt(4, b.end());
                    ps.setFloat(5, b.left());
                    ps.setFloat(6, b.top());
                    ps.setFloat(7, b.right());
                    ps.setFloat(8, b.bottom());
                    ps.setFloat(9, b.confidence());
                    ps.addBatch();
                    if (++n % DocumentRepository.CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /** Where each recognised word of a document stands on its page, in text order; none for text not recognised. */
    public List<RecognisedBox> boxes(long documentId) {
        return dsl.selectFrom(RECOGNISED_WORD_BOX).where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId))
                .orderBy(RECOGNISED_WORD_BOX.START_OFFSET).fetch(RecognitionRepository::box);
    }

    /** The recognised words of page {@code page} (from 1) of a document, with their boxes, in text order. */
    public List<RecognisedBox> boxes(long documentId, int page) {
        return dsl.selectFrom(RECOGNISED_WORD_BOX)
                .where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId), RECOGNISED_WORD_BOX.PAGE.eq(page))
                .orderBy(RECOGNISED_WORD_BOX.START_OFFSET).fetch(RecognitionRepository::box);
    }

    private static RecognisedBox box(org.claimbench.store.generated.tables.records.RecognisedWordBoxRecord r) {
        return new RecognisedBox(r.getPage(), r.getStartOffset(), r.getEndOffset(), r.getLeftPt(), r.getTopPt(), r.getRightPt(),
                r.getBottomPt(), r.getConfidence());
    }

    /** The corrections of a document's text, oldest first. */
    public List<TextCorrection> corrections(long documentId) {
        return dsl.selectFrom(TEXT_CORRECTION).where(TEXT_CORRECTION.DOCUMENT_ID.eq(documentId)).orderBy(TEXT_CORRECTION.ID)
                .fetch(r -> new TextCorrection(r.getId(), r.getDocumentId(), r.getStartOffset(), r.getEndOffset(), r.getOriginal(),
                        r.getReplacement(), r.getConfidence(), Times.fromDb(r.getCreatedAt())));
    }

    /** Records a correction already made to the text (as a case file brings it), keeping {@code c.id()} when it is not 0. */
    public TextCorrection insertCorrection(TextCorrection c) {
        var insert = dsl.insertInto(TEXT_CORRECTION)
                .set(TEXT_CORRECTION.DOCUMENT_ID, c.documentId())
                .set(TEXT_CORRECTION.START_OFFSET, c.start())
                .set(TEXT_CORRECTION.END_OFFSET, c.end())
                .set(TEXT_CORRECTION.ORIGINAL, c.original())
                .set(TEXT_CORRECTION.REPLACEMENT, c.replacement())
                .set(TEXT_CORRECTION.CONFIDENCE, c.confidence())
                .set(TEXT_CORRECTION.CREATED_AT, Times.toDb(c.created()));
        if (c.id() != 0) {
            insert = insert.set(TEXT_CORRECTION.ID, c.id());
        }
        long id = insert.returningResult(TEXT_CORRECTION.ID).fetchOne().value1();
        return new TextCorrection(id, c.documentId(), c.start(), c.end(), c.original(), c.replacement(), c.confidence(), c.created());
    }

    public void deleteCorrection(long id) {
        dsl.deleteFrom(TEXT_CORRECTION).where(TEXT_CORRECTION.ID.eq(id)).execute();
    }

    /** What a replacement changed besides the text: the uncertain words it took away and the highlights it touched. */
    public record Replaced(List<UncertainWord> removedWords, List<PassageSpan> touchedPassages, List<FlagSpan> touchedFlags,
                           List<TextCorrection> touchedCorrections, List<RecognisedBox> touchedBoxes) {
    }

    /** A wording decision's span and words before a replacement. */
    public record FlagSpan(long id, int start, int end, String text) {
    }

    /** A highlight's span and anchor before a replacement. */
    public record PassageSpan(long id, int start, int end, AnchorState anchor) {
    }

    /**
     * Replaces text[start, end) of a document with {@code replacement}, and moves every span into the text with it.
     * A span after the change shifts by the change in length; a span that overlaps it stretches or shrinks to hold
     * the new words. A highlight that overlaps it keeps its quote as it was read and is marked
     * {@link AnchorState#CORRECTED}. Uncertain words inside the change are removed. The recognised words it overlaps
     * become one word over the new words, with the box of those on the first one's printed line.
     */
    public Replaced replace(long documentId, int start, int end, String replacement) {
        String text = dsl.select(DOCUMENT.TEXT).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).forUpdate().fetchOptional(DOCUMENT.TEXT)
                .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
        if (start < 0 || end < start || end > text.length()) {
            throw new StoreException("The span " + start + "–" + end + " is outside the document's text.");
        }
        int delta = replacement.length() - (end - start);
        int newEnd = start + replacement.length();
        String updated = text.substring(0, start) + replacement + text.substring(end);
        dsl.update(DOCUMENT).set(DOCUMENT.TEXT, updated).where(DOCUMENT.ID.eq(documentId)).execute();

        List<UncertainWord> removed = dsl.selectFrom(UNCERTAIN_WORD)
                .where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId), overlaps(UNCERTAIN_WORD.START_OFFSET, UNCERTAIN_WORD.END_OFFSET, start, end))
                .orderBy(UNCERTAIN_WORD.START_OFFSET)
                .fetch(r -> new UncertainWord(r.getStartOffset(), r.getEndOffset(), r.getConfidence()));
        dsl.deleteFrom(UNCERTAIN_WORD)
                .where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId), overlaps(UNCERTAIN_WORD.START_OFFSET, UNCERTAIN_WORD.END_OFFSET, start, end))
                .execute();
        // uncertain words after the change move by its change in length: taken out and put back, so that the key
        // (document, start) never meets a word not yet moved
        if (delta != 0) {
            List<UncertainWord> after = dsl.selectFrom(UNCERTAIN_WORD)
                    .where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId), UNCERTAIN_WORD.START_OFFSET.ge(end))
                    .fetch(r -> new UncertainWord(r.getStartOffset() + delta, r.getEndOffset() + delta, r.getConfidence()));
            dsl.deleteFrom(UNCERTAIN_WORD).where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId), UNCERTAIN_WORD.START_OFFSET.ge(end)).execute();
            insertUncertain(documentId, after);
        }

        List<PassageSpan> touched = dsl.select(PASSAGE.ID, PASSAGE.START_OFFSET, PASSAGE.END_OFFSET, PASSAGE.ANCHOR).from(PASSAGE)
                .where(PASSAGE.DOCUMENT_ID.eq(documentId), overlaps(PASSAGE.START_OFFSET, PASSAGE.END_OFFSET, start, end))
                .fetch(r -> new PassageSpan(r.value1(), r.value2(), r.value3(), AnchorState.valueOf(r.value4())));
        dsl.update(PASSAGE).set(PASSAGE.ANCHOR, AnchorState.CORRECTED.name())
                .where(PASSAGE.DOCUMENT_ID.eq(documentId), overlaps(PASSAGE.START_OFFSET, PASSAGE.END_OFFSET, start, end)).execute();
        dsl.update(PASSAGE)
                .set(PASSAGE.START_OFFSET, moveStart(PASSAGE.START_OFFSET, start, end, delta))
                .set(PASSAGE.END_OFFSET, moveEnd(PASSAGE.END_OFFSET, start, end, newEnd, delta))
                .where(PASSAGE.DOCUMENT_ID.eq(documentId), PASSAGE.END_OFFSET.gt(start)).execute();

        dsl.update(SEGMENT)
                .set(SEGMENT.START_OFFSET, moveStart(SEGMENT.START_OFFSET, start, end, delta))
                .set(SEGMENT.END_OFFSET, moveEnd(SEGMENT.END_OFFSET, start, end, newEnd, delta))
                .where(SEGMENT.DOCUMENT_ID.eq(documentId), SEGMENT.END_OFFSET.ge(start)).execute();
        dsl.update(CITATION)
                .set(CITATION.START_OFFSET, moveStart(CITATION.START_OFFSET, start, end, delta))
                .set(CITATION.END_OFFSET, moveEnd(CITATION.END_OFFSET, start, end, newEnd, delta))
                .where(CITATION.DOCUMENT_ID.eq(documentId), CITATION.END_OFFSET.gt(start)).execute();
        for (var c : dsl.selectFrom(CITATION).where(CITATION.DOCUMENT_ID.eq(documentId),
                overlaps(CITATION.START_OFFSET, CITATION.END_OFFSET, start, newEnd)).fetch()) {
            String words = updated.substring(c.getStartOffset(), c.getEndOffset());
            dsl.update(CITATION).set(CITATION.TEXT, words.length() > 1000 ? words.substring(0, 1000) : words)
                    .where(CITATION.ID.eq(c.getId())).execute();
        }
        // a wording decision and an earlier correction keep the words under their span: each is moved on its own
        List<FlagSpan> flags = new ArrayList<>(dsl.select(FLAG_DECISION.ID, FLAG_DECISION.START_OFFSET, FLAG_DECISION.END_OFFSET,
                        FLAG_DECISION.TEXT).from(FLAG_DECISION)
                .where(FLAG_DECISION.DOCUMENT_ID.eq(documentId), FLAG_DECISION.END_OFFSET.gt(start))
                .fetch(r -> new FlagSpan(r.value1(), r.value2(), r.value3(), r.value4())));
        // shifting right, the last first, and left, the first first, so that no two decisions share a span on the way
        flags.sort(java.util.Comparator.comparingInt(FlagSpan::start));
        if (delta > 0) {
            java.util.Collections.reverse(flags);
        }
        List<FlagSpan> touchedFlags = new ArrayList<>();
        for (FlagSpan f : flags) {
            int s2 = moveStart(f.start(), start, end, delta);
            int e2 = moveEnd(f.end(), start, end, newEnd, delta);
            boolean overlapping = f.start() < end && f.end() > start || start == end && f.start() < start && f.end() > start;
            if (overlapping) {
                touchedFlags.add(f);
            }
            if (s2 != f.start() || e2 != f.end() || overlapping) {
                dsl.update(FLAG_DECISION).set(FLAG_DECISION.START_OFFSET, s2).set(FLAG_DECISION.END_OFFSET, e2)
                        .set(FLAG_DECISION.TEXT, overlapping ? updated.substring(s2, e2) : f.text())
                        .where(FLAG_DECISION.ID.eq(f.id())).execute();
            }
        }
        List<TextCorrection> touchedCorrections = new ArrayList<>();
        for (TextCorrection c : corrections(documentId)) {
            if (c.end() < start || c.end() == start && c.start() < start) {
                continue;
            }
            int s2 = moveStart(c.start(), start, end, delta);
            int e2 = moveEnd(c.end(), start, end, newEnd, delta);
            boolean overlapping = c.start() < end && c.end() > start || c.start() == c.end() && c.start() >= start && c.start() <= end
                    || start == end && c.start() < start && c.end() > start;
            if (overlapping) {
                touchedCorrections.add(c);
            }
            if (s2 != c.start() || e2 != c.end() || overlapping) {
                dsl.update(TEXT_CORRECTION).set(TEXT_CORRECTION.START_OFFSET, s2).set(TEXT_CORRECTION.END_OFFSET, e2)
                        .set(TEXT_CORRECTION.REPLACEMENT, overlapping ? updated.substring(s2, e2) : c.replacement())
                        .where(TEXT_CORRECTION.ID.eq(c.id())).execute();
            }
        }
        List<RecognisedBox> touchedBoxes = moveBoxes(documentId, start, end, newEnd, delta);
        moveLines(documentId, start, end, newEnd, delta);
        return new Replaced(removed, touched, touchedFlags, touchedCorrections, touchedBoxes);
    }

    /**
     * After a replacement was undone by its reverse, puts back exactly what it touched: the highlights, wording
     * decisions and earlier corrections that overlapped it, and the uncertain words it removed.
     */
    public void restore(Replaced r, long documentId) {
        for (PassageSpan p : r.touchedPassages()) {
            restorePassage(p);
        }
        for (FlagSpan f : r.touchedFlags()) {
            dsl.update(FLAG_DECISION).set(FLAG_DECISION.START_OFFSET, f.start()).set(FLAG_DECISION.END_OFFSET, f.end())
                    .set(FLAG_DECISION.TEXT, f.text()).where(FLAG_DECISION.ID.eq(f.id())).execute();
        }
        for (TextCorrection c : r.touchedCorrections()) {
            dsl.update(TEXT_CORRECTION).set(TEXT_CORRECTION.START_OFFSET, c.start()).set(TEXT_CORRECTION.END_OFFSET, c.end())
                    .set(TEXT_CORRECTION.REPLACEMENT, c.replacement()).where(TEXT_CORRECTION.ID.eq(c.id())).execute();
        }
        for (UncertainWord w : r.removedWords()) {
            dsl.deleteFrom(UNCERTAIN_WORD).where(UNCERTAIN_WORD.DOCUMENT_ID.eq(documentId),
                    overlaps(UNCERTAIN_WORD.START_OFFSET, UNCERTAIN_WORD.END_OFFSET, w.start(), w.end())).execute();
        }
        insertUncertain(documentId, r.removedWords());
        for (RecognisedBox b : r.touchedBoxes()) {
            dsl.deleteFrom(RECOGNISED_WORD_BOX).where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId),
                    overlaps(RECOGNISED_WORD_BOX.START_OFFSET, RECOGNISED_WORD_BOX.END_OFFSET, b.start(), b.end())).execute();
        }
        insertBoxes(documentId, r.touchedBoxes());
    }

    /**
     * Moves the recognised words' spans with a replacement of [start, end) by text ending at {@code newEnd}: those after
     * it shift, and those it overlaps become one word over the new words, whose box is the union of theirs on the first
     * one's printed line (a word on another line loses its box). Returns the words it overlapped, as they were.
     */
    private List<RecognisedBox> moveBoxes(long documentId, int start, int end, int newEnd, int delta) {
        var overlapping = overlaps(RECOGNISED_WORD_BOX.START_OFFSET, RECOGNISED_WORD_BOX.END_OFFSET, start, end);
        List<RecognisedBox> touched = dsl.selectFrom(RECOGNISED_WORD_BOX)
                .where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId), overlapping)
                .orderBy(RECOGNISED_WORD_BOX.START_OFFSET).fetch(RecognitionRepository::box);
        dsl.deleteFrom(RECOGNISED_WORD_BOX).where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId), overlapping).execute();
        if (delta != 0) {
            // taken out and put back, as the uncertain words are, so that the key never meets a word not yet moved
            var after = RECOGNISED_WORD_BOX.START_OFFSET.ge(end > start ? end : start + 1);
            List<RecognisedBox> moved = dsl.selectFrom(RECOGNISED_WORD_BOX).where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId), after)
                    .fetch(r -> box(r).at(r.getStartOffset() + delta, r.getEndOffset() + delta));
            dsl.deleteFrom(RECOGNISED_WORD_BOX).where(RECOGNISED_WORD_BOX.DOCUMENT_ID.eq(documentId), after).execute();
            insertBoxes(documentId, moved);
        }
        if (!touched.isEmpty()) {
            RecognisedBox first = touched.get(0);
            float left = first.left();
            float top = first.top();
            float right = first.right();
            float bottom = first.bottom();
            float confidence = first.confidence();
            int s = moveStart(first.start(), start, end, delta);
            int e = moveEnd(first.end(), start, end, newEnd, delta);
            for (RecognisedBox b : touched) {
                boolean sameLine = b.page() == first.page() && b.top() < first.bottom() && b.bottom() > first.top();
                if (sameLine) {
                    left = Math.min(left, b.left());
                    top = Math.min(top, b.top());
                    right = Math.max(right, b.right());
                    bottom = Math.max(bottom, b.bottom());
                    confidence = Math.min(confidence, b.confidence());
                    s = Math.min(s, moveStart(b.start(), start, end, delta));
                    e = Math.max(e, moveEnd(b.end(), start, end, newEnd, delta));
                }
            }
            if (e > s) {
                insertBoxes(documentId, List.of(new RecognisedBox(first.page(), s, e, left, top, right, bottom, confidence)));
            }
        }
        return touched;
    }

    /** Puts a highlight back on the span and anchor it had before a replacement (the replacement itself undone). */
    public void restorePassage(PassageSpan p) {
        dsl.update(PASSAGE).set(PASSAGE.START_OFFSET, p.start()).set(PASSAGE.END_OFFSET, p.end()).set(PASSAGE.ANCHOR, p.anchor().name())
                .where(PASSAGE.ID.eq(p.id())).execute();
    }

    private void moveLines(long documentId, int start, int end, int newEnd, int delta) {
        byte[] packed = dsl.select(LINE_MAP.PACKED).from(LINE_MAP).where(LINE_MAP.DOCUMENT_ID.eq(documentId)).fetchOne(LINE_MAP.PACKED);
        if (packed == null || delta == 0 && newEnd == end) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(packed);
        for (int at = 0; at + 16 <= packed.length; at += 16) {
            int s = b.getInt(at + 8);
            int e = b.getInt(at + 12);
            b.putInt(at + 8, moveStart(s, start, end, delta));
            b.putInt(at + 12, moveEnd(e, start, end, newEnd, delta));
        }
        dsl.update(LINE_MAP).set(LINE_MAP.PACKED, b.array()).where(LINE_MAP.DOCUMENT_ID.eq(documentId)).execute();
    }

    static int moveStart(int s, int start, int end, int delta) {
        return s >= end && (s > start || end > start) ? s + delta : s > start ? start : s;
    }

    static int moveEnd(int e, int start, int end, int newEnd, int delta) {
        return e >= end && (e > start || end > start) ? e + delta : e > start ? newEnd : e;
    }

    private static Field<Integer> moveStart(Field<Integer> s, int start, int end, int delta) {
        return DSL.when(end > start ? s.ge(end) : s.gt(start), s.add(delta)).when(s.gt(start), DSL.inline(start)).otherwise(s);
    }

    private static Field<Integer> moveEnd(Field<Integer> e, int start, int end, int newEnd, int delta) {
        return DSL.when(end > start ? e.ge(end) : e.gt(start), e.add(delta)).when(e.gt(start), DSL.inline(newEnd)).otherwise(e);
    }

    private static org.jooq.Condition overlaps(Field<Integer> s, Field<Integer> e, int start, int end) {
        return end > start ? s.lt(end).and(e.gt(start)) : s.lt(start).and(e.gt(start));
    }
}
